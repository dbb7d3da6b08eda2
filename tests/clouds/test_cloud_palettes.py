"""Palettes, colours and gradients."""

from __future__ import annotations

from random import Random

import pytest

from studio.clouds import palettes
from studio.core.errors import DataError


def test_palettable_names_resolve():
    assert palettes.palette_colors("cartocolors.diverging.TealRose_7")[0].lower() == "#009392"
    assert "cartocolors.qualitative.Bold_5" in palettes.palette_names()


def test_unknown_palette_suggests_close_names():
    with pytest.raises(DataError) as info:
        palettes.palette_colors("cartocolors.diverging.TealRos_7")
    assert "TealRose_7" in str(info.value)


def test_colors_override_and_parse():
    assert palettes.resolve_colors("nope.nope", "white") == ["#ffffff"]
    assert palettes.resolve_colors(None, ["#ff0000", "blue"]) == ["#ff0000", "#0000ff"]
    with pytest.raises(DataError, match="not a colour"):
        palettes.resolve_colors(None, ["notacolour"])


def test_random_colours_follow_the_seed():
    cc = palettes.CloudColors(["#000000", "#ffffff", "#ff0000"])
    a = [cc("w", 10, (0, 0), None, random_state=Random(3)) for _ in range(5)]
    b = [cc("w", 10, (0, 0), None, random_state=Random(3)) for _ in range(5)]
    assert a == b


def test_gradient_runs_from_first_to_last_colour():
    cc = palettes.CloudColors(["#000000", "#ffffff"], "horizontal", 1000, 100)
    left = cc("a", 10, (50, 0), None, font_path=None)
    right = cc("a", 10, (50, 990), None, font_path=None)
    assert palettes.parse_color(left)[0] < 20 and palettes.parse_color(right)[0] > 235
    with pytest.raises(DataError, match="horizontal"):
        palettes.CloudColors(["#000000"], "diagonal")
