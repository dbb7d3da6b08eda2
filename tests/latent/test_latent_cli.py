"""`studio latent grid|interpolate|anomalies` on a real trained run."""

from __future__ import annotations

from PIL import Image

from studio.cli import main


def test_grid(vae_run, tmp_path, capsys):
    out = tmp_path / "grid.png"
    assert main(["latent", "grid", str(vae_run), "-o", str(out), "-n", "5", "--scale", "1"]) == 0
    with Image.open(out) as im:
        assert im.size == (5 * 28, 5 * 28)
    assert "5×5" in capsys.readouterr().out


def test_grid_with_a_range(vae_run, tmp_path):
    out = tmp_path / "grid.png"
    assert main(["latent", "grid", str(vae_run), "-o", str(out), "-n", "3", "--range", "-1", "1", "-1", "1"]) == 0
    assert out.exists()


def test_interpolate_with_gif(vae_run, tmp_path, capsys):
    out, gif = tmp_path / "strip.png", tmp_path / "strip.gif"
    rc = main(["latent", "interpolate", str(vae_run), "--from", "0", "--to", "3", "-o", str(out),
               "--gif", str(gif), "--steps", "6", "--mode", "spherical"])
    assert rc == 0
    with Image.open(out) as im:
        assert im.format == "PNG"
    with Image.open(gif) as im:
        assert im.n_frames == 10
    assert "6 steps, spherical" in capsys.readouterr().out


def test_anomalies(vae_run, tmp_path, capsys):
    assert main(["latent", "anomalies", str(vae_run), "-k", "3", "-o", str(tmp_path / "a.png")]) == 0
    text = capsys.readouterr().out
    assert "  1. image" in text and (tmp_path / "a.png").exists()


def test_errors_are_one_sentence(vae_run, tmp_path, capsys):
    rc = main(["latent", "interpolate", str(vae_run), "--from", "0", "--to", "99999", "-o", str(tmp_path / "s.png")])
    err = capsys.readouterr().err
    assert rc == 1 and err.startswith("studio: Image 99999 does not exist") and "Traceback" not in err
    assert not (tmp_path / "s.png").exists()
    rc = main(["latent", "grid", "no-such-run", "-o", str(tmp_path / "g.png"), "--workspace", str(tmp_path)])
    assert rc == 1 and "No run called 'no-such-run'" in capsys.readouterr().err
