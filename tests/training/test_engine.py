import json
import queue
import threading

import pytest
import torch

from studio.core import checkpoints as ckpt
from studio.training.config import TrainConfig
from studio.training.session import TrainingSession
from studio.core.errors import CheckpointError
from studio.core.events import CheckpointWritten, EpochMetrics, Finished, Preview, RunStarted, StepMetrics
from studio.core.tasks import TaskControl
from studio.training.trained import load_trained_model
from studio.core.workspace import Workspace
from studio.data.datasets import random_split
from studio.data.digits import load_digits_28

SMALL = {"hidden": 32, "latent_dim": 4}


@pytest.fixture(scope="module")
def split():
    ds = load_digits_28()
    return random_split(ds.subset(list(range(400))), 0.25, seed=0)


def config(**kw):
    base = dict(model="vae", model_config=dict(SMALL), epochs=2, batch_size=32, seed=1, device="cpu")
    base.update(kw)
    return TrainConfig(**base)


def test_events_and_run_folder(tmp_path, split):
    events = list(TrainingSession(config(), Workspace(tmp_path), split=split).run())
    kinds = [type(e) for e in events]
    assert kinds[0] is RunStarted and kinds[-1] is Finished
    assert kinds.count(EpochMetrics) == 2 and kinds.count(Preview) == 2 and kinds.count(CheckpointWritten) == 2
    steps = [e for e in events if isinstance(e, StepMetrics)]
    assert steps[-1].step == 2 * 10 and steps[-1].fraction == 1.0
    assert {"loss", "reconstruction", "kl"} <= set(steps[0].terms)
    preview = next(e for e in events if isinstance(e, Preview))
    assert preview.kind == "image_rows"
    assert [r.title for r in preview.rows] == ["Inputs", "Reconstructions", "Samples"]
    assert preview.row("inputs").shape == (8, 1, 28, 28) and preview.row("outputs").dtype.name == "float32"
    assert events[-1].status == "completed" and events[-1].failure is None
    run = Workspace(tmp_path).runs()[0]
    info = run.info()
    assert info["status"] == "completed" and info["epochs_done"] == 2
    records = run.read_metrics()
    assert [r["epoch"] for r in records if r["kind"] == "epoch"] == [1, 2]
    assert (run.samples_dir / "epoch-0002.png").exists()
    model = load_trained_model(run, "latest")
    assert model.latent_dim == 4


RESUMABLE = [("autoencoder", {"variant": "denoising", **SMALL}), ("vae", SMALL),
             ("aae", {**SMALL, "disc_hidden": 16}),   # the AAE steps three optimisers
             # A GAN with the EMA of G, two D steps, R1 and DiffAugment (random numbers in every step), and
             # the semi-supervised GAN, whose labelled set fills as it trains.
             ("dcgan", {"hidden": 8, "latent_dim": 4, "ema_decay": 0.99, "d_steps": 2, "r1_gamma": 1.0,
                        "diffaugment": "color,translation,cutout"}),
             ("ssgan", {"hidden": 8, "latent_dim": 4, "labelled": 20}),
             # The conditional GAN's defaults: a projection D with an auxiliary classifier, D twice per step.
             ("cgan", {"hidden": 8, "latent_dim": 4})]


@pytest.mark.parametrize("model, settings", RESUMABLE, ids=[m for m, _ in RESUMABLE])
def test_resume_equals_uninterrupted(tmp_path, split, model, settings):
    torch.set_num_threads(1)
    full = TrainingSession(config(epochs=3, model=model, model_config=dict(settings)), Workspace(tmp_path / "a"),
                           split=split)
    list(full.run())
    control = TaskControl()
    part = TrainingSession(config(epochs=3, model=model, model_config=dict(settings)), Workspace(tmp_path / "b"),
                           split=split)
    for event in part.run(control):
        if isinstance(event, StepMetrics) and event.step == 14:  # in the middle of epoch 2
            control.stop()
        last = event
    assert last.status == "stopped"
    run_b = part.run_folder
    assert run_b.display_status() == "stopped"
    resumed = TrainingSession.resume(run_b, split=split)
    events = list(resumed.run())
    assert events[0].resumed and events[0].start_step == 14
    assert events[-1].status == "completed"
    a = load_trained_model(full.run_folder, "latest").state_dict()
    b = load_trained_model(run_b, "latest").state_dict()
    assert all(torch.equal(a[k], b[k]) for k in a)
    # The optimisers' states too (Adam's moments of every optimiser).
    ta, _ = ckpt.load_checkpoint(ckpt.latest_checkpoint(full.run_folder.checkpoints_dir))
    tb, _ = ckpt.load_checkpoint(ckpt.latest_checkpoint(run_b.checkpoints_dir))
    optim = [k for k in ta if k.startswith("optim.")]
    assert optim and all(torch.equal(ta[k], tb[k]) for k in optim)
    # The log has no duplicated steps after the resume.
    steps = [r["step"] for r in run_b.read_metrics() if r["kind"] == "step"]
    assert steps == sorted(set(steps))


