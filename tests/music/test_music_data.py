"""Music datasets: folder import with a report of what was skipped, the Bach corpus conversion, sources."""

import json
import shutil

import numpy as np
import pytest

from studio.cli import main as studio_main
from studio.core.errors import Cancelled, DataError
from studio.core.tasks import Progress, TaskControl
from studio.data import bach
from studio.data.importers import load_sources
from studio.data.midi_dataset import MidiCollection, import_midi_folder, load_music_sources
from studio.music.midi_io import read_midi, write_midi
from studio.music.song import Note, Song, Track


@pytest.fixture
def midi_folder(shared_data, tmp_path):
    """Six real chorales, one in a sub-folder, a drums-only file, a broken file and an empty one."""
    folder = tmp_path / "midi"
    (folder / "more").mkdir(parents=True)
    chorales = sorted((shared_data / "midi" / "music21-bach").glob("*.mid"))[:6]
    for path in chorales[:5]:
        shutil.copy(path, folder / path.name)
    shutil.copy(chorales[5], folder / "more" / chorales[5].name)
    write_midi(Song((Track("Kit", 0, True, (Note(36, 0, 0.1), Note(38, 0.5, 0.6))),)), folder / "drums.mid")
    (folder / "broken.mid").write_bytes(chorales[0].read_bytes()[:40])
    (folder / "empty.mid").write_bytes(b"")
    (folder / "notes.txt").write_text("not music")
    return folder


def test_folder_import_skips_broken_files_and_reports_why(midi_folder):
    items = list(import_midi_folder(midi_folder))
    progress = [i for i in items if isinstance(i, Progress)]
    assert [p.done for p in progress] == list(range(1, 10)) and progress[-1].total == 9
    collection = items[-1]
    assert isinstance(collection, MidiCollection)
    assert len(collection.pieces) == 6 and any(name.startswith("more/") for name, _ in collection.pieces)
    reasons = {s["file"]: s["reason"] for s in collection.skipped}
    assert set(reasons) == {"broken.mid", "drums.mid", "empty.mid"}
    assert "damaged MIDI file" in reasons["broken.mid"] and "empty" in reasons["empty.mid"]
    assert "drum" in reasons["drums.mid"]
    kept = list(import_midi_folder(midi_folder, drums=True))[-1]
    assert "drums.mid" in {name for name, _ in kept.pieces}


def test_cli_import_writes_the_report_and_keeps_existing_files(midi_folder, tmp_path, capsys):
    report = tmp_path / "report.json"
    assert studio_main(["music", "import", str(midi_folder), "--report", str(report), "--quiet"]) == 0
    data = json.loads(report.read_text())
    assert data["summary"] == {**data["summary"], "files": 9, "used": 6, "skipped": 3}
    assert {u["file"] for u in data["used"]} >= {"more/" + p.name for p in (midi_folder / "more").iterdir()}
    assert "6 of 9 files used" in capsys.readouterr().out
    assert studio_main(["music", "import", str(midi_folder), "--report", str(report), "--quiet"]) == 1
    assert "already exists" in capsys.readouterr().err
    assert studio_main(["music", "import", str(tmp_path / "nowhere"), "--quiet"]) == 1


def test_sources_split_by_piece_tokenise_as_asked_and_augment(midi_folder):
    request = {"tokens": "note-set", "fs": 4, "window": 16, "transpose": 2}
    split = load_music_sources(str(midi_folder), request, val_fraction=0.2, seed=0)
    spec = split.spec
    assert spec.kind == "tokens" and spec.extra["tokens"] == "note-set" and spec.extra["fs"] == 4
    assert spec.vocab_size == len(spec.extra["vocabulary"]) and spec.extra["vocabulary"][:2] == ["<pad>", "e"]
    assert all(len(s) <= 17 for s in split.train.sequences)
    assert "5 for training, 25 with transpositions, 1 for validation" in split.notes[0]
    plain = load_music_sources(str(midi_folder), {**request, "transpose": 0}, val_fraction=0.2, seed=0)
    assert len(split.train) > 4 * len(plain.train)
    events = load_sources(str(midi_folder), request={"tokens": "events", "window": 64}, val_fraction=0.2)
    assert events.spec.vocab_size == 1 + 256 + 100 + 32 and max(len(s) for s in events.val.sequences) == 65
    batch = next(iter(events.train.batches([np.arange(3)], "cpu")))
    assert batch["tokens"].shape == batch["mask"].shape
    with pytest.raises(DataError, match="learn from MIDI files"):
        load_sources("digits", request=request)


def test_bach_chorales_convert_with_progress_cancel_and_resume(tmp_path):
    control = TaskControl()
    done = []
    with pytest.raises(Cancelled):
        for item in bach.convert_chorales(tmp_path, control, limit=3):
            done.append(item)
            if isinstance(item, Progress) and item.done == 2:
                control.stop()
    folder = bach.cache_folder(tmp_path)
    assert len(list(folder.glob("*.mid"))) == 2 and done[0].total == 3
    items = list(bach.convert_chorales(tmp_path, limit=3))              # resumes: one more piece
    assert items[-1] == folder and len(list(folder.glob("*.mid"))) == 3
    song = read_midi(sorted(folder.glob("*.mid"))[0])
    assert len(song.tracks) >= 4 and song.note_count() > 50            # four voices
    assert len(bach.chorale_scores()) > 350 and not bach.is_converted(tmp_path)


def test_bach_chorales_convert_in_worker_processes_stop_and_resume(tmp_path, monkeypatch):
    monkeypatch.setattr(bach, "MIN_PER_WORKER", 2)       # 6 scores: two worker processes here
    monkeypatch.setattr(bach.os, "cpu_count", lambda: 2)
    control = TaskControl()
    with pytest.raises(Cancelled):
        for item in bach.convert_chorales(tmp_path, control, limit=6):
            if isinstance(item, Progress) and item.done == 2:
                control.stop()
    folder = bach.cache_folder(tmp_path)
    assert 2 <= len(list(folder.glob("*.mid"))) <= 4     # the two being parsed at the stop are kept
    items = list(bach.convert_chorales(tmp_path, limit=6))
    assert items[-1] == folder and items[-2].done == 6
    names = sorted(p.stem for p in folder.glob("*.mid"))
    assert names == sorted(s.stem for s in bach.chorale_scores()[:6])
    assert all(read_midi(folder / f"{name}.mid").note_count() > 50 for name in names)


def test_preparing_bach_converts_once_with_progress(tmp_path, monkeypatch):
    from studio.data.importers import prepare_dataset

    two = bach.chorale_scores()[:2]
    monkeypatch.setattr(bach, "chorale_scores", lambda: two)     # the whole corpus takes minutes
    steps = list(prepare_dataset("bach", tmp_path))
    assert [p.done for p in steps] == [1, 2] and all(isinstance(p, Progress) for p in steps)
    assert bach.is_converted(tmp_path) and list(prepare_dataset("bach", tmp_path)) == []
    assert list(prepare_dataset("digits", tmp_path)) == []
