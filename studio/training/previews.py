"""Previews during training: what the model shows of itself after each epoch, as typed plain data."""

from __future__ import annotations

import numpy as np

from studio.core.events import Preview, PreviewRow
from studio.core.images import make_grid, save_png
from studio.data.sources import index_batches

# Kinds whose rows are images in [0, 1] ("filter_tiles": an RBM's filters and Gibbs particles as squares).
IMAGE_KINDS = ("image_rows", "image_grid", "filter_tiles")


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
        # The rows' titles travel in the PNG, so that a saved strip is shown with them.
        save_png(folder / f"epoch-{preview.epoch:04d}.png", make_grid([r.data for r in rows]), scale=2,
                 text={"rows": "\n".join(r.title for r in rows)})
