"""Which tab a dropped path goes to, and the recent list kept in the settings: Qt-free, no display needed."""

from __future__ import annotations

import json

import pytest

from studio.core.settings import Settings
from studio.ui.welcome import routing
from studio.ui.welcome.recent import FILES, LIMIT, RUNS, RecentItems


def touch(path, data=b"x"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("name, kind, target", [
    ("song.mid", "midi", routing.MUSIC), ("SONG.MIDI", "midi", routing.MUSIC),
    ("clip.mp4", "video", routing.HIGHLIGHTS), ("clip.MKV", "video", routing.HIGHLIGHTS),
    ("talk.wav", "audio", routing.HIGHLIGHTS), ("talk.mp3", "audio", routing.HIGHLIGHTS),
    ("talk.m4a", "audio", routing.HIGHLIGHTS),
    ("poem.txt", "text", routing.WORDS), ("notes.md", "text", routing.WORDS), ("w.csv", "text", routing.WORDS),
    ("cat.png", "image", routing.WORD_MASK), ("cat.JPG", "image", routing.WORD_MASK),
    ("paper.pdf", "other", routing.NOWHERE), ("noext", "other", routing.NOWHERE),
])
def test_files_go_to_their_tabs(tmp_path, name, kind, target):
    r = routing.route(touch(tmp_path / name))
    assert (r.kind, r.target) == (kind, target)
    assert r.opens == (target != routing.NOWHERE)


def test_real_shared_files(shared_data):
    assert routing.route(next((shared_data / "midi").rglob("*.mid"))).target == routing.MUSIC
    assert routing.route(shared_data / "video" / "whisper-jfk.mp4").kind == "video"
    assert routing.route(shared_data / "audio" / "whisper-jfk.wav").kind == "audio"
    assert routing.route(shared_data / "text" / "en" / "gettysburg.txt").target == routing.WORDS
    assert routing.route(shared_data / "audio").target == routing.NOWHERE   # sounds, no pictures


def test_folders(tmp_path):
    flat = tmp_path / "flat"
    touch(flat / "a.webp")
    classes = tmp_path / "classes"
    touch(classes / "cats" / "1.png")
    touch(classes / "README.txt")
    empty = tmp_path / "empty"
    empty.mkdir()
    assert routing.route(flat) == routing.Route(flat, "image_folder", routing.GAN_DATASET)
    assert routing.route(classes).target == routing.GAN_DATASET      # sub-folders are classes
    assert routing.route(empty).target == routing.NOWHERE
    assert routing.route(tmp_path / "gone.mid").kind == "missing"


def test_a_huge_folder_is_looked_into_only_so_far(tmp_path):
    for i in range(30):
        touch(tmp_path / f"{i:02d}.dat")
    touch(tmp_path / "sub" / "a.png")     # sub-folders are looked into after the folder's own entries
    assert routing.has_images(tmp_path)
    assert not routing.has_images(tmp_path, limit=10)


def run_folder(root, model, capabilities, epochs=3):
    info = {"model": model, "dataset": "digits", "status": "completed", "capabilities": capabilities,
            "epochs_done": epochs, "train": {"epochs": epochs}}
    touch(root / model / "run.json", json.dumps(info).encode())
    return root / model


@pytest.mark.parametrize("model, capabilities, tab", [
    ("vae", ["encode", "decode", "sample"], "latent"), ("dcgan", ["decode", "sample"], "gan"),
    ("pixelcnn", ["sample", "complete"], "pixels"), ("note-rnn", ["sample", "complete"], "music"),
    ("rbm", ["sample"], "training"),
])
def test_run_folders_open_in_the_tab_of_their_model(tmp_path, model, capabilities, tab):
    folder = run_folder(tmp_path, model, capabilities)
    r = routing.route(folder)
    assert (r.kind, r.target, r.tab) == ("run", routing.RUN, tab)
    assert routing.route(folder / "run.json").tab == tab       # its run.json, dropped, opens the run too


def test_image_suffixes_match_the_folder_reader():
    from studio.data.folder_stream import IMAGE_SUFFIXES
    from studio.data.midi_files import MIDI_SUFFIXES

    assert routing.IMAGE_SUFFIXES == set(IMAGE_SUFFIXES)
    assert routing.MIDI_SUFFIXES == set(MIDI_SUFFIXES)


def test_recent_items_newest_first_without_duplicates_and_limited(tmp_path):
    recent = RecentItems(Settings())
    paths = [touch(tmp_path / f"{i}.txt") for i in range(LIMIT + 3)]
    for p in paths:
        recent.add(FILES, p, "text")
    recent.add(FILES, paths[5], "text")
    names = [i.name for i in recent.items(FILES)]
    assert names[0] == "5.txt" and names.count("5.txt") == 1 and len(names) == LIMIT
    assert recent.items(RUNS) == []


def test_recent_items_persist_prune_and_clear(tmp_path):
    settings = Settings()
    keep, gone = touch(tmp_path / "keep.mid"), touch(tmp_path / "gone.mid")
    recent = RecentItems(settings)
    recent.add(FILES, keep, "midi")
    recent.add(FILES, gone, "midi")
    recent.add(RUNS, tmp_path, "latent")
    gone.unlink()

    again = RecentItems(Settings.load())        # saved with the settings, read back as on the next start
    assert [i.path for i in again.items(FILES)] == [str(gone), str(keep)]
    assert [i.name for i in again.prune()] == ["gone.mid"]
    assert [i.path for i in again.items(FILES)] == [str(keep)]
    assert again.items(RUNS)[0].kind == "latent"
    again.clear()
    assert RecentItems(Settings.load()).items(FILES) == []


def test_damaged_recent_entries_are_skipped():
    settings = Settings(extra={"recent": {"files": [{"path": 3}, "x", {"path": "/a/b.txt", "kind": "text"}],
                                          "runs": None}})
    recent = RecentItems(settings)
    assert [i.path for i in recent.items(FILES)] == ["/a/b.txt"]
    assert recent.items(RUNS) == []
    settings.extra["recent"] = "nonsense"
    assert recent.items(FILES) == []
