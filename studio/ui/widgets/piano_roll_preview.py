"""PianoRollPreview: the Training monitor's view of a music model's preview ("piano_roll" kind).

The music models preview rows of piano rolls, (N, T, 128) in [0, 1] (frames by pitch): what the model
read and what it predicted. Each roll is drawn as a small picture, time to the right and pitch upwards,
cropped to the pitches that sound in any of them (with a margin), through the same ``ImageStrip`` as the
image previews so that the rows keep their titles and stay crisp.
"""

from __future__ import annotations

import numpy as np

from studio.core.events import Preview
from studio.ui.i18n import tr
from studio.ui.widgets.image_strip import ImageStrip

MARGIN = 3          # pitches kept above and below the sounding range
MIN_PITCHES = 24    # an octave either side at least, so a single melody is not a one-line picture


def rolls_to_images(rows: list[np.ndarray]) -> list[np.ndarray]:
    """(N, T, 128) rolls -> (N, 1, P, T) pictures: pitch upwards, all cropped to one shared pitch range."""
    rolls = [np.asarray(r, np.float32) for r in rows]
    sounding = np.flatnonzero(np.any([r.reshape(-1, r.shape[-1]).max(0) > 0.5 for r in rolls], axis=0))
    if len(sounding):
        lo, hi = int(sounding.min()) - MARGIN, int(sounding.max()) + MARGIN
    else:
        lo, hi = 48, 72
    if hi - lo + 1 < MIN_PITCHES:
        centre = (lo + hi) // 2
        lo, hi = centre - MIN_PITCHES // 2, centre + MIN_PITCHES // 2 - 1
    lo, hi = max(0, lo), min(127, hi)
    out = []
    for r in rolls:
        picture = np.clip(r[:, :, lo:hi + 1], 0, 1).transpose(0, 2, 1)[:, ::-1, :]    # (N, P, T), high at top
        out.append(np.ascontiguousarray(picture[:, None]))                              # (N, 1, P, T)
    return out


class PianoRollPreview(ImageStrip):
    """Rows of piano rolls titled by the model (see the module's docstring)."""

    def show_preview(self, preview: Preview) -> None:
        rows = [(row.title, row.data) for row in preview.rows if row.data is not None and np.ndim(row.data) == 3]
        if not rows:
            self.clear()
            return
        images = rolls_to_images([data for _title, data in rows])
        caption = preview.title or (tr("Epoch {epoch} · step {step:,}").format(
            epoch=preview.epoch, step=preview.step) if preview.epoch else "")
        self.set_rows([(title, image) for (title, _data), image in zip(rows, images)], caption)
