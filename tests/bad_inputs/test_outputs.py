"""Outputs: never an input (even through a link), never an existing file without -y, never a folder."""

from __future__ import annotations

import os

import pytest

from tests.bad_inputs.conftest import Files, assert_one_sentence

CLOUD = ("wordcloud", "--size", "96", "--random_state", "1")


@pytest.mark.parametrize("alias", ["same", "symlink", "hardlink", "spelling"])
def test_wordcloud_never_writes_over_its_mask(cli, tmp_path, text_file, mask_png, alias):
    out = {"same": mask_png, "symlink": tmp_path / "link.png", "hardlink": tmp_path / "hard.png",
           "spelling": tmp_path / "." / "image.png"}[alias]
    if alias == "symlink":
        os.symlink(mask_png, out)
    elif alias == "hardlink":
        os.link(mask_png, out)
    files = Files(text_file, mask_png)
    for extra in ((), ("--overwrite",)):
        outcome = cli(*CLOUD, "--file_path", text_file, "--mask_path", mask_png, "--output_name", out, *extra)
        assert outcome.code == 1
        assert_one_sentence(outcome, "is the mask itself")
    files.assert_unchanged()


def test_wordcloud_never_writes_over_its_text_or_font(cli, tmp_path, text_file):
    font = tmp_path / "font.ttf"
    font.write_bytes(b"not really a font, but the guard comes first")
    files = Files(text_file, font)
    assert_one_sentence(cli(*CLOUD, "--file_path", text_file, "--output_name", text_file.with_suffix(".txt"),
                            "-y"), "the text file itself")
    assert_one_sentence(cli(*CLOUD, "--file_path", text_file, "--font_path", font, "--output_name",
                            tmp_path / "font.ttf", "-y"), "the font itself")
    files.assert_unchanged()


def test_wordcloud_replaces_an_existing_file_only_with_overwrite(cli, tmp_path, text_file):
    out = tmp_path / "cloud.png"
    out.write_bytes(b"my earlier cloud")
    files = Files(text_file, out)
    assert_one_sentence(cli(*CLOUD, "--file_path", text_file, "--output_name", out),
                        "already exists; add --overwrite")
    files.assert_unchanged()
    assert cli(*CLOUD, "--file_path", text_file, "--output_name", out, "--overwrite").code == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    Files(text_file).watch(tmp_path).assert_unchanged()


def test_one_rule_for_a_missing_folder_it_is_created(cli, tmp_path, text_file, crowd_video):
    out = tmp_path / "new" / "folder" / "cloud.png"
    assert cli(*CLOUD, "--file_path", text_file, "--output_name", out).code == 0 and out.is_file()
    listing = tmp_path / "lists" / "s.csv"
    assert cli("highlights", crowd_video, "--segments-only", "-o", listing, "-q").code == 0 and listing.is_file()
    reel = tmp_path / "reels" / "best.mp4"  # a reel refused this before issue 10
    assert cli("highlights", crowd_video, "-o", reel, "-q", "--top", "1").code == 0 and reel.is_file()


def test_an_existing_folder_as_output_is_one_sentence_before_any_work(cli, tmp_path, text_file, crowd_video):
    folder = tmp_path / "out"
    folder.mkdir()
    assert_one_sentence(cli(*CLOUD, "--file_path", text_file, "--output_name", folder, "-y"), "is a folder")
    assert_one_sentence(cli("highlights", crowd_video, "-o", folder, "-y", "-q"), "is a folder")
    (folder / "x.mp4").mkdir()
    outcome = cli("highlights", crowd_video, "-o", folder / "x.mp4", "-y")
    assert_one_sentence(outcome, "is a folder")
    assert "Analysing" not in outcome.err  # refused before the analysis, not after the encoding
    assert_one_sentence(cli("highlights", crowd_video, "--segments-only", "-o", folder, "-q"), "is a folder")
    assert sorted(p.name for p in folder.iterdir()) == ["x.mp4"]


def test_highlights_outputs_are_never_the_video_or_one_another(cli, tmp_path, crowd_video):
    files = Files(crowd_video).watch(tmp_path)
    link = tmp_path / "link.mp4"
    os.symlink(crowd_video, link)
    assert_one_sentence(cli("highlights", crowd_video, "-o", link, "-y", "-q"), "the video it is cut from itself")
    assert_one_sentence(cli("highlights", crowd_video, "--segments-only", "-o", tmp_path / "s.csv",
                            "--segments", tmp_path / "s.csv", "-q"), "Two outputs name the same file")
    existing = tmp_path / "old.json"
    existing.write_text("{}")
    assert_one_sentence(cli("highlights", crowd_video, "--segments-only", "--segments", existing, "-q"),
                        "already exists; add --overwrite")
    assert existing.read_text() == "{}"
    files.assert_unchanged()
