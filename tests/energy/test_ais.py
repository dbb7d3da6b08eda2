"""AIS: the estimate of log Z meets the exact value on a tiny RBM; the job stops and reports progress."""

import math

import pytest
import torch

from studio.core.errors import Cancelled
from studio.core.tasks import Progress, TaskControl
from studio.energy.ais import AISResult, ais_job, beta_schedule, estimate
from studio.models.rbm import RBM, RBMConfig, log_partition_exact


def tiny_rbm() -> RBM:
    torch.manual_seed(0)
    model = RBM(RBMConfig(image_shape=(1, 2, 3), hidden=4))
    with torch.no_grad():
        model.weight.normal_(0, 1.5)
        model.visible_bias.normal_(0, 1.0)
        model.hidden_bias.normal_(0, 1.0)
    return model


def test_schedule_runs_from_zero_to_one():
    betas = beta_schedule(1000)
    assert len(betas) == 1001 and betas[0] == 0 and betas[-1] == 1 and (betas[1:] > betas[:-1]).all()


def test_ais_meets_the_exact_log_partition_function_of_a_tiny_rbm():
    model = tiny_rbm()
    exact = log_partition_exact(model)
    data = torch.bernoulli(torch.full((50, 6), 0.3))
    result = estimate(model, test_images=data, base_data=data, runs=200, betas=1000, seed=1)
    assert abs(result.log_z - exact) < max(0.05, 3 * result.log_z_se)
    assert result.log_z_low <= exact + 0.05 and exact - 0.05 <= result.log_z_high
    exact_ll = float((-model.free_energy(data).detach() - exact).mean())
    assert math.isclose(result.test_ll, exact_ll, abs_tol=0.05)
    assert result.n_test == 50 and result.test_ll_se > 0 and "log Z" in result.summary()


def test_ais_job_yields_progress_and_stops():
    model = tiny_rbm()
    control = TaskControl()
    seen = []
    with pytest.raises(Cancelled):
        for item in ais_job(model, runs=10, betas=500, control=control):
            seen.append(item)
            if isinstance(item, Progress) and item.done >= 50:
                control.stop()
    assert all(isinstance(s, Progress) for s in seen) and not any(isinstance(s, AISResult) for s in seen)


@pytest.fixture(scope="module")
def rbm_run(tmp_path_factory):
    from studio.core.workspace import Workspace
    from studio.training.config import TrainConfig
    from studio.training.session import TrainingSession

    root = tmp_path_factory.mktemp("ws")
    cfg = TrainConfig(model="rbm", dataset="digits", model_config={"hidden": 16}, epochs=1, batch_size=64,
                      device="cpu")
    session = TrainingSession(cfg, Workspace(root))
    assert list(session.run())[-1].status == "completed"
    return root, session.run_folder


def test_cli_ais_prints_the_log_likelihood_with_its_error(rbm_run, capsys):
    from studio.cli import main

    root, run = rbm_run
    assert main(["rbm", "ais", run.id, "--workspace", str(root), "--runs", "20", "--betas", "300", "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "log Z = " in out and "±" in out
    assert "test log-likelihood = -" in out and "180 images" in out   # the run's validation split


def test_cli_sample_writes_a_png_and_never_overwrites(rbm_run, tmp_path, capsys):
    from studio.cli import main

    root, run = rbm_run
    out = tmp_path / "s.png"
    args = ["rbm", "sample", run.id, "--workspace", str(root), "-n", "4", "--steps", "20", "-o", str(out)]
    assert main(args) == 0 and out.stat().st_size > 0
    assert main(args) == 1 and "already exists" in capsys.readouterr().err
    assert main(args + ["-y"]) == 0
