"""GAN quality on MNIST and on a small folder, after fixed CPU budgets (issue 12's figures).

Steps (each prints its figures with the load average; results go to --out as JSON, step by step):

- classifier: a small CNN (studio.gan.quality) trained on MNIST's training set, seeded; its test accuracy.
  Its 128 features give the Fréchet distance (FD) and its predictions the class share.
- floor: FD between the two halves of the real test set.
- dcgan, cgan: trained on MNIST for --budget seconds (CPU time of this process; --clock wall for the
  wall clock), then FD of 5,000 samples against
  5,000 test images; the cGAN also the share of samples the classifier puts in the requested class.
- ssgan: the semi-supervised GAN with 100 labels (10 per class) for --budget seconds; its test accuracy.
- small: DCGAN-64 on a folder of 200 pictures (MNIST "8"s enlarged to 64×64), with and without
  DiffAugment, --small-budget seconds each; FD (samples shrunk to 28×28) against 2,000 test "8"s.
- memorise: the long small-data run. A DCGAN-28 on a folder of --memorise-images MNIST "8"s (PNG files,
  read by the studio's folder source) for --memorise-steps steps (or --memorise-budget CPU seconds), once
  per DiffAugment policy in --policies; every --fd-every steps the FD of 1,000 samples against the test
  "8"s, and D's mean verdict on its training pictures and on held-out "8"s (their gap is D memorising).
- speed: DCGAN-64 (width 64, batch 64) training iterations per second, median of 5 timed runs of 3.

    python bench/bench_gan_quality.py --steps classifier,floor,dcgan,cgan --budget 180 --out /tmp/q.json

Runs on one torch thread: on a shared two-core machine a second OpenMP thread made steps 10× slower.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
MNIST = REPO.parent / "shared" / "data" / "mnist"
CLASSIFIER = Path("/tmp/studio-bench-gan-classifier.safetensors")
# The budgets' clock: this process's CPU time (--clock cpu, the default: on a shared machine a wall-clock
# budget buys a number of steps that depends on the others' load) or the wall clock. WALL_LIMIT stops a
# run anyway (--wall-limit), for a machine so loaded that the CPU budget would take too long.
CLOCK = time.process_time
WALL_LIMIT = float("inf")
TIMES: dict[str, dict] = {}   # run folder -> cpu_s, wall_s, lr, batch of its training


def load():
    from studio.data.importers import load_mnist_folder

    return load_mnist_folder(MNIST, 0.1, 0)


def say(step: str, **figures) -> dict:
    record = {"step": step, **figures, "loadavg": [round(v, 2) for v in os.getloadavg()]}
    print(json.dumps(record), flush=True)
    return record


def classifier(mnist, train: bool):
    import torch
    from safetensors.torch import load_file, save_file

    from studio.gan.quality import FeatureClassifier, TrainedClassifier, train_classifier

    x, y = mnist.train.images / np.float32(255), mnist.train.labels
    tx, ty = mnist.val.images / np.float32(255), mnist.val.labels
    if not train and CLASSIFIER.exists():
        model = FeatureClassifier(1, 28, 10)
        model.load_state_dict(load_file(str(CLASSIFIER)))
        trained = TrainedClassifier(model, 0.0)
        trained.test_accuracy = float((trained.predict(tx) == ty).mean())
        return trained, None
    t = time.perf_counter()
    *_, trained = train_classifier(x, y, tx, ty, epochs=1, seed=0)
    save_file({k: v.contiguous() for k, v in trained.model.state_dict().items()}, str(CLASSIFIER))
    torch.manual_seed(0)
    return trained, say("classifier", test_accuracy=trained.test_accuracy, seconds=round(time.perf_counter() - t, 1))


def train_for(model: str, split, settings: dict, budget: float, lr: float | None, batch: int = 64,
              root="/tmp/studio-bench-gan"):
    """Train until ``budget`` seconds have passed on the bench's clock (stopping keeps a checkpoint); the run
    folder and steps. ``lr`` None: the family's own (the registry's training settings)."""
    from studio.core.events import StepMetrics
    from studio.core.tasks import TaskControl
    from studio.core.workspace import Workspace
    from studio.training.config import TrainConfig
    from studio.training.session import TrainingSession

    config = TrainConfig.for_model(model, model_config=settings, epochs=100_000, batch_size=batch, lr=lr,
                                   device="cpu", log_points_per_epoch=20)
    session = TrainingSession(config, Workspace(Path(root)), split=split)
    control = TaskControl()
    start, wall = CLOCK(), time.perf_counter()
    step = 0
    for event in session.run(control):
        if isinstance(event, StepMetrics):
            step = event.step
        if CLOCK() - start > budget or time.perf_counter() - wall > WALL_LIMIT:
            control.stop()
    TIMES[str(session.run_folder.path)] = {"cpu_s": round(CLOCK() - start, 1), "wall_s": round(time.perf_counter() - wall, 1),
                                           "lr": config.lr, "batch": config.batch_size}
    return session.run_folder, step


def fd_of(clf, images: np.ndarray, reference: np.ndarray) -> float:
    from studio.gan.quality import frechet_distance

    return frechet_distance(clf.features(images), clf.features(reference))


def main() -> int:
    import torch

    torch.set_num_threads(1)
    from studio import gan
    from studio.data.datasets import DatasetSplit, ImageDataset

    p = argparse.ArgumentParser()
    p.add_argument("--steps", default="classifier,floor,dcgan,cgan,ssgan,small,speed")
    p.add_argument("--budget", type=float, default=180.0)
    p.add_argument("--small-budget", type=float, default=150.0)
    p.add_argument("--out", default="/tmp/studio-bench-gan.json")
    p.add_argument("--wait", action="store_true", help="wait for another process's classifier file")
    p.add_argument("--lr", type=float, help="learning rate of the MNIST GANs (default: the family's, 2e-4)")
    p.add_argument("--clock", choices=("cpu", "wall"), default="cpu", help="what the budgets count: this "
                   "process's CPU seconds (default) or wall-clock seconds")
    p.add_argument("--wall-limit", type=float, default=float("inf"), help="stop each training after this many "
                   "wall-clock seconds even if its budget is not spent (the figures say so)")
    p.add_argument("--evaluate", metavar="RUN", help="only measure this conditional GAN run (class share and FD "
                   "at truncation 1 and 0.7); use with --steps none")
    p.add_argument("--policies", default="color,translation,cutout;off", help="the small step's DiffAugment "
                   "policies, separated by ';' (run one per process to use both cores)")
    p.add_argument("--memorise-images", type=int, default=100, help="pictures in the memorise step's folder")
    p.add_argument("--memorise-steps", type=int, default=20000, help="the memorise step's training steps")
    p.add_argument("--memorise-budget", type=float, default=900.0, help="the memorise step's CPU seconds "
                   "(per policy; it stops at whichever comes first)")
    p.add_argument("--memorise-width", type=int, default=32, help="the memorise step's DCGAN width")
    p.add_argument("--fd-every", type=int, default=1000, help="the memorise step measures every this many steps")
    p.add_argument("--set", dest="extra", default="{}", help="JSON settings added to the MNIST GANs' "
                   "(e.g. '{\"d_steps\": 1}')")
    args = p.parse_args()
    global CLOCK, WALL_LIMIT
    CLOCK = time.process_time if args.clock == "cpu" else time.perf_counter
    WALL_LIMIT = args.wall_limit
    steps = args.steps.split(",")
    results = []
    mnist = load()
    test = mnist.val.images / np.float32(255)
    small_val = DatasetSplit(mnist.train, mnist.val.subset(np.arange(1000)))
    clf = None
    if "classifier" in steps:
        clf, record = classifier(mnist, True)
        results.append(record)

    def need_classifier():
        nonlocal clf
        if clf is None:
            while not CLASSIFIER.exists() and "--wait" in sys.argv:   # another process is training it
                time.sleep(5)
            clf = classifier(mnist, False)[0]
        return clf
    if "floor" in steps:
        results.append(say("floor", fd_real_vs_real=round(fd_of(need_classifier(), test[:5000], test[5000:]), 3)))
    for family in ("dcgan", "cgan"):
        if family not in steps:
            continue
        settings = {"hidden": 32, "latent_dim": 64, **({"d_steps": 2} if family == "cgan" else {}),
                    **json.loads(args.extra)}
        run, step = train_for(family, small_val, settings, args.budget, lr=args.lr)
        g = gan.load_generator(run)
        labels = np.arange(5000) % 10 if family == "cgan" else None
        samples = gan.generate(g, gan.noise(g, 5000, 1), labels)
        clf = need_classifier()
        figures = {"steps": step, "budget_s": args.budget, "clock": args.clock, **TIMES[str(run.path)],
                   "fd": round(fd_of(clf, samples, test[:5000]), 3), "settings": settings, "run": str(run.path)}
        if family == "cgan":
            # The model's own settings beside the bench's (the defaults they were left to).
            figures["model"] = {k: getattr(g.model.config, k) for k in ("conditioning", "class_weight", "d_steps")}
            figures["class_share"] = round(float((clf.predict(samples) == labels).mean()), 4)
            # The same with truncated noise (psi 0.7, the tab's slider): fidelity bought with diversity.
            truncated = gan.generate(g, gan.noise(g, 5000, 1, 0.7), labels)
            figures["class_share_psi_0.7"] = round(float((clf.predict(truncated) == labels).mean()), 4)
            figures["fd_psi_0.7"] = round(fd_of(clf, truncated, test[:5000]), 3)
        results.append(say(family, **figures))
    if args.evaluate:   # a cGAN run trained elsewhere (or stopped early): its figures from its latest checkpoint
        g = gan.load_generator(Path(args.evaluate))
        labels = np.arange(5000) % 10
        clf = need_classifier()
        figures = {"run": args.evaluate, "steps": g.step, "epochs": g.epochs_done}
        for psi in (1.0, 0.7):
            samples = gan.generate(g, gan.noise(g, 5000, 1, psi), labels)
            figures[f"class_share_psi_{psi}"] = round(float((clf.predict(samples) == labels).mean()), 4)
            figures[f"fd_psi_{psi}"] = round(fd_of(clf, samples, test[:5000]), 3)
        results.append(say("evaluate", **figures))
    if "ssgan" in steps:
        split = DatasetSplit(mnist.train, mnist.val.subset(np.arange(1000)))
        settings = {"hidden": 32, "latent_dim": 64, "labelled": 100}
        run, step = train_for("ssgan", split, settings, args.budget, lr=args.lr, batch=100)
        from studio.training.trained import load_trained_model

        model = load_trained_model(run, "latest")
        with torch.no_grad():
            logits = torch.cat([model.class_logits(torch.from_numpy(test[i:i + 1000]) * 2 - 1)[0]
                                for i in range(0, len(test), 1000)])
        acc = float((logits.argmax(1).numpy() == mnist.val.labels).mean())
        results.append(say("ssgan", steps=step, budget_s=args.budget, labels=100, test_accuracy=round(acc, 4),
                           run=str(run.path)))
    if "small" in steps:
        results += small_data(mnist, need_classifier, args.small_budget, args.policies.split(";"))
    if "memorise" in steps:
        for policy in args.policies.split(";"):
            results += memorise(mnist, need_classifier, policy, args)
            Path(args.out).write_text(json.dumps(results, indent=1))
    if "speed" in steps:
        results.append(speed())
    Path(args.out).write_text(json.dumps(results, indent=1))
    return 0


def small_data(mnist, need_classifier, budget: float, policies: list[str]) -> list[dict]:
    """DCGAN-64 on 200 pictures (MNIST 8s at 64×64) with and without DiffAugment."""
    import torch
    import torch.nn.functional as F
    from PIL import Image

    from studio import gan
    from studio.data.importers import load_sources

    folder = Path("/tmp/studio-bench-gan-eights")
    if not folder.exists():
        folder.mkdir(parents=True)
        eights = mnist.train.images[mnist.train.labels == 8][:200, 0]
        for i, pic in enumerate(eights):
            Image.fromarray(pic).resize((64, 64), Image.Resampling.BICUBIC).save(folder / f"{i:03d}.png")
    reference = mnist.val.images[mnist.val.labels == 8] / np.float32(255)
    out = []
    for policy in policies:
        split = load_sources(str(folder), 0.05, 0)
        run, step = train_for("dcgan", split, {"hidden": 32, "latent_dim": 64, "diffaugment": policy}, budget,
                              lr=None, batch=32, root="/tmp/studio-bench-gan-small")
        g = gan.load_generator(run)
        samples = gan.sample_grid(g, 1000, seed=1)
        small = F.interpolate(torch.from_numpy(samples), size=(28, 28), mode="area").numpy()
        gan.save_png(f"/tmp/bench-small-{'diffaugment' if policy != 'off' else 'plain'}.png", samples[:32], 8,
                     scale=1, overwrite=True)
        out.append(say("small", diffaugment=policy, steps=step, budget_s=budget, **TIMES[str(run.path)],
                       fd=round(fd_of(need_classifier(), small, reference), 3), run=str(run.path)))
    return out


def memorise(mnist, need_classifier, policy: str, args) -> list[dict]:
    """A small DCGAN on a few "8"s at 28 × 28 for many steps, with FD and D's verdicts along the way.

    The loop calls the model's own ``training_step`` with the engine's optimiser wrapper, but not the
    engine: with 100 pictures an epoch is 3 steps, and the engine's per-epoch validation, preview and
    checkpoint would cost more than the training itself.
    """
    import torch
    from PIL import Image

    from studio import gan
    from studio.data.importers import load_sources
    from studio.gan.quality import frechet_distance
    from studio.models.base import StepContext
    from studio.models.registry import build_model
    from studio.training.precision import Precision, StepOptimizers

    n = args.memorise_images
    folder = Path(f"/tmp/studio-bench-gan-eights-28-{n}")
    if not folder.exists():
        folder.mkdir(parents=True)
        for i, pic in enumerate(mnist.train.images[mnist.train.labels == 8][:n, 0]):
            Image.fromarray(pic).save(folder / f"{i:03d}.png")
    split = load_sources(str(folder), 0.02, 0)
    train = split.train
    pictures = next(train.batches([np.arange(len(train))], "cpu"))["image"]        # (N, 1, 28, 28) in [0, 1]
    eights = mnist.val.images[mnist.val.labels == 8] / np.float32(255)              # 974 held-out "8"s
    clf = need_classifier()
    reference = clf.features(eights)
    folder_fd = round(fd_of(clf, pictures.numpy(), eights), 3)     # what a G that copies its folder would get
    torch.manual_seed(0)
    settings = {"hidden": args.memorise_width, "latent_dim": 64, "diffaugment": policy}
    model = build_model("dcgan", settings, train.spec)
    opt = StepOptimizers(model.configure_optimizers(2e-4), Precision(torch.device("cpu"), False))
    z = torch.from_numpy(np.random.default_rng(1).standard_normal((1000, 64)).astype(np.float32))
    heldout = torch.from_numpy(eights[:len(pictures)]) * 2 - 1
    rng = np.random.default_rng(0)
    order: list[int] = []
    batch, total = 32, args.memorise_steps
    window = {"d_real": [], "d_fake": []}
    out, start, wall = [], CLOCK(), time.perf_counter()
    tag = "diffaugment" if policy != "off" else "plain"
    for step in range(total):
        while len(order) < batch:                                                   # epochs back to back
            order += rng.permutation(len(train)).tolist()
        idx, order = np.array(order[:batch]), order[batch:]
        data = next(train.batches([idx], "cpu"))
        terms = model.training_step(data, StepContext(step, step * batch // len(train), 0, 1, 1, total), opt)
        opt.end_iteration()
        for key in window:
            window[key].append(float(terms[key]))
        spent = CLOCK() - start
        if (step + 1) % args.fd_every and spent <= args.memorise_budget and step + 1 < total:
            continue
        model.eval()
        with torch.no_grad():
            samples = torch.cat([model.generate(part) for part in z.split(250)]).numpy()
            judged_train = torch.sigmoid(model.d_logits(pictures * 2 - 1, {})[0]).mean()
            judged_heldout = torch.sigmoid(model.d_logits(heldout, {})[0]).mean()
        model.train()
        out.append(say("memorise", diffaugment=policy, steps=step + 1, cpu_s=round(spent, 1),
                       wall_s=round(time.perf_counter() - wall, 1),
                       fd=round(frechet_distance(clf.features(samples), reference), 3),
                       d_real=round(float(np.mean(window["d_real"])), 3),
                       d_fake=round(float(np.mean(window["d_fake"])), 3),
                       d_on_training_8s=round(float(judged_train), 3), d_on_heldout_8s=round(float(judged_heldout), 3),
                       folder_fd=folder_fd, pictures=len(train), width=args.memorise_width))
        window = {"d_real": [], "d_fake": []}
        # The grid of the latest measurement (so that a run cut short still leaves its last grid).
        gan.save_png(f"/tmp/bench-memorise-{tag}.png", samples[:32], 8, scale=1, overwrite=True)
        if spent > args.memorise_budget:
            break
    return out


def speed() -> dict:
    import torch

    from studio.data.sources import DataSpec
    from studio.models.base import StepContext
    from studio.models.registry import build_model
    from studio.training.precision import Precision, StepOptimizers

    model = build_model("dcgan", {"hidden": 64, "latent_dim": 64}, DataSpec.images((3, 64, 64)))
    opt = StepOptimizers(model.configure_optimizers(2e-4), Precision(torch.device("cpu"), False))
    batch = {"image": torch.rand(64, 3, 64, 64), "label": torch.full((64,), -1)}
    model.training_step(batch, StepContext(0, 0, 0, 1, 1, 1), opt)             # warm-up
    rates, cpu_rates = [], []
    for _ in range(5):
        t, c = time.perf_counter(), time.process_time()
        for i in range(3):
            model.training_step(batch, StepContext(i, 0, 0, 1, 1, 1), opt)
        rates.append(3 / (time.perf_counter() - t))
        cpu_rates.append(3 / (time.process_time() - c))
    # Per CPU second too: on a shared machine the wall-clock rate measures the others' load as much as ours.
    return say("speed", model="dcgan 64x64x3, width 64, batch 64, CPU, 1 thread",
               iterations_per_s=round(statistics.median(rates), 3), all=[round(r, 3) for r in rates],
               iterations_per_cpu_s=round(statistics.median(cpu_rates), 3))


if __name__ == "__main__":
    sys.exit(main())
