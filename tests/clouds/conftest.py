"""Fixtures for the word-cloud tests: small real texts and images written into tmp_path."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

SMALL = dict(size=256, max_words=150, max_font_size=80, random_state=7)


@pytest.fixture(scope="session")
def alice(shared_data) -> str:
    return (shared_data / "text" / "en" / "alice.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def alice_head(alice) -> str:
    """The first chapters: enough words for a cloud, fast to count."""
    return alice[:40000]


@pytest.fixture
def circle_jpeg_like(tmp_path):
    """A dark disc on an off-white (250) background, as a photo or JPEG gives: not pure white."""
    size = 200
    yy, xx = np.mgrid[:size, :size]
    disc = (xx - 100) ** 2 + (yy - 100) ** 2 < 60 ** 2
    array = np.full((size, size, 3), 250, np.uint8)
    array[disc] = (30, 30, 30)
    path = tmp_path / "disc.png"
    Image.fromarray(array).save(path)
    return path, disc


@pytest.fixture
def transparent_square(tmp_path):
    """An opaque white square on a transparent background: transparency decides the shape."""
    array = np.zeros((100, 100, 4), np.uint8)
    array[25:75, 25:75] = (255, 255, 255, 255)
    path = tmp_path / "square.png"
    Image.fromarray(array, "RGBA").save(path)
    return path
