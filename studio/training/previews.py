"""Previews during training: what the model shows of itself after each epoch, as typed plain data."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from studio.core.events import Preview, PreviewRow
from studio.core.images import make_grid, save_png
from studio.data.sources import index_batches

# Kinds whose rows are images in [0, 1] ("filter_tiles": an RBM's filters and Gibbs particles as squares).
IMAGE_KINDS = ("image_rows", "image_grid", "filter_tiles")
SAVED_SCALE, SAVED_PAD, SAVED_BACKGROUND = 2, 2, 40    # how ``save_preview_png`` lays out and enlarges a strip


def make_preview(model, source, count: int, precision, device, epoch: int, step: int) -> Preview | None:
    """The model's preview of the first ``count`` validation items (None for a model that shows nothing)."""
    import torch

    count = min(count, len(source))
    if count <= 0:
        return None
    batch = next(iter(source.batches(index_batches(count, count), device)))
    model.eval()
    try:
        with torch.no_grad(), precision.autocast():
            shown = model.preview(batch)
    except NotImplementedError:
        return None
    finally:
        model.train()
    titles = getattr(model, "preview_titles", {}) or {}
    kind = getattr(model, "preview_kind", "image_rows")
    rows = []
    for name, value in shown.items():
        data = value.detach().float().cpu()
        if kind in IMAGE_KINDS:
            data = data.clamp(0, 1)
        rows.append(PreviewRow(name, titles.get(name, name.replace("_", " ").capitalize()), data.numpy()))
    return Preview(kind, epoch, step, tuple(rows))


def save_preview_png(folder, preview: Preview) -> None:
    """Keep an epoch's preview beside the run as ``samples/epoch-NNNN.png`` (image kinds only)."""
    if preview is None or preview.kind not in IMAGE_KINDS:
        return
    folder.mkdir(parents=True, exist_ok=True)
    rows = [row for row in preview.rows if isinstance(row.data, np.ndarray) and row.data.ndim == 4]
    if rows:
        # The rows' titles, lengths and kind travel in the PNG, so that a saved strip is shown as it was
        # shown live (``load_preview_png``).
        save_png(folder / f"epoch-{preview.epoch:04d}.png", make_grid([r.data for r in rows], pad=SAVED_PAD),
                 scale=SAVED_SCALE, text={"rows": "\n".join(r.title for r in rows), "kind": preview.kind,
                                          "names": " ".join(r.name for r in rows),
                                          "counts": " ".join(str(len(r.data)) for r in rows)})


def load_preview_png(path, image_shape) -> Preview | None:
    """The Preview a ``save_preview_png`` file holds, cut back into its rows of (N, C, H, W) images, given
    the model's image shape (C, H, W). None when the picture does not fit that shape (another model's file,
    or damaged). Files written before the counts were kept give every cell of a row, empty cells dropped."""
    from PIL import Image

    c, h, w = (int(v) for v in image_shape)
    try:
        with Image.open(path) as img:
            text = dict(getattr(img, "text", {}) or {})
            picture = np.asarray(img.convert("RGB"))
    except (OSError, ValueError):
        return None
    picture = picture[::SAVED_SCALE, ::SAVED_SCALE]                              # (H', W', 3)
    n_rows = (picture.shape[0] - SAVED_PAD) // (h + SAVED_PAD)
    n_cols = (picture.shape[1] - SAVED_PAD) // (w + SAVED_PAD)
    if n_rows < 1 or n_cols < 1 or picture.shape[0] != SAVED_PAD + n_rows * (h + SAVED_PAD):
        return None
    titles = text.get("rows", "").split("\n")
    counts = [int(v) for v in text.get("counts", "").split() if v.isdigit()]
    names = text.get("names", "").split()
    rows = []
    for i in range(n_rows):
        y = SAVED_PAD + i * (h + SAVED_PAD)
        cells = [picture[y:y + h, SAVED_PAD + j * (w + SAVED_PAD):SAVED_PAD + j * (w + SAVED_PAD) + w]
                 for j in range(n_cols)]
        if i < len(counts):
            cells = cells[:counts[i]]
        else:
            while cells and (cells[-1] == SAVED_BACKGROUND).all():             # the empty end of a short row
                cells.pop()
        data = np.stack(cells).astype(np.float32) / 255.0                       # (N, H, W, 3)
        data = data[..., :1] if c == 1 else data[..., :c]
        title = titles[i] if i < len(titles) and titles[i] else f"Row {i + 1}"
        rows.append(PreviewRow(names[i] if i < len(names) else f"row{i}", title, np.ascontiguousarray(data.transpose(0, 3, 1, 2))))
    epoch = "".join(ch for ch in Path(path).stem if ch.isdigit())
    return Preview(text.get("kind", "image_rows"), int(epoch or 0), 0, tuple(rows))
