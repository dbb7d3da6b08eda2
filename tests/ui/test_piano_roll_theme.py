"""The piano roll follows the palette: light rows and keys in the light theme, dark ones in the dark theme,
with its grid, key names and velocity lane readable in both; a change of theme redraws the cached notes."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from studio.music.song import Note, Song, Track
from studio.ui.theme import dark_palette
from studio.ui.widgets.piano_roll_parts import roll_colours


def light_palette() -> QPalette:
    return QApplication.style().standardPalette()


def _L(c: QColor) -> float:
    return c.lightnessF()


def pixels(widget) -> np.ndarray:
    """(H, W, 3) RGB of what the widget shows now."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    bgra = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.width(), 4)
    return bgra[:, :, 2::-1].astype(int)


@pytest.fixture
def roll(show_widget):
    from studio.ui.widgets.piano_roll import PianoRollView

    view = show_widget(PianoRollView(), 700, 420)
    view.set_song(Song((Track("Melody", 0, False, (Note(60, 0.5, 1.5, 100), Note(64, 1.5, 2.5, 60))),), 120.0))
    view.geo.set_view(left=0.0, top=72.0, px_per_s=100.0, key_h=12.0)
    return view


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_part_is_readable_in_both_themes(qapp, theme):
    c = roll_colours(dark_palette() if theme == "dark" else light_palette())
    assert c.dark == (theme == "dark")
    ground = _L(c.row)
    assert (ground < 0.25) if theme == "dark" else (ground > 0.9)
    # Rows, scale rows and grid lines stay apart from the ground; bar lines more than beats, beats more
    # than subdivisions; text stands well clear of what it is written on.
    assert abs(_L(c.black_row) - ground) > 0.04 and c.scale_row != c.row
    gaps = [abs(_L(line) - ground) for line in c.grid]
    assert gaps[0] > gaps[1] > gaps[2] > 0.02 and gaps[0] > 0.2
    assert abs(_L(c.key_text) - _L(c.white_key)) > 0.5
    assert abs(_L(c.white_key) - _L(c.black_key)) > 0.15
    assert abs(_L(c.ruler_bar) - _L(c.ruler)) > 0.3
    assert abs(_L(c.lane_label) - ground) > 0.3
    assert abs(_L(c.placeholder) - ground) > 0.3


def test_the_canvas_keyboard_and_lane_follow_a_change_of_theme(roll):
    empty_row = int(roll.geo.y(62) + roll.geo.key_h / 2)            # D4: a white key's row, no note on it
    note_row = int(roll.geo.y(60) + roll.geo.key_h / 2)

    def looks(palette):
        roll.setPalette(palette)
        QApplication.processEvents()
        canvas, keys, lane = pixels(roll.canvas), pixels(roll.keyboard), pixels(roll.velocity_lane)
        return canvas[empty_row, 30], canvas[note_row, 100], keys[empty_row, 5], lane[-10, 300]

    light = looks(light_palette())
    layers = roll.canvas.layer_paints
    dark = looks(dark_palette())
    assert roll.canvas.layer_paints > layers                         # the cached layer was redrawn
    (ground_l, _, key_l, lane_l), (ground_d, _, key_d, lane_d) = light, dark
    assert ground_l.mean() > 220 and ground_d.mean() < 70
    assert key_l.mean() > 220 and key_d.mean() < 110
    assert lane_l.mean() > 220 and lane_d.mean() < 70
    # The note keeps its track's colour (blue) in both, standing out from the ground.
    for ground, note, _key, _lane in (light, dark):
        assert note[2] > note[0] and abs(note.mean() - ground.mean()) > 40
    assert np.array_equal(looks(light_palette())[0], light[0])      # and back again
