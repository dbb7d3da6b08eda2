"""The preview and its exports without a window: sizes, what an export draws and writes, the status line."""

from __future__ import annotations

import pytest
from PIL import Image

from studio.clouds.preview import (PREVIEW_LAYOUT, ExportOptions, at_export_size, comma_list, describe, export_job,
                                   preview_size)
from studio.clouds.render import make_cloud
from studio.core.tasks import TaskControl, drain


@pytest.fixture(scope="module")
def preview(alice_head):
    return make_cloud(text=alice_head, size=preview_size(2048, 1024), layout_size=PREVIEW_LAYOUT, random_state=3)


def test_the_preview_keeps_the_export_shape_at_512():
    assert preview_size(2048, 2048) == (512, 512)
    assert preview_size(1024, 512) == (512, 256)
    assert preview_size(64, 16384) == (16, 512)  # never thinner than 16 pixels
    assert comma_list(" #fff, ,#000 ,") == ("#fff", "#000") and comma_list("") == ()


def test_an_export_redraws_the_preview_layout_and_writes_it(preview, tmp_path):
    assert preview.image.size == (512, 256)
    path = tmp_path / "cloud.png"
    (big,) = drain(export_job(preview, str(path), ExportOptions(1024, dpi=150))(TaskControl()))
    assert big.image.size == (1024, 512) and big.drawn_words == preview.drawn_words
    with Image.open(path) as image:
        assert image.size == (1024, 512) and round(image.info["dpi"][0]) == 150
    (copied,) = drain(export_job(preview, None, ExportOptions(800))(TaskControl()))  # the clipboard's
    assert copied.image.size == (800, 400) and list(tmp_path.iterdir()) == [path]


def test_full_detail_places_the_words_again(preview):
    detailed = at_export_size(preview, 1024, full_detail=True)
    assert detailed.image.size == (1024, 512)
    assert detailed.spec.layout_size == 1024 and detailed.spec.max_font_size == 2 * preview.spec.max_font_size
    assert len(detailed.layout) >= len(preview.layout)


def test_a_stopped_export_writes_nothing(preview, tmp_path):
    from studio.core.errors import Cancelled

    control = TaskControl()
    control.stop()
    with pytest.raises(Cancelled):
        drain(export_job(preview, str(tmp_path / "cloud.png"), ExportOptions(1024))(control))
    assert list(tmp_path.iterdir()) == []


def test_the_status_line(preview):
    line = describe(preview, 123.4)
    assert line.startswith(f"{len(preview.layout)} words drawn of {len(preview.frequencies)} · seed 3 · 123 ms")
    assert "font " in line and "\n" not in line
