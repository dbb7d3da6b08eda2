import gzip
import struct

import numpy as np
import pytest
from PIL import Image

from studio.core.errors import DataError
from studio.data.digits import load_digits_28
from studio.data.importers import load_dataset, load_image_folder, load_npz, read_idx


def write_idx(path, array, compress=False):
    header = struct.pack(">BBBB", 0, 0, 0x08, array.ndim) + struct.pack(f">{array.ndim}I", *array.shape)
    data = header + array.astype(np.uint8).tobytes()
    path.write_bytes(gzip.compress(data) if compress else data)


def test_digits_are_28x28_in_mnist_layout():
    ds = load_digits_28()
    assert ds.images.shape == (1797, 1, 28, 28) and ds.images.dtype == np.uint8
    assert ds.label_names == [str(i) for i in range(10)]
    # The 4-pixel border is empty, the digits fill the centre and reach full intensity.
    assert ds.images[:, :, :4].max() == 0 and ds.images[:, :, :, 24:].max() == 0
    assert ds.images.max() >= 250


def test_split_is_seeded_and_disjoint():
    a = load_dataset("digits", 0.2, seed=3)
    b = load_dataset("digits", 0.2, seed=3)
    assert len(a.val) == round(1797 * 0.2) and len(a.train) + len(a.val) == 1797
    assert np.array_equal(a.val.images, b.val.images)
    assert not np.array_equal(load_dataset("digits", 0.2, seed=4).val.labels, a.val.labels)


def test_real_mnist_idx(shared_data):
    split = load_dataset(str(shared_data / "mnist"))
    assert split.train.images.shape == (60000, 1, 28, 28)
    assert split.val.images.shape == (10000, 1, 28, 28)
    assert split.train.labels[:8].tolist() == [5, 0, 4, 1, 9, 2, 1, 3]
    assert split.label_names == [str(i) for i in range(10)]


@pytest.mark.parametrize("compress", [False, True])
def test_idx_raw_and_gz(tmp_path, compress):
    arr = np.arange(2 * 3 * 4).reshape(2, 3, 4)
    path = tmp_path / "x-idx3-ubyte"
    write_idx(path, arr, compress)
    assert np.array_equal(read_idx(path), arr)


def test_corrupt_idx_gives_a_sentence_and_leaves_file(tmp_path):
    path = tmp_path / "train-images-idx3-ubyte"
    write_idx(path, np.zeros((10, 28, 28)))
    truncated = path.read_bytes()[:500]
    path.write_bytes(truncated)
    with pytest.raises(DataError, match="damaged"):
        read_idx(path)
    assert path.read_bytes() == truncated
    (tmp_path / "bad.gz").write_bytes(b"\x1f\x8b" + b"garbage" * 10)
    with pytest.raises(DataError, match="gzip"):
        read_idx(tmp_path / "bad.gz")
    (tmp_path / "text-idx3-ubyte").write_text("hello world")
    with pytest.raises(DataError, match="not an IDX"):
        read_idx(tmp_path / "text-idx3-ubyte")


def test_empty_image_folder(tmp_path):
    (tmp_path / "cats").mkdir()
    with pytest.raises(DataError, match="has no images"):
        load_dataset(str(tmp_path))


def test_image_folder_converts_mixed_sizes_and_modes(tmp_path):
    for label, n in (("a", 3), ("b", 2)):
        (tmp_path / label).mkdir()
        for i in range(n):
            Image.new("L", (16, 16), 200).save(tmp_path / label / f"{i}.png")
    Image.new("RGBA", (20, 12), (255, 0, 0, 128)).save(tmp_path / "b" / "odd.png")
    (tmp_path / "a" / "broken.png").write_bytes(b"not a png")
    ds = load_image_folder(tmp_path)
    assert ds.images.shape == (6, 3, 16, 16)
    assert ds.label_names == ["a", "b"] and sorted(ds.labels.tolist()) == [0, 0, 0, 1, 1, 1]
    text = " ".join(ds.notes)
    assert "converted" in text and "resized" in text and "could not be read" in text


def test_npz(tmp_path):
    np.savez(tmp_path / "d.npz", x=np.random.rand(5, 8, 8).astype(np.float32), y=np.arange(5))
    ds = load_npz(tmp_path / "d.npz")
    assert ds.images.shape == (5, 1, 8, 8) and ds.images.dtype == np.uint8 and ds.labels.tolist() == [0, 1, 2, 3, 4]
    np.savez(tmp_path / "obj.npz", x=np.array([{"a": 1}], dtype=object))
    with pytest.raises(DataError, match="Python objects"):
        load_npz(tmp_path / "obj.npz")
    np.savez(tmp_path / "none.npz", foo=np.zeros(3))
    with pytest.raises(DataError, match="no array named"):
        load_npz(tmp_path / "none.npz")
    # Random bytes are not "Python objects": they are not an archive at all (issue 10).
    (tmp_path / "noise.npz").write_bytes(np.random.default_rng(0).bytes(4096))
    with pytest.raises(DataError, match="is not a readable .npz archive") as info:
        load_npz(tmp_path / "noise.npz")
    assert "Python objects" not in str(info.value)


def test_unknown_spec():
    with pytest.raises(DataError, match="neither a built-in"):
        load_dataset("no/such/thing")
