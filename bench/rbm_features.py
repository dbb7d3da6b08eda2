"""RBM features → logistic regression on the bundled breast-cancer and digits data: test accuracies of the
raw inputs, the RBM features and both together, on each dataset's seeded split (studio.energy.features).

    nice -n 5 .venv/bin/python bench/rbm_features.py [--seed 0]
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    from dataclasses import replace

    from studio.energy.features import run_features, settings_for

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--datasets", nargs="+", default=["breast_cancer", "digits"])
    args = p.parse_args()
    warnings.filterwarnings("ignore", category=FutureWarning)
    print(f"load average before: {os.getloadavg()}", flush=True)
    for dataset in args.datasets:
        report = run_features(dataset, replace(settings_for(dataset), seed=args.seed))
        print(report.summary())
        print(f"  ({report.seconds:.0f} s; load average {os.getloadavg()})", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
