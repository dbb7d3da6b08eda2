"""Mask images: near-white and transparent backgrounds, inversion, shapes with nothing in them."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from studio.clouds import masks
from studio.core.errors import DataError


def test_near_white_background_is_outside(circle_jpeg_like):
    path, disc = circle_jpeg_like
    inside = masks.shape_from_image(masks.load_mask_image(path))
    assert (inside == disc).mean() > 0.99


def test_transparency_decides_when_present(transparent_square):
    inside = masks.shape_from_image(masks.load_mask_image(transparent_square))
    assert inside[50, 50] and not inside[5, 5]  # a white square still counts: it is opaque
    assert masks.shape_from_image(masks.load_mask_image(transparent_square), invert=True)[5, 5]


def test_fit_keeps_proportions():
    inside = np.ones((10, 20), bool)
    fitted = masks.fit_shape(inside, 100, 100)
    assert fitted[50, 50] and not fitted[5, 50] and fitted.sum() == pytest.approx(100 * 50, rel=0.05)


def test_blank_mask_is_refused(tmp_path):
    path = tmp_path / "white.png"
    Image.new("RGB", (64, 64), (253, 253, 253)).save(path)
    with pytest.raises(DataError, match="has no shape"):
        masks.check_shape(masks.shape_from_image(masks.load_mask_image(path)))


def test_not_an_image(tmp_path):
    path = tmp_path / "fake.png"
    path.write_text("not an image")
    with pytest.raises(DataError, match="not an image"):
        masks.load_mask_image(path)


def test_a_folder_given_as_the_mask_is_named_a_folder(tmp_path):
    with pytest.raises(DataError, match="is a folder; choose a picture"):
        masks.load_mask_image(tmp_path)
