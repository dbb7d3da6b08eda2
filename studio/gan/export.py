"""Writing what the GAN studio makes: grids and strips as PNG, the timeline as GIF or MP4, and the
generator (or a VAE's or AAE's decoder) as ONNX, checked against PyTorch with onnxruntime.

Every output is written to a temporary file renamed into place (``studio.core.atomic``); an existing file
is replaced only when ``overwrite`` is given, and nothing is ever written inside a run's own folder (its
checkpoints and snapshots are the inputs).
"""

from __future__ import annotations

import contextlib
import io
import json
import warnings
from pathlib import Path
from typing import Iterator

import numpy as np

from studio.core import atomic
from studio.core.errors import StudioError
from studio.core.tasks import Progress, TaskControl
from studio.core.workspace import Run
from studio.gan.api import Snapshot, timeline

TIMELINE_SUFFIXES = (".gif", ".mp4")
# onnxruntime must give PyTorch's images to this (the check).
ONNX_TOLERANCE = 1e-4
ONNX_OPSET = 18


class ExportError(StudioError):
    """An export that cannot be written as asked."""


def check_output(path: str | Path, suffixes: tuple[str, ...], overwrite: bool, run: Run | None = None) -> Path:
    """The output path, after checking its suffix, that it does not exist (unless ``overwrite``) and that it
    is not inside the run's folder."""
    path = Path(path).expanduser()
    if path.suffix.lower() not in suffixes:
        raise ExportError(f"'{path.name}' should end in {' or '.join(suffixes)}.")
    if path.is_dir():
        raise ExportError(f"'{path}' is a folder; give a file name.")
    if run is not None:
        try:
            path.resolve().relative_to(run.path.resolve())
            raise ExportError(f"'{path.name}' would be written inside the run's own folder; choose another place.")
        except ValueError:
            pass
    if path.exists() and not overwrite:
        raise ExportError(f"'{path}' already exists; add --overwrite to replace it.")
    return path


def save_png(path: str | Path, images: np.ndarray, columns: int, scale: int = 4, overwrite: bool = False,
             run: Run | None = None) -> Path:
    """Save images (N, C, H, W) in [0, 1] as one PNG, ``columns`` wide, enlarged ``scale`` times (never
    inside ``run``'s folder)."""
    from studio.core.images import save_png as write_png
    from studio.gan.api import tiles_to_picture

    if not 1 <= int(scale) <= 64:
        raise ExportError("The scale must be between 1 and 64.")
    path = check_output(path, (".png",), overwrite, run)
    write_png(path, tiles_to_picture(images, max(1, columns)), scale=int(scale))
    return path


def save_gif(path: str | Path, images: np.ndarray, scale: int = 4, fps: float = 8.0, overwrite: bool = False,
             run: Run | None = None) -> Path:
    """Save images (N, C, H, W) in [0, 1] as a looping GIF that plays them forth and back."""
    from PIL import Image

    from studio.core.images import to_uint8

    path = check_output(path, (".gif",), overwrite, run)
    pics = to_uint8(images)
    frames = [Image.fromarray(p[:, :, 0] if p.shape[-1] == 1 else p).resize(
        (p.shape[1] * scale, p.shape[0] * scale), Image.Resampling.NEAREST) for p in pics]
    frames = frames + frames[-2:0:-1]
    with atomic.atomic_path(path) as tmp:
        frames[0].save(tmp, format="GIF", save_all=True, append_images=frames[1:], duration=round(1000 / fps), loop=0)
    return path


# The timeline -----------------------------------------------------------------------------------

def _frame(snapshot: Snapshot, total_epochs: int, width: int | None = None) -> np.ndarray:
    """A snapshot as an (H, W, 3) uint8 frame with a caption strip ("epoch 3 of 20 · step 1,200")."""
    from PIL import Image, ImageDraw

    pic = Image.fromarray(snapshot.picture())
    caption = 14
    frame = Image.new("RGB", (pic.width, pic.height + caption), (40, 40, 40))
    frame.paste(pic, (0, 0))
    text = f"epoch {snapshot.epoch}" + (f" of {total_epochs}" if total_epochs else "")
    if snapshot.step:
        text += f" · step {snapshot.step:,}"
    ImageDraw.Draw(frame).text((4, pic.height + 1), text, fill=(230, 230, 230))
    return np.asarray(frame)


