"""Chinese clouds: jieba words, Chinese stop words, and a font with a glyph for every drawn character."""

from __future__ import annotations

import pytest

from studio.clouds import fonts, text as textmod
from studio.clouds.render import make_cloud


@pytest.fixture(scope="module")
def call_to_arms(shared_data):
    return make_cloud(file_path=str(shared_data / "text" / "zh" / "CalltoArms.txt"), size=400, max_words=300,
                      random_state=3)


def test_words_come_from_jieba(call_to_arms, shared_data):
    import jieba

    drawn = call_to_arms.drawn_words
    assert len(drawn) > 50
    multi = [w for w in drawn if len(w) >= 2 and textmod.contains_cjk(w)]
    assert len(multi) > 40
    vocabulary = set(jieba.lcut((shared_data / "text" / "zh" / "CalltoArms.txt").read_text(encoding="utf-8")))
    pieces = {p for w in drawn for p in w.split(" ")}
    assert len(pieces & vocabulary) / len(pieces) > 0.95
    assert not set(drawn) & textmod.chinese_stopwords()


def test_the_font_covers_every_drawn_character(call_to_arms):
    chars = {c for w in call_to_arms.drawn_words for c in w}
    assert fonts.missing_characters(call_to_arms.font_path, chars) == set()
    assert any(textmod.contains_cjk(c) for c in chars)


def test_a_latin_font_is_replaced_for_chinese_text():
    result = make_cloud(text="鲁迅 小说 呐喊 鲁迅 小说 Python Python 编程 " * 5, font_path="DejaVu Sans", size=200,
                        random_state=1, icon_name=None)
    assert result.font_path != fonts.resolve_font("DejaVu Sans")
    assert result.notes and "was used instead" in result.notes[0]
    chars = {c for w in result.drawn_words for c in w}
    assert "P" in chars and fonts.missing_characters(result.font_path, chars) == set()


def test_words_no_font_has_are_left_out():
    result = make_cloud(text="hello hello world world ᏣᎳᎩ ᏣᎳᎩ", size=128,
                        random_state=1, icon_name=None)
    assert all("Ꮳ" not in w for w in result.drawn_words)
    assert any("left out" in n for n in result.notes)
