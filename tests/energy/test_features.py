"""RBM features → logistic regression on the bundled breast-cancer data; the CLI prints the accuracies."""

from dataclasses import replace

import numpy as np
import pytest

from studio.cli import main
from studio.core.tasks import Progress
from studio.energy.features import FeaturesReport, features_job, settings_for


@pytest.fixture(scope="module")
def breast_cancer():
    return list(features_job("breast_cancer"))


def test_breast_cancer_pipeline_reaches_the_goal(breast_cancer):
    report = breast_cancer[-1]
    assert isinstance(report, FeaturesReport) and report.n_test == 114
    assert all(isinstance(p, Progress) for p in breast_cancer[:-1]) and breast_cancer[-2].fraction == 1.0
    assert report.result("Raw + RBM features").accuracy >= 0.95
    assert report.result("RBM features").accuracy >= 0.9               # the seed's example reached 0.85
    assert report.result("RBM features").n_features == settings_for("breast_cancer").hidden


def test_report_holds_confusion_matrices_and_rates(breast_cancer):
    for r in breast_cancer[-1].results:
        assert r.confusion.shape == (2, 2) and r.confusion.sum() == 114
        assert np.isclose(np.trace(r.confusion) / 114, r.accuracy)
        assert r.class_names == ("malignant", "benign") and r.recall.shape == (2,) and 0 <= r.macro_f1 <= 1


def test_cli_prints_the_test_accuracies(capsys):
    code = main(["rbm", "features", "--dataset", "breast_cancer", "--epochs", "2", "--hidden", "8", "--quiet",
                 "--confusion"])
    out = capsys.readouterr().out
    assert code == 0
    line = next(l for l in out.splitlines() if l.startswith("test accuracy:"))
    accuracies = dict(part.rsplit(" ", 1) for part in line.removeprefix("test accuracy: ").split(", "))
    assert set(accuracies) == {"raw inputs", "rbm features", "raw + rbm features"}
    assert all(0.5 < float(a) <= 1 for a in accuracies.values())
    assert "confusion matrix" in out and "malignant" in out
    assert main(["rbm", "features", "--dataset", "breast_cancer", "--epochs", "0"]) == 1
