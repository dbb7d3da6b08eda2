"""Sampling and completion jobs on a real trained run: seeded, stoppable, visible pixels kept; masks; pictures."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from studio.core.errors import Cancelled, StudioError
from studio.core.tasks import TaskControl
from studio.core.workspace import Run
from studio.pixels.jobs import (PixelModel, completion_job, drawn_pixel, last_samples, sample_job)
from studio.pixels.masks import NAMED_MASKS, mask, named_mask, read_picture


def test_the_run_trained_and_reports_its_exact_nll(pixel_run):
    """One epoch through the engine: the training NLL falls, and validation reports the exact test NLL,
    far below a coin flip per pixel (784 ln 2 = 543 nats)."""
    import json
    import math

    lines = [json.loads(x) for x in (pixel_run / "metrics.jsonl").read_text().splitlines() if x.strip()]
    losses = [x["terms"]["loss"] for x in lines if "loss" in x.get("terms", {})]
    assert len(losses) > 3 and losses[-1] < 0.7 * losses[0], losses
    vals = [x["val"]["nll"] for x in lines if "nll" in x.get("val", {})]
    assert len(vals) == 1 and vals[0] < 0.6 * 784 * math.log(2), vals


def test_sampling_is_seeded_and_yields_every_pixel(pixel_run):
    model = PixelModel.open(Run(pixel_run))
    steps = list(sample_job(model, 3, seed=5))
    assert [s.done for s in steps] == list(range(1, 785)) and steps[-1].final
    again = last_samples(sample_job(model, 3, seed=5, options={"every": 100}))
    assert np.array_equal(steps[-1].data, again.data)
    assert steps[-1].data.shape == (3, 1, 28, 28)
    # Pixel by pixel: the k-th step has drawn exactly the first k pixels in raster order.
    later = steps[99].data.reshape(3, -1)[:, 100:]
    assert not later.any()


def test_a_sampling_job_stops_between_pixels(pixel_run):
    model = PixelModel.open(Run(pixel_run))
    control = TaskControl()
    seen = []
    with pytest.raises(Cancelled):
        for step in sample_job(model, 2, control):
            seen.append(step)
            if step.done == 30:
                control.stop()
    assert len(seen) == 30


def test_a_completion_keeps_the_visible_pixels_of_a_real_digit(pixel_run, tmp_path):
    from studio.data.digits import load_digits_28

    model = PixelModel.open(Run(pixel_run))
    image = load_digits_28().images[7].reshape(1, 28, 28).astype(np.float32) / 255
    for name in NAMED_MASKS:
        hidden = named_mask(name, 28, 28)
        final = last_samples(completion_job(model, image, hidden, 3, seed=1, options={"every": 50}))
        assert final.done == final.total == hidden.sum()
        kept = model.quantise(image)
        for completion in final.data:
            assert np.array_equal(completion[:, ~hidden], kept[:, ~hidden])
    with pytest.raises(StudioError, match="nothing is hidden"):
        next(completion_job(model, image, np.zeros((28, 28), bool), 2))


def test_drawn_pixel_follows_the_hidden_pixels_in_raster_order():
    assert drawn_pixel(None, (28, 28), 30) == (1, 1)
    hidden = named_mask("right-half", 4, 4)
    assert [drawn_pixel(hidden, (4, 4), k) for k in (1, 2, 3)] == [(0, 2), (0, 3), (1, 2)]


def test_masks_from_names_and_pictures(tmp_path):
    assert named_mask("bottom-half", 28, 28)[14:].all() and not named_mask("bottom-half", 28, 28)[:14].any()
    assert named_mask("centre", 28, 28).sum() == 14 * 14
    painted = np.zeros((56, 56), np.uint8)
    painted[:, 28:] = 255
    Image.fromarray(painted).save(tmp_path / "m.png")
    assert np.array_equal(mask(str(tmp_path / "m.png"), 28, 28), named_mask("right-half", 28, 28))
    with pytest.raises(StudioError, match="no mask called 'middle'"):
        mask("middle", 28, 28)
    Image.fromarray(np.zeros((8, 8), np.uint8)).save(tmp_path / "black.png")
    with pytest.raises(StudioError, match="hides nothing"):
        mask(str(tmp_path / "black.png"), 28, 28)
    (tmp_path / "bad.png").write_bytes(b"not a picture")
    with pytest.raises(StudioError, match="not a picture"):
        read_picture(tmp_path / "bad.png", 1, 28, 28)
    rgba = Image.new("RGBA", (40, 30), (255, 255, 255, 0))
    rgba.save(tmp_path / "clear.png")
    assert read_picture(tmp_path / "clear.png", 1, 28, 28).max() == 0   # transparent counts as black


def test_progress_pictures_tint_what_is_still_to_draw_and_mark_the_pen():
    from studio.pixels.jobs import PEN, TO_DRAW, progress_picture

    data = np.ones((2, 1, 4, 4), np.float32)
    hidden = named_mask("bottom-half", 4, 4)
    pic = progress_picture(data, 3, hidden, lead=np.zeros((1, 4, 4), np.float32), per_row=2)
    assert pic.shape == (2 + 4 + 2, 2 + 3 * 6, 3)                # one row: the lead, then two pictures
    cell = pic[2:6, 8:12]                                         # the first completion
    assert (cell[:2] == 255).all()                                # visible rows as they are
    assert tuple(cell[2, 2]) == tuple((PEN * 255 + 0.5).astype(np.uint8))            # the third drawn pixel
    assert tuple(cell[3, 3]) == tuple((TO_DRAW * 255 + 0.5).astype(np.uint8))        # still to draw
    final = progress_picture(data, 8, hidden, final=True)
    assert (final[2:6, 2:6] == 255).all()
