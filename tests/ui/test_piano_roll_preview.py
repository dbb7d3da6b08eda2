"""The Training monitor shows a music model's piano-roll preview (rows of (N, T, 128) rolls)."""

from __future__ import annotations

import numpy as np

from studio.core.events import Preview, PreviewRow


def test_piano_roll_previews_are_drawn_with_their_titles(show_widget):
    from studio.ui.widgets.piano_roll_preview import rolls_to_images
    from studio.ui.widgets.preview_view import PreviewView

    rolls = np.zeros((3, 40, 128), np.float32)
    rolls[:, 5:20, 60] = 1.0                                   # C4 held
    rolls[:, 10:30, 67] = 1.0                                  # G4 later
    predicted = np.roll(rolls, 1, axis=1)
    view = show_widget(PreviewView(), 600, 300)
    view.show_preview(Preview("piano_roll", 1, 10, (PreviewRow("inputs", "Inputs", rolls),
                                                   PreviewRow("predictions", "Predictions", predicted))))
    assert view.kind == "piano_roll" and view.has_images()
    assert view.row_titles() == ["Inputs", "Predictions"]
    (image, _), = [rolls_to_images([rolls, predicted])]
    assert image.shape == (3, 1, 24, 40)                      # cropped to a shared 24-pitch range, time across
    rows_lit = np.flatnonzero(image[0, 0].max(1))
    assert len(rows_lit) == 2 and rows_lit[1] - rows_lit[0] == 7   # G above C: seven rows up the picture