def export_timeline(run: Run | str | Path, path: str | Path, fps: float = 4.0, overwrite: bool = False,
                    control: TaskControl | None = None, hold_last: float = 1.5) -> Iterator[Progress]:
    """Write the run's timeline as an animated GIF or an MP4 (by ``path``'s suffix), one frame per
    snapshot, the last held ``hold_last`` seconds; yields Progress, stoppable between frames."""
    run = run if isinstance(run, Run) else Run(Path(run))
    control = control or TaskControl()
    if not 0.2 <= fps <= 60:
        raise ExportError("The frame rate must be between 0.2 and 60 frames per second.")
    path = check_output(path, TIMELINE_SUFFIXES, overwrite, run)
    shots = timeline(run)
    if not shots:
        raise ExportError(f"The run '{run.id}' has no snapshots yet: train it for at least one epoch.")
    total = int(run.info().get("train", {}).get("epochs") or 0)
    frames = []
    for i, shot in enumerate(shots):
        control.checkpoint()
        frames.append(_frame(shot, total))
        yield Progress(i + 1, len(shots) + 1, f"Snapshot {i + 1} of {len(shots)}")
    control.checkpoint()
    hold = max(1, round(hold_last * fps))
    if path.suffix.lower() == ".gif":
        _write_gif(path, frames, fps, hold)
    else:
        _write_mp4(path, frames, fps, hold, control)
    yield Progress(len(shots) + 1, len(shots) + 1, f"Wrote {path.name}")


def _write_gif(path: Path, frames: list[np.ndarray], fps: float, hold: int) -> None:
    from PIL import Image

    pictures = [Image.fromarray(f) for f in frames]
    durations = [round(1000 / fps)] * len(pictures)
    durations[-1] *= hold
    with atomic.atomic_path(path) as tmp:
        pictures[0].save(tmp, format="GIF", save_all=True, append_images=pictures[1:], duration=durations, loop=0)


