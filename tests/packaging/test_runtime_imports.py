"""The app runs without scikit-learn and SciPy: its modules, the built-in data, the latent k-NN and the
RBM-features classifier import neither (checked in a fresh interpreter, where both are installed)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent("""
    import importlib, pkgutil, sys
    import numpy as np
    import studio

    # Every module of the studio (the UI's included: nothing is shown, no QApplication is made).
    for info in pkgutil.walk_packages(studio.__path__, "studio."):
        if not info.name.endswith("__main__"):
            importlib.import_module(info.name)

    from studio.core.tasks import Progress
    from studio.data.importers import load_dataset
    from studio.energy.features import FeatureSettings, run_features
    from studio.latent.neighbors import knn_predict

    load_dataset("digits")
    report = run_features("breast_cancer", FeatureSettings(hidden=4, epochs=1, batch_size=50, c_grid=(1.0,)))
    assert len(report.results) == 3, report
    knn_predict(np.zeros((3, 2)), np.array([0, 1, 1]), np.ones((2, 2)), k=3)
    found = sorted(name for name in sys.modules if name.split(".")[0] in ("sklearn", "scipy"))
    print("heavy:", found)
""")


def test_the_app_imports_neither_sklearn_nor_scipy():
    result = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=240,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr[-3000:]
    assert "heavy: []" in result.stdout, result.stdout[-2000:]
