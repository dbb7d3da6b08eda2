"""`studio pixelcnn sample|complete` on a real trained run."""

from __future__ import annotations

import numpy as np
from PIL import Image

from studio.cli import main


def test_sample_writes_a_grid(pixel_run, tmp_path, capsys):
    out = tmp_path / "s.png"
    assert main(["pixelcnn", "sample", str(pixel_run), "--n", "16", "-o", str(out), "--scale", "1"]) == 0
    with Image.open(out) as im:
        assert im.size == (2 + 8 * 30, 2 + 2 * 30)
    assert "16 pictures of 28×28, cached sampling" in capsys.readouterr().out
    # An existing output is replaced only when asked.
    assert main(["pixelcnn", "sample", str(pixel_run), "--n", "2", "-o", str(out)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["pixelcnn", "sample", str(pixel_run), "--n", "2", "-o", str(out), "-y", "--scale", "1"]) == 0
    with Image.open(out) as im:
        assert im.size == (2 + 2 * 30, 32)


def test_complete_an_image_file(pixel_run, tmp_path, capsys):
    from studio.data.digits import load_digits_28

    digit = tmp_path / "x.png"
    Image.fromarray(load_digits_28().images[3].reshape(28, 28)).resize((84, 84)).save(digit)
    out = tmp_path / "c.png"
    assert main(["pixelcnn", "complete", str(pixel_run), "--image", str(digit), "--mask", "bottom-half",
                 "-o", str(out), "--n", "3", "--scale", "1"]) == 0
    with Image.open(out) as im:
        pic = np.asarray(im.convert("L"))
    assert pic.shape == (32, 2 + 4 * 30)
    # Each completion keeps the upper half of the (binarised) picture.
    tops = [pic[2:16, 2 + i * 30:2 + i * 30 + 28] for i in range(1, 4)]
    assert all(np.array_equal(t, tops[0]) for t in tops)
    assert "then 3 completions" in capsys.readouterr().out


def test_errors_are_one_sentence(pixel_run, tmp_path, capsys):
    digit = tmp_path / "x.png"
    Image.fromarray(np.zeros((28, 28), np.uint8)).save(digit)
    assert main(["pixelcnn", "complete", str(pixel_run), "--image", str(digit), "-o", str(digit), "-y"]) == 1
    assert "one of the inputs" in capsys.readouterr().err
    assert main(["pixelcnn", "complete", str(pixel_run), "--image", str(digit), "--mask", "middle",
                 "-o", str(tmp_path / "c.png")]) == 1
    assert "no mask called" in capsys.readouterr().err
    assert main(["pixelcnn", "sample", str(pixel_run), "--n", "0", "-o", str(tmp_path / "s.png")]) == 1
    assert "between 1 and 64" in capsys.readouterr().err
    assert main(["pixelcnn", "sample", str(pixel_run), "-o", str(tmp_path / "s.jpg")]) == 1
    assert ".png" in capsys.readouterr().err