def _write_mp4(path: Path, frames: list[np.ndarray], fps: float, hold: int, control: TaskControl) -> None:
    """H.264 in MP4 through PyAV; frames padded to even sides (yuv420p needs them) and enlarged to at
    least 256 px high with nearest neighbour, since players blur small videos."""
    from fractions import Fraction

    import av
    from PIL import Image

    h, w = frames[0].shape[:2]
    k = max(1, -(-256 // h))
    out_w, out_h = w * k + (w * k) % 2, h * k + (h * k) % 2
    with atomic.atomic_path(path) as tmp:
        with av.open(str(tmp), "w", format="mp4") as container:
            stream = container.add_stream("libx264" if "libx264" in av.codecs_available else "mpeg4",
                                          rate=Fraction(fps).limit_denominator(1000))
            stream.width, stream.height, stream.pix_fmt = out_w, out_h, "yuv420p"
            for i, f in enumerate(frames):
                control.checkpoint()
                big = np.zeros((out_h, out_w, 3), np.uint8)
                big[:h * k, :w * k] = np.asarray(Image.fromarray(f).resize((w * k, h * k), Image.Resampling.NEAREST))
                frame = av.VideoFrame.from_ndarray(big, format="rgb24")
                for _ in range(hold if i == len(frames) - 1 else 1):
                    for packet in stream.encode(frame):
                        container.mux(packet)
            for packet in stream.encode():
                container.mux(packet)


# ONNX -------------------------------------------------------------------------------------------

def _exportable(model):
    """(module, example inputs, input names, dynamic shapes, what the inputs mean) for a run's model."""
    import torch

    from studio.models.gan import GAN
    from studio.models.gan_blocks import one_hot

    if isinstance(model, GAN):
        return _gan_exportable(model)
    if not hasattr(model, "decode") or not hasattr(model, "latent_dim"):
        raise ExportError(f"The {model.family} has no decoder or generator to export.")
    conditions = int(getattr(model, "num_conditions", 0) or 0)

    class Decoder(torch.nn.Module):
        """code [, label] -> images in [0, 1]. A supervised AAE's one-hot label is built here without
        boolean indexing, so that the graph keeps a batch of any size."""

        def __init__(self, inner) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, z, label=None):
            if label is None:
                return self.inner.decode(z)
            onehot = one_hot(label, conditions, z.dtype)
            return torch.sigmoid(self.inner.decoder(torch.cat([z, onehot], dim=1)))

    z = torch.randn(3, model.latent_dim)
    if conditions:
        if not hasattr(model, "decoder"):
            raise ExportError(f"The {model.family}'s conditional decoder cannot be exported yet.")
        example = (z, torch.tensor([0, 1, 2]) % conditions)
        module = Decoder(model)
        with torch.no_grad():
            if not torch.allclose(module(*example), model.decode(*example), atol=1e-6):
                raise ExportError(f"The {model.family}'s conditional decoder cannot be exported yet.")
        return (module, example, ["z", "label"],
                {"z": "code (batch, latent)", "label": f"class 0..{conditions - 1} (batch,) int64"})
    return Decoder(model), (z,), ["z"], {"z": "code (batch, latent)"}


def _gan_exportable(model):
    import torch

    family = model.family
    k, cont = getattr(model, "code_sizes", (0, 0))
    classes = int(getattr(model, "num_conditions", 0) or 0)

    class Generator(torch.nn.Module):
        """noise [, label | category, codes] -> images (batch, C, H, W) in [0, 1], as sampling does."""

        def __init__(self, inner) -> None:
            super().__init__()
            self.inner = inner
            self.net = inner.sampler

        def forward(self, z, label=None, codes=None):
            cond = {}
            if family == "cgan":
                cond = {"label": label}
            elif family == "infogan":
                cond = {"category": label, "continuous": codes}
            return (self.net(self.inner.g_input(z, cond)).float() + 1.0) / 2.0

    z = torch.randn(3, model.latent_dim)
    meaning = {"z": f"noise (batch, {model.latent_dim}), standard normal"}
    if family == "cgan":
        meaning["label"] = f"class 0..{classes - 1} (batch,) int64"
        return Generator(model), (z, torch.tensor([0, 1, 2]) % classes), ["z", "label"], meaning
    if family == "infogan":
        meaning["label"] = f"category 0..{max(k, 1) - 1} (batch,) int64"
        meaning["codes"] = f"continuous codes (batch, {cont}) in about -1..1"
        return (Generator(model), (z, torch.tensor([0, 1, 2]) % max(k, 1), torch.rand(3, cont) * 2 - 1),
                ["z", "label", "codes"], meaning)
    return Generator(model), (z,), ["z"], meaning


def export_onnx(run: Run | str | Path, path: str | Path, overwrite: bool = False, which: str = "latest") -> Path:
    """Export a run's generator (GANs: the EMA weights sampling uses) or decoder (VAE, AAE) to ONNX, with a
    batch dimension of any size, and check that onnxruntime gives PyTorch's images to 1e-4."""
    import torch

    from studio.training.trained import load_trained_model

    run = run if isinstance(run, Run) else Run(Path(run))
    path = check_output(path, (".onnx",), overwrite, run)
    model = load_trained_model(run, which, "cpu")
    module, example, names, meaning = _exportable(model)
    module.eval()
    batch = torch.export.Dim("batch", min=1, max=65536)
    dynamic = {name: {0: batch} for name in names}
    with atomic.atomic_path(path) as tmp:
        # The exporter reports its passes on stdout; the CLI and the tab say what matters themselves.
        with contextlib.redirect_stdout(io.StringIO()), _quiet_loggers(), warnings.catch_warnings(), torch.no_grad():
            warnings.simplefilter("ignore")
            program = torch.onnx.export(module, example, input_names=names, output_names=["image"],
                                        dynamic_shapes=dynamic, opset_version=ONNX_OPSET, dynamo=True,
                                        verbose=False)
            onnx_model = program.model_proto
        import onnx

        facts = {"studio_model": run.info().get("model", ""), "run": run.id,
                 "image_shape": json.dumps(list(model.config.image_shape)),
                 "output": "image (batch, C, H, W) float32 in [0, 1]", **{f"input_{k}": v for k, v in meaning.items()}}
        for key, value in facts.items():
            entry = onnx_model.metadata_props.add()
            entry.key, entry.value = key, str(value)
        onnx.save(onnx_model, str(tmp))
        worst = check_onnx(tmp, module, names, example)
        if worst > ONNX_TOLERANCE:
            raise ExportError(f"The exported model's images differ from PyTorch's by up to {worst:.2g} "
                              f"(more than {ONNX_TOLERANCE:g}); the file was not written.")
    return path


@contextlib.contextmanager
def _quiet_loggers():
    """Silence the exporter's log lines (e.g. "torchvision is not installed") for the export's length."""
    import logging

    loggers = [logging.getLogger(name) for name in ("torch.onnx", "torch.export", "torch._export", "onnxscript")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.ERROR)
    try:
        yield
    finally:
        for lg, level in zip(loggers, levels):
            lg.setLevel(level)


def check_onnx(path: str | Path, module, names: list[str], example: tuple) -> float:
    """The largest difference between onnxruntime's images and PyTorch's, on a fresh batch of 5."""
    import onnxruntime as ort
    import torch

    g = torch.Generator().manual_seed(0)
    inputs = []
    for x in example:
        if x.dtype == torch.long:
            inputs.append(torch.arange(5) % (int(x.max()) + 1))
        else:
            inputs.append(torch.randn(5, *x.shape[1:], generator=g).clamp(-2.5, 2.5))
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    got = session.run(None, {n: x.numpy() for n, x in zip(names, inputs)})[0]
    with torch.no_grad():
        want = module(*inputs).float().numpy()
    return float(np.abs(got - want).max())