def test_pause_and_resume_from_another_thread(tmp_path, split):
    control = TaskControl()
    out: queue.Queue = queue.Queue()
    session = TrainingSession(config(epochs=1), Workspace(tmp_path), split=split)

    def consume():
        for event in session.run(control):
            out.put(event)
            if isinstance(event, StepMetrics) and event.step == 2:
                control.pause()

    thread = threading.Thread(target=consume)
    thread.start()
    while not (isinstance(e := out.get(timeout=60), StepMetrics) and e.step == 2):
        pass
    with pytest.raises(queue.Empty):
        out.get(timeout=0.3)  # paused: nothing more arrives
    assert control.paused
    control.resume()
    thread.join(timeout=60)
    events = []
    while not out.empty():
        events.append(out.get())
    assert isinstance(events[-1], Finished) and events[-1].status == "completed"


def test_nan_guard_stops_and_keeps_last_good_checkpoint(tmp_path, split, monkeypatch):
    from studio.models.vae import VAE

    original = VAE.losses
    calls = {"n": 0}

    def poisoned(self, batch):
        calls["n"] += 1
        terms = original(self, batch)
        if calls["n"] > 15 and self.training:  # epoch 2
            terms["loss"] = terms["loss"] * float("nan")
        return terms

    monkeypatch.setattr(VAE, "losses", poisoned)
    events = list(TrainingSession(config(epochs=3), Workspace(tmp_path), split=split).run())
    last = events[-1]
    assert isinstance(last, Finished) and last.status == "failed" and last.failure.expected
    assert "NaN" in last.failure.message and "epoch 1" in last.failure.message
    run = Workspace(tmp_path).runs()[0]
    assert run.info()["status"] == "failed"
    latest = ckpt.latest_checkpoint(run.checkpoints_dir)
    assert latest.name == "epoch-0001"
    tensors, state = ckpt.load_checkpoint(latest)
    assert all(torch.isfinite(t).all() for k, t in tensors.items() if k.startswith("model."))


def test_checkpoint_write_is_atomic(tmp_path, monkeypatch):
    folder = tmp_path / "ck"
    ckpt.save_checkpoint(folder, "epoch-0001", {"w": torch.ones(3)}, {"step": 1})
    import safetensors.torch

    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(safetensors.torch, "save_file", crash)
    with pytest.raises(OSError):
        ckpt.save_checkpoint(folder, "epoch-0002", {"w": torch.zeros(3)}, {"step": 2})
    latest = ckpt.latest_checkpoint(folder)
    assert latest.name == "epoch-0001"
    tensors, state = ckpt.load_checkpoint(latest)
    assert torch.equal(tensors["w"], torch.ones(3)) and state["step"] == 1
    assert sorted(p.name for p in folder.iterdir()) == ["epoch-0001", "latest.json"]


def test_corrupt_checkpoint_is_a_clear_error(tmp_path):
    folder = tmp_path / "ck"
    path = ckpt.save_checkpoint(folder, "epoch-0001", {"w": torch.ones(3)}, {"step": 1})
    (path / ckpt.TENSORS).write_bytes(b"\x00garbage")
    with pytest.raises(CheckpointError, match="damaged"):
        ckpt.load_checkpoint(path)


def test_optimizer_state_round_trip():
    model = torch.nn.Linear(3, 2)
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    model(torch.ones(4, 3)).sum().backward()
    opt.step()
    tensors, meta = ckpt.optimizer_to_flat("main", opt)
    json.dumps(meta)  # JSON-able
    opt2 = torch.optim.Adam(model.parameters(), lr=0.5)
    ckpt.optimizer_from_flat("main", opt2, tensors, meta)
    a, b = opt.state_dict(), opt2.state_dict()
    assert a["param_groups"] == b["param_groups"]
    for pid in a["state"]:
        for k, v in a["state"][pid].items():
            assert torch.equal(v, b["state"][pid][k])


