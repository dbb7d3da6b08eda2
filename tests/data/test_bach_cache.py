"""The chorales' conversion cache carries a version: an earlier studio's cache (music21 alone) stays valid,
one of an unknown version is converted again once, with progress; the manifest says which path each
piece took."""

from __future__ import annotations

import json

from studio.core.tasks import Progress
from studio.data import bach
from studio.data.importers import needs_preparing, prepare_dataset


def _two(monkeypatch):
    scores = [s for s in bach.chorale_scores() if s.name in ("bwv1.6.mxl", "bwv10.7.mxl")]
    monkeypatch.setattr(bach, "chorale_scores", lambda: scores)
    return scores


def test_a_cache_converted_by_an_earlier_studio_is_kept(tmp_path, monkeypatch):
    _two(monkeypatch)
    folder = bach.cache_folder(tmp_path)
    folder.mkdir(parents=True)
    (folder / "bwv1.6.mid").write_bytes(b"MThd from music21")
    (folder / bach.MANIFEST).write_text(json.dumps({"pieces": 1, "skipped": []}))   # version 1: no "version"
    assert bach.cache_version(tmp_path) == 1 and bach.is_converted(tmp_path)
    assert not needs_preparing("bach", tmp_path) and list(prepare_dataset("bach", tmp_path)) == []
    assert list(bach.convert_chorales(tmp_path)) == [folder]
    assert (folder / "bwv1.6.mid").read_bytes() == b"MThd from music21"
    assert bach.conversion_report(tmp_path) == {"music21": 1}


def test_a_cache_of_an_unknown_version_is_converted_again_once_with_progress(tmp_path, monkeypatch):
    scores = _two(monkeypatch)
    folder = bach.cache_folder(tmp_path)
    folder.mkdir(parents=True)
    for name in ("bwv1.6.mid", "old-name.mid"):
        (folder / name).write_bytes(b"MThd written differently")
    (folder / bach.MANIFEST).write_text(json.dumps({"version": 99, "pieces": 2}))
    assert bach.cache_version(tmp_path) == 99 and not bach.is_converted(tmp_path)
    assert needs_preparing("bach", tmp_path)
    steps = list(prepare_dataset("bach", tmp_path))
    assert [p.done for p in steps] == [1, 2] and all(isinstance(p, Progress) for p in steps)
    assert sorted(p.name for p in folder.glob("*.mid")) == sorted(s.stem + ".mid" for s in scores)
    assert (folder / "bwv1.6.mid").read_bytes()[:4] == b"MThd" and bach.cache_version(tmp_path) == bach.CACHE_VERSION
    manifest = json.loads((folder / bach.MANIFEST).read_text())
    assert manifest["files"]["bwv1.6.mid"] == {"score": "bwv1.6.mxl", "via": "musicxml"}
    assert bach.conversion_report(tmp_path) == {"musicxml": 2}
    assert list(prepare_dataset("bach", tmp_path)) == []                      # once


def test_an_unreadable_manifest_is_converted_again(tmp_path, monkeypatch):
    _two(monkeypatch)
    folder = bach.cache_folder(tmp_path)
    folder.mkdir(parents=True)
    (folder / bach.MANIFEST).write_text("{not json")
    assert not bach.is_converted(tmp_path)
    assert list(bach.convert_chorales(tmp_path))[-1] == folder and bach.is_converted(tmp_path)


def test_a_chorale_in_two_formats_is_read_from_its_musicxml():
    scores = bach.chorale_scores()
    names = [s.name for s in scores]
    assert "bwv277.mxl" in names and "bwv277.krn" not in names
    assert len(names) == len({s.stem for s in scores}) > 350
