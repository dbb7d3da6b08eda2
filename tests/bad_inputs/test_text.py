"""Text given to `studio wordcloud`: empty, only stop words, not text at all, or text in another encoding."""

from __future__ import annotations

import os

import pytest

from tests.bad_inputs.conftest import Files, assert_one_sentence

CLOUD = ("wordcloud", "--size", "96", "--random_state", "1")


@pytest.mark.parametrize("content", [b"", b"the and of a it is the and", os.urandom(2048), b"\x00" * 100])
def test_text_without_words_is_one_sentence(cli, tmp_path, content):
    text = tmp_path / "words.txt"
    text.write_bytes(content)
    out = tmp_path / "cloud.png"
    files = Files(text).watch(tmp_path)
    assert_one_sentence(cli(*CLOUD, "--file_path", text, "--output_name", out))
    files.assert_unchanged()
    assert not out.exists()


def test_utf16_text_makes_a_cloud(cli, tmp_path):
    text = tmp_path / "words.txt"
    text.write_bytes(("rabbit hole queen tea party " * 20).encode("utf-16"))
    out = tmp_path / "cloud.png"
    outcome = cli(*CLOUD, "--file_path", text, "--output_name", out)
    assert outcome.code == 0, outcome.err
    assert out.is_file()
