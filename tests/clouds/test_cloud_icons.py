"""Font Awesome icons: stylecloud's names and FA6's, search, suggestions, rendering."""

from __future__ import annotations

import numpy as np
import pytest

from studio.clouds import icons
from studio.core.errors import DataError

# Every icon name in stylecloud's README and its examples repository.
STYLECLOUD_DOC_ICONS = ["fas fa-flag", "fas fa-dog", "fas fa-grin", "fab fa-twitter"]


@pytest.mark.parametrize("name", STYLECLOUD_DOC_ICONS + ["fa-solid fa-dog", "fa-brands fa-twitter",
                                                          "far fa-heart", "fa-cat", "dog"])
def test_documented_icons_render(name):
    icon = icons.resolve_icon(name)
    image = np.asarray(icons.render_icon(icon, 128, 96))
    assert image.shape == (96, 128)
    covered = (image >= 128).mean()
    assert 0.1 < covered < 0.95


def test_fa5_name_renamed_in_fa6_is_found():
    assert icons.resolve_icon("fas fa-grin").name == "face-grin"


def test_every_free_icon_has_a_glyph():
    empty = [i.css_name for i in icons.icon_catalog() if not np.asarray(icons.render_icon(i, 24, 24)).any()]
    assert empty == []
    assert len(icons.icon_catalog()) > 1500


def test_unknown_icon_suggests_close_names():
    with pytest.raises(DataError) as info:
        icons.resolve_icon("fas fa-dgo")
    assert "fa-dog" in str(info.value) and "Did you mean" in str(info.value)


def test_search_uses_names_and_search_terms():
    names = [i.name for i in icons.search_icons("dog")]
    assert names[0] == "dog"
    assert "dog" in [i.name for i in icons.search_icons("puppy")]  # a search term, not in the name
    assert icons.search_icons("zzzzqqq") == []


def test_aspect_ratio_is_kept():
    icon = icons.resolve_icon("fas fa-flag")
    wide = np.asarray(icons.render_icon(icon, 400, 100)) >= 128
    cols = np.where(wide.any(axis=0))[0]
    assert cols.max() - cols.min() < 200  # the flag is not stretched across the wide canvas