def test_missing_cuda_is_a_clear_error(tmp_path, split):
    if torch.cuda.is_available():
        pytest.skip("this machine has CUDA")
    (last,) = list(TrainingSession(config(device="cuda"), Workspace(tmp_path), split=split).run())
    assert last.status == "failed" and "No CUDA GPU" in last.failure.message
    assert last.failure.expected and not Workspace(tmp_path).runs()  # nothing half-made left behind


def test_metrics_are_readable_while_training(tmp_path, split):
    session = TrainingSession(config(epochs=1), Workspace(tmp_path), split=split)
    seen = []
    for event in session.run():
        if isinstance(event, StepMetrics) and event.step == 10:
            seen = session.run_folder.read_metrics()
    assert seen and all(r["kind"] == "step" for r in seen)


def test_interrupted_run_is_recognised(tmp_path, split):
    list(TrainingSession(config(epochs=1), Workspace(tmp_path), split=split).run())
    run = Workspace(tmp_path).runs()[0]
    run.update_info(status="running", pid=2 ** 22 + 12345)  # a process that is gone
    assert run.display_status() == "interrupted"


def test_out_of_gpu_memory_is_a_clear_error(tmp_path, split, monkeypatch):
    from studio.models.vae import VAE

    def oom(self, batch):
        raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")

    monkeypatch.setattr(VAE, "losses", oom)
    last = list(TrainingSession(config(), Workspace(tmp_path), split=split).run())[-1]
    assert last.status == "failed" and "ran out of memory with batch size 32" in last.failure.message
    run = Workspace(tmp_path).runs()[0]
    assert run.info()["status"] == "failed" and "memory" in run.info()["message"]


def test_same_seed_same_weights(tmp_path, split):
    runs = []
    for name in ("a", "b"):
        session = TrainingSession(config(epochs=1, model="autoencoder", model_config={"variant": "denoising", **SMALL}),
                                  Workspace(tmp_path / name), split=split)
        list(session.run())
        runs.append(load_trained_model(session.run_folder, "latest").state_dict())
    assert all(torch.equal(runs[0][k], runs[1][k]) for k in runs[0])


def test_a_damaged_latest_json_resumes_from_the_newest_checkpoint_that_loads(tmp_path, split):
    session = TrainingSession(config(epochs=2), Workspace(tmp_path), split=split)
    list(session.run())
    run = session.run_folder
    (run.checkpoints_dir / "latest.json").write_text("{not json")
    resumed = TrainingSession.resume(run, epochs=3, split=split)
    events = list(resumed.run())
    assert events[0].start_step == 20 and "epoch-0002, the newest checkpoint that loads" in events[0].notes[-1]
    assert events[-1].status == "completed"
    # A damaged newest checkpoint is passed over too; --checkpoint NAME picks one.
    for name in (ckpt.latest_checkpoint(run.checkpoints_dir).name, "best"):   # epoch 3 and its copy
        (run.checkpoints_dir / name / "tensors.safetensors").write_bytes(b"broken")
    again = TrainingSession.resume(run, epochs=4, split=split)
    assert again._resume_from.name == "epoch-0002" and "is damaged" in again.resume_note
    chosen = TrainingSession.resume(run, epochs=4, split=split, checkpoint="epoch-0002")
    assert "epoch-0002, as asked" in chosen.resume_note
    with pytest.raises(CheckpointError, match="no checkpoint called 'epoch-0009'; it has: "):
        TrainingSession.resume(run, checkpoint="epoch-0009")


def test_the_sampling_job_generates_from_a_trained_run(tmp_path, split):
    from studio.core.events import Samples
    from studio.training.job import sampling_job

    session = TrainingSession(config(epochs=1), Workspace(tmp_path), split=split)
    list(session.run())
    (last,) = list(sampling_job(TaskControl(), {"run": str(session.run_folder.path), "n": 5, "seed": 3}))
    assert isinstance(last, Samples) and last.final and last.data.shape == (5, 1, 28, 28)
    (again,) = list(sampling_job(TaskControl(), {"run": str(session.run_folder.path), "n": 5, "seed": 3}))
    assert (again.data == last.data).all()   # a seed gives the same samples
