"""Masks and text for word clouds: warnings as notes, too-large pictures, a .txt as the mask."""

from __future__ import annotations

from PIL import Image

from tests.bad_inputs.conftest import Files, assert_one_sentence

CLOUD = ("wordcloud", "--size", "96", "--random_state", "1")


def test_a_large_mask_is_a_note_not_a_raw_warning(cli, tmp_path, text_file, mask_png, monkeypatch):
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 96 * 96 * 2 // 3)  # the 96×96 mask is now "large"
    files = Files(text_file, mask_png)
    outcome = cli(*CLOUD, "--file_path", text_file, "--mask_path", mask_png, "--output_name", tmp_path / "c.png")
    assert outcome.code == 0, outcome.err
    notes = [ln for ln in outcome.err.splitlines() if ln.strip()]
    assert notes == ["note: an image is very large (9,216 pixels); it is read anyway, which takes memory and time."]
    assert "DecompressionBombWarning" not in outcome.err and "warn" not in outcome.err
    files.assert_unchanged()


def test_a_too_large_mask_is_one_sentence(cli, tmp_path, text_file, mask_png, monkeypatch):
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)
    files = Files(text_file, mask_png).watch(tmp_path)
    assert_one_sentence(cli(*CLOUD, "--file_path", text_file, "--mask_path", mask_png, "--output_name",
                            tmp_path / "c.png"), "too large a picture to use as a mask")
    files.assert_unchanged()
    assert not (tmp_path / "c.png").exists()


def test_text_and_mask_mistakes(cli, tmp_path, text_file, mask_png):
    files = Files(text_file, mask_png).watch(tmp_path)
    out = tmp_path / "c.png"
    assert_one_sentence(cli(*CLOUD, "--file_path", text_file, "--mask_path", text_file, "--output_name", out),
                        "not an image that can be opened")
    assert_one_sentence(cli(*CLOUD, "--file_path", tmp_path, "--output_name", out), "folder")
    assert_one_sentence(cli(*CLOUD, "--file_path", tmp_path / "missing.txt", "--output_name", out), "not found")
    assert_one_sentence(cli(*CLOUD, "--file_path", mask_png, "--output_name", out))  # a picture as the text
    assert_one_sentence(cli(*CLOUD, "--text", "rabbit hole", "--output_name", tmp_path / "c.gif"), ".png, .svg")
    files.assert_unchanged()
    assert not out.exists()
