"""Reading the words of a cloud: text or a word,weight CSV, stop words, and jieba for Chinese."""

from __future__ import annotations

import csv
import functools
import io
import logging
import os
import re
from pathlib import Path
from typing import Iterable

from studio.core.errors import DataError
from studio.resources import resource_path

# Han ideographs (with extensions A and the compatibility block), kana and hangul: text that needs a
# CJK font, and (for Han) word segmentation because it has no spaces between words.
_CJK_RE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_HAN_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# For Chinese, tokens of two characters or more: jieba leaves most particles and pronouns as single
# characters. Other text keeps word_cloud's own pattern, so English is counted exactly as there.
_CJK_TOKEN_RE = r"\w[\w']+"

Weighted = list[tuple[str, float]]


def contains_cjk(text: str) -> bool:
    return _CJK_RE.search(text) is not None


def decode_bytes(data: bytes, name: str = "the file") -> str:
    """Text from bytes in UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030 (older Chinese files).

    Raises DataError for binary data rather than guessing a text out of it.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    head = data[:8192]
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in head or (head and controls / len(head) > 0.05):
        raise DataError(f"{name} is not a text file. Open a .txt, .md or .csv file with words in it.")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DataError(f"{name} is not a text file in UTF-8 or GB18030. Save it as UTF-8 text and try again.")


def parse_csv(text: str, name: str = "the CSV file") -> Weighted | str:
    """stylecloud's CSV input: two columns (word, weight) give weights; one column is plain text.

    A first row whose weight is not a number is taken as a header.
    """
    rows = [r for r in csv.reader(io.StringIO(text)) if r and any(c.strip() for c in r)]
    if not rows:
        return ""
    width = max(len(r) for r in rows)
    if width == 1:
        return "\n".join(r[0] for r in rows)
    if width > 2:
        raise DataError(f"{name} has {width} columns; use one column of text, or two: word and weight.")
    if len(rows[0]) == 2 and not _is_number(rows[0][1]):
        rows = rows[1:]
    weighted: Weighted = []
    for line, row in enumerate(rows, start=2):
        if len(row) < 2 or not row[0].strip():
            continue
        if not _is_number(row[1]):
            raise DataError(f"In {name}, the weight '{row[1]}' of '{row[0]}' is not a number.")
        weight = float(row[1])
        if weight > 0:
            weighted.append((row[0].strip(), weight))
    return weighted


def _is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def read_input(text: str | None = None, file_path: str | os.PathLike | None = None) -> str | Weighted:
    """The cloud's input: ``text`` as it is, or the contents of ``file_path`` (text, or a CSV of weights)."""
    if file_path is not None and str(file_path) != "":
        path = Path(file_path).expanduser()
        if path.is_dir():
            raise DataError(f"'{path}' is a folder; give the text file inside it (a .txt, or a .csv of weights).")
        if not path.is_file():
            raise DataError(f"The file '{path}' was not found.")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise DataError(f"The file '{path.name}' cannot be read ({exc.strerror or exc}).") from exc
        content = decode_bytes(data, f"'{path.name}'")
        if path.suffix.lower() == ".csv":
            return parse_csv(content, f"'{path.name}'")
        return content
    if isinstance(text, (list, tuple)):
        return [(str(w), float(v)) for w, v in text]
    return text or ""


@functools.lru_cache(maxsize=1)
def chinese_stopwords() -> frozenset[str]:
    path = resource_path("stopwords", "zh.txt")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(l.strip() for l in lines if l.strip() and not l.startswith("#"))


def english_stopwords() -> frozenset[str]:
    from wordcloud import STOPWORDS

    return frozenset(STOPWORDS)


def stopword_set(stopwords: bool = True, custom_stopwords: Iterable[str] | None = None,
                 add_stopwords: bool = False, cjk: bool = False) -> frozenset[str]:
    """stylecloud's rules: ``custom_stopwords`` replace the defaults, or join them when ``add_stopwords``.

    The defaults are word_cloud's English list, plus a Chinese list when the text has CJK characters.
    """
    if not stopwords:
        return frozenset()
    default = english_stopwords() | (chinese_stopwords() if cjk else frozenset())
    if custom_stopwords is None:
        return default
    custom = frozenset(w.strip() for w in custom_stopwords if w and w.strip())
    return default | custom if add_stopwords else custom


def segment_chinese(text: str) -> str:
    """Text with spaces between words, cut by jieba, so that word_cloud can count Chinese words."""
    import jieba

    jieba.setLogLevel(logging.WARNING)  # its "Building prefix dict" chatter is not for the user
    return " ".join(jieba.lcut(text))


@functools.lru_cache(maxsize=8)
def _count(text: str, stopwords: frozenset[str], collocations: bool) -> tuple[tuple[str, float], ...]:
    from wordcloud import WordCloud

    regexp = None
    if _HAN_RE.search(text):
        text = segment_chinese(text)
        regexp = _CJK_TOKEN_RE
    counter = WordCloud(stopwords=set(stopwords), collocations=collocations, regexp=regexp)
    freqs = counter.process_text(text)
    # Most frequent first; ties keep word_cloud's order (a stable sort), so word_cloud, which sorts the
    # same way, lays the words out exactly as it would from the text itself.
    return tuple(sorted(freqs.items(), key=lambda kv: -kv[1]))


def word_frequencies(source: str | Weighted, stopwords: frozenset[str] = frozenset(),
                     collocations: bool = True, exclude: Iterable[str] = ()) -> dict[str, float]:
    """Words and their counts (or weights), most frequent first, without ``exclude`` (any case).

    Raises DataError when there is nothing to draw.
    """
    excluded = {w.lower() for w in exclude}
    if isinstance(source, str):
        if not source.strip():
            raise DataError("There is no text to make a word cloud from. Type or paste some text, or open a file.")
        if not re.search(r"\w", source):
            raise DataError("The text has no words in it, only punctuation or symbols.")
        items = _count(source, frozenset(stopwords), bool(collocations))
        if not items:
            if stopwords and _count(source, frozenset(), False):
                raise DataError("Every word in the text is a stop word, so nothing is left to draw. "
                                "Turn stop words off or add more text.")
            raise DataError("The text has no words to draw: numbers are not counted as words.")
    else:
        if not source:
            raise DataError("The word list is empty. Give one word and one weight per line.")
        totals: dict[str, float] = {}
        for word, weight in source:
            totals[word] = totals.get(word, 0.0) + float(weight)
        items = tuple(sorted(totals.items(), key=lambda kv: -kv[1]))
    freqs = {w: c for w, c in items if w.lower() not in excluded}
    if not freqs:
        raise DataError("Every word has been excluded, so nothing is left to draw. Include some words again.")
    return freqs
