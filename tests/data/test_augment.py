"""Augmentations keep size and range; folders at any size (crop, pad), and clear reports of bad folders."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from studio.cli import main
from studio.core.errors import DataError
from studio.data.augment import Augmentation, batch_rng, preview
from studio.data.folder_stream import FolderOptions
from studio.data.importers import load_sources
from studio.data.report import inspect_folder, preview_folder


def pictures(n: int, c: int = 3, side: int = 24) -> np.ndarray:
    rng = np.random.default_rng(1)
    return rng.integers(0, 256, (n, c, side, side), dtype=np.uint8)


@pytest.mark.parametrize("channels", [1, 3])
def test_every_augmentation_keeps_size_type_and_range(channels):
    batch = pictures(6, channels)
    aug = Augmentation.parse("flip,crop,rotate=30,translate=0.2,colour=0.5")
    out = aug(batch.copy(), np.random.default_rng(0))
    assert out.shape == batch.shape and out.dtype == np.uint8
    assert not np.array_equal(out, batch)
    # Seeded per batch: the same items and seed give the same augmentation (exact resume).
    again = aug(batch.copy(), batch_rng(3, np.arange(6)))
    assert np.array_equal(again, aug(batch.copy(), batch_rng(3, np.arange(6))))
    assert not np.array_equal(again, aug(batch.copy(), batch_rng(3, np.arange(1, 7))))


def test_a_flip_alone_mirrors_and_bad_parts_are_one_sentence():
    batch = pictures(1)
    flipped = Augmentation.parse("flip=1")(batch.copy(), np.random.default_rng(0))
    assert np.array_equal(flipped, batch[:, :, :, ::-1])
    assert Augmentation.parse("off") is None
    with pytest.raises(DataError, match="'blur' is not an augmentation"):
        Augmentation.parse("flip,blur")
    with pytest.raises(DataError, match="between 0 and 180"):
        Augmentation.parse("rotate=500")


def test_preview_shows_each_picture_then_its_augmented_copies():
    rows = preview(pictures(3), Augmentation.parse("rotate"), copies=4, seed=0)
    assert rows.shape == (3, 5, 3, 24, 24)
    assert np.array_equal(rows[:, 0], pictures(3))


def make_mixed_folder(root):
    rng = np.random.default_rng(0)
    (root / "cats").mkdir(parents=True)
    (root / "dogs").mkdir()
    for i in range(6):
        size = (60, 40) if i % 2 else (40, 40)
        Image.fromarray(rng.integers(0, 256, (size[1], size[0], 3), dtype=np.uint8)).save(root / "cats" / f"{i}.png")
    Image.fromarray(rng.integers(0, 256, (40, 40), dtype=np.uint8)).save(root / "dogs" / "grey.png")
    Image.fromarray(rng.integers(0, 256, (6, 6, 3), dtype=np.uint8)).save(root / "dogs" / "tiny.png")
    (root / "dogs" / "broken.jpg").write_bytes(b"\xff\xd8 not really a jpeg")
    (root / "dogs" / "cut.png").write_bytes((root / "cats" / "0.png").read_bytes()[:60])
    return root


def test_a_folder_of_broken_mixed_and_tiny_pictures_is_reported_in_sentences(tmp_path, capsys):
    folder = make_mixed_folder(tmp_path / "pets")
    report = inspect_folder(folder, FolderOptions(size=32))
    text = report.sentence()
    assert report.readable == 8 and sorted(report.unreadable) == ["broken.jpg", "cut.png"]
    assert "8 pictures in 2 labelled sub-folders (cats, dogs) will be trained on as 32×32 colour images." in text
    assert "2 file(s) are broken" in text and "mixes 1 grey and 7 colour" in text and "tiny.png" in text
    assert main(["data", "check", str(folder)]) == 0
    assert "broken" in capsys.readouterr().out
    # Training data load too, with notes instead of a crash.
    split = load_sources(str(folder), 0.2, seed=0, options={"size": 32, "fit": "pad"})
    assert split.spec.image_shape == (3, 32, 32)
    assert any("could not be read" in n for n in split.notes) and any("enlarged" in n for n in split.notes)


def test_a_folder_where_nothing_reads_is_one_clear_error(tmp_path, capsys):
    (tmp_path / "junk").mkdir()
    for i in range(3):
        (tmp_path / "junk" / f"{i}.png").write_bytes(b"nope")
    with pytest.raises(DataError, match="None of the 3 image files in 'junk' could be read"):
        inspect_folder(tmp_path / "junk")
    assert main(["data", "check", str(tmp_path / "junk")]) == 1
    assert "could be read" in capsys.readouterr().err


def test_crop_and_pad_fit_a_wide_picture_into_a_square(tmp_path):
    folder = tmp_path / "wide"
    folder.mkdir()
    wide = np.zeros((20, 60, 3), np.uint8)
    wide[:, 25:35] = 255                                   # a white band in the middle
    for i in range(4):
        Image.fromarray(wide).save(folder / f"{i}.png")
    crop = load_sources(str(folder), 0.25, options={"size": 16, "fit": "crop"}).train
    pad = load_sources(str(folder), 0.25, options={"size": 16, "fit": "pad"}).train
    c = next(crop.batches([np.array([0])], "cpu"))["image"][0]
    p = next(pad.batches([np.array([0])], "cpu"))["image"][0]
    assert c.shape == p.shape == (3, 16, 16)
    assert float(c[0, 8, 8]) > 0.9 and float(c[0, 8, 0]) < 0.1    # the crop keeps the middle, enlarged
    assert float(p[0, 0, 8]) < 0.05 and float(p[0, 8, 8]) > 0.9   # the pad adds black bands above, below


def test_the_cli_previews_what_the_model_will_see(tmp_path):
    folder = make_mixed_folder(tmp_path / "pets")
    out = tmp_path / "preview.png"
    assert main(["data", "preview", str(folder), "--augment", "flip,rotate", "--n", "3", "--copies", "2",
                 "-o", str(out)]) == 0
    assert out.exists()
    assert main(["data", "preview", str(folder), "-o", str(out)]) == 1      # exists: not replaced
    assert preview_folder(folder, FolderOptions(size=16), "colour", count=2, copies=1).shape == (2, 2, 3, 16, 16)
