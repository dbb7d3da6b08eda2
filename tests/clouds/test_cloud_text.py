"""Reading and counting words: files, CSV weights, stop words, jieba, and bad input."""

from __future__ import annotations

import pytest

from studio.clouds import text as textmod
from studio.core.errors import DataError


def test_read_file_and_csv_with_header(tmp_path):
    (tmp_path / "a.txt").write_text("hello world", encoding="utf-8")
    assert textmod.read_input(file_path=tmp_path / "a.txt") == "hello world"
    (tmp_path / "w.csv").write_text("word,weight\napple,3\npear,1.5\n", encoding="utf-8")
    assert textmod.read_input(file_path=tmp_path / "w.csv") == [("apple", 3.0), ("pear", 1.5)]
    (tmp_path / "t.csv").write_text("text\nfirst line\nsecond line\n", encoding="utf-8")
    assert "second line" in textmod.read_input(file_path=tmp_path / "t.csv")


def test_csv_with_a_bad_weight_names_it(tmp_path):
    (tmp_path / "w.csv").write_text("apple,3\npear,lots\n", encoding="utf-8")
    with pytest.raises(DataError, match="'lots' of 'pear' is not a number"):
        textmod.read_input(file_path=tmp_path / "w.csv")


def test_gb18030_file_is_read(tmp_path):
    (tmp_path / "zh.txt").write_bytes("我在年青时候也曾经做过许多梦".encode("gb18030"))
    assert textmod.read_input(file_path=tmp_path / "zh.txt").startswith("我在")


def test_binary_file_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "photo.bin"
    data = bytes(range(256)) * 40
    path.write_bytes(data)
    with pytest.raises(DataError, match="is not a text file"):
        textmod.read_input(file_path=path)
    assert path.read_bytes() == data


def test_missing_file():
    with pytest.raises(DataError, match="was not found"):
        textmod.read_input(file_path="/no/such/file.txt")


def test_empty_and_only_stop_words_give_clear_messages():
    stop = textmod.stopword_set(True)
    with pytest.raises(DataError, match="no text"):
        textmod.word_frequencies("   \n", stop)
    with pytest.raises(DataError, match="only punctuation"):
        textmod.word_frequencies("... !!! ???", stop)
    with pytest.raises(DataError, match="stop word"):
        textmod.word_frequencies("the and of it is the and a to", stop)
    with pytest.raises(DataError, match="numbers are not counted"):
        textmod.word_frequencies("1 2 3 2020 42", stop)


def test_stopword_rules_follow_stylecloud():
    default = textmod.stopword_set(True)
    assert "the" in default
    assert textmod.stopword_set(False) == frozenset()
    replaced = textmod.stopword_set(True, ["alice"])
    assert replaced == {"alice"}
    added = textmod.stopword_set(True, ["alice"], add_stopwords=True)
    assert "alice" in added and "the" in added
    assert "的" in textmod.stopword_set(True, cjk=True)


def test_exclude_is_case_insensitive():
    freqs = textmod.word_frequencies("Rabbit rabbit hole hole hole Queen", frozenset(), True, exclude=["RABBIT"])
    assert "rabbit" not in {w.lower() for w in freqs}
    assert "hole" in freqs
    with pytest.raises(DataError, match="excluded"):
        textmod.word_frequencies("Rabbit rabbit", frozenset(), True, exclude=["rabbit"])


def test_chinese_is_segmented_with_jieba_and_mixed_english_kept():
    source = "我们今天学习Python编程语言。Python编程语言很有意思，我们喜欢编程。"
    freqs = textmod.word_frequencies(source, textmod.stopword_set(True, cjk=True), collocations=False)
    assert "Python" in freqs
    assert "编程" in freqs or "编程语言" in freqs
    assert "我们" not in freqs  # a Chinese stop word
    assert all(" " not in w for w in freqs)


def test_list_arguments_from_the_cli_forms():
    from studio.clouds.render import sequence_arg

    assert sequence_arg("[thereof, may, 'united states']") == ("thereof", "may", "united states")
    assert sequence_arg("a,b") == ("a", "b")
    assert sequence_arg(None) is None


def test_a_folder_given_as_the_text_file_is_named_a_folder(tmp_path):
    with pytest.raises(DataError, match="is a folder; give the text file inside it"):
        textmod.read_input(file_path=tmp_path)
