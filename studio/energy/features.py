"""RBM features → logistic regression, on the built-in breast-cancer and digits data (studio.data.digits).

The pipeline of the classic example (min-max scaling, an RBM, a logistic regression), done with sane
settings: the scaler is fitted on the training split only, the RBM is the studio's own (trained by PCD on
the scaled values used as probabilities), and the logistic regression runs to convergence with its
regularisation chosen by cross-validation on the training split (``studio.energy.classify``: the split,
the folds, the scaler and the classifier, in NumPy and PyTorch). scikit-learn's gallery example sets
``tol=1``, which stops its LogisticRegression after 0 iterations on current versions; nothing here copies it.
Three classifiers are reported side by side: on the raw scaled inputs (the baseline), on the RBM's
hidden probabilities alone, and on both together. On the seeded splits used here the features alone
stay a little below the raw inputs, and raw + RBM features beat both (docs/benchmarks.md has the figures).

``features_job`` is a generator (Progress, then a FeaturesReport) for a TaskWorker; ``run_features``
drains it for the CLI and tests.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Iterator

import numpy as np

from studio.core.errors import StudioError
from studio.core.tasks import Progress, TaskControl
from studio.energy.classify import (LogisticRegression, MinMaxScaler, choose_c, class_rates, confusion_matrix,
                                    stratified_folds, stratified_split)

DATASETS = {"breast_cancer": "Breast cancer (569 tumours, 30 measurements)",
            "digits": "Digits (1,797 images of 8×8 pixels)"}


@dataclass(frozen=True)
class ClassifierResult:
    """One classifier on the test split: accuracy, confusion matrix (rows: true, columns: predicted) and rates."""

    name: str                       # "Raw inputs", "RBM features" or "Raw + RBM features"
    accuracy: float
    confusion: np.ndarray           # (K, K) counts
    class_names: tuple[str, ...]
    precision: np.ndarray           # (K,) per class
    recall: np.ndarray              # (K,) per class (the true-positive rate)
    f1: np.ndarray                  # (K,)
    n_features: int
    c: float                        # the regularisation strength chosen by cross-validation

    @property
    def macro_f1(self) -> float:
        return float(np.mean(self.f1))


@dataclass(frozen=True)
class FeaturesReport:
    """Both classifiers on one dataset's seeded test split."""

    dataset: str
    title: str
    n_train: int
    n_test: int
    hidden: int
    results: tuple[ClassifierResult, ...]
    seconds: float
    settings: dict = field(default_factory=dict)

    def result(self, name: str) -> ClassifierResult:
        return next(r for r in self.results if r.name == name)

    def summary(self) -> str:
        lines = [f"{self.title}: {self.n_train} training and {self.n_test} test items (seeded split)"]
        for r in self.results:
            lines.append(f"  {r.name:<19} test accuracy {r.accuracy:.4f}  (macro F1 {r.macro_f1:.4f}, "
                         f"{r.n_features} features, C={r.c:g})")
        return "\n".join(lines)


@dataclass(frozen=True)
class FeatureSettings:
    """How the RBM is trained and the data split (see ``settings_for`` for each dataset's)."""

    hidden: int = 256
    epochs: int = 20
    batch_size: int = 10
    lr: float = 0.01
    cd_k: int = 1
    method: str = "cd"
    seed: int = 0
    test_size: float = 0.2
    c_grid: tuple[float, ...] = (1.0, 10.0, 100.0, 1000.0)   # the logistic regression's C, chosen by 3-fold CV


def settings_for(dataset: str) -> FeatureSettings:
    """The settings used for each bundled dataset (a few tried once, on CPU; see docs/benchmarks.md)."""
    if dataset == "breast_cancer":
        return FeatureSettings(hidden=100, epochs=40, batch_size=20, lr=0.003)
    return FeatureSettings(hidden=256, epochs=20, batch_size=10, lr=0.01, c_grid=(1.0, 10.0, 100.0))


def load(dataset: str) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    """(X, y, class names) of a built-in dataset."""
    from studio.data.digits import breast_cancer_table, digits_table

    if dataset == "breast_cancer":
        table = breast_cancer_table()
    elif dataset == "digits":
        table = digits_table()
    else:
        raise StudioError(f"There is no bundled dataset called '{dataset}'; choose {' or '.join(DATASETS)}.")
    return table.data.astype(np.float64), table.target.copy(), table.target_names


def train_rbm(x: np.ndarray, settings: FeatureSettings, control: TaskControl) -> Iterator[int]:
    """Train an RBM on rows of ``x`` in [0, 1] (used as probabilities); yields each epoch done, returns the RBM."""
    import torch

    from studio.models.rbm import RBM, RBMConfig

    torch.manual_seed(settings.seed)
    config = RBMConfig(image_shape=(1, 1, x.shape[1]), hidden=settings.hidden, method=settings.method,
                       cd_k=settings.cd_k, chains=settings.batch_size, binarize="none", optimizer="adam",
                       momentum=0.9)
    model = RBM(config)
    opt = model.configure_optimizers(settings.lr)["main"]
    data = torch.as_tensor(x, dtype=torch.float32)
    g = torch.Generator().manual_seed(settings.seed)
    for epoch in range(settings.epochs):
        for idx in torch.randperm(len(data), generator=g).split(settings.batch_size):
            control.checkpoint()
            v = data[idx]
            negative = model.negative_particles(v)
            loss = model.free_energy(v).mean() - model.free_energy(negative).mean()
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
        yield epoch + 1
    return model


def fit_classifier(name: str, train: np.ndarray, y_train, test: np.ndarray, y_test,
                   class_names: tuple[str, ...], settings: FeatureSettings,
                   control: TaskControl | None = None) -> ClassifierResult:
    """A logistic regression run to convergence (L-BFGS, up to 5,000 iterations), its C chosen by 3-fold
    stratified cross-validation on the training split only; ``control`` can stop it between fits."""
    folds = stratified_folds(y_train, 3, settings.seed)
    c, _scores = choose_c(train, y_train, settings.c_grid, folds, control.checkpoint if control else None)
    predicted = LogisticRegression(c).fit(train, y_train).predict(test)
    confusion = confusion_matrix(y_test, predicted, len(class_names))
    precision, recall, f1 = class_rates(confusion)
    return ClassifierResult(name, float(np.mean(predicted == y_test)), confusion, class_names,
                            precision, recall, f1, train.shape[1], c)


def features_job(dataset: str = "breast_cancer", settings: FeatureSettings | None = None,
                 control: TaskControl | None = None) -> Iterator[object]:
    """Train and compare both classifiers on ``dataset``; yields Progress, then one FeaturesReport."""
    import torch

    settings = settings or settings_for(dataset)
    control = control or TaskControl()
    started = time.perf_counter()
    x, y, names = load(dataset)
    train_rows, test_rows = stratified_split(y, settings.test_size, settings.seed)
    x_train, x_test, y_train, y_test = x[train_rows], x[test_rows], y[train_rows], y[test_rows]
    # Fitted on the training split only; test values outside its range are clipped into [0, 1].
    scaler = MinMaxScaler().fit(x_train)
    s_train = scaler.transform(x_train)
    s_test = np.clip(scaler.transform(x_test), 0.0, 1.0)
    total = settings.epochs + 3
    yield Progress(0, total, "Training the RBM")
    epochs = train_rbm(s_train, settings, control)
    while True:
        try:
            done = next(epochs)
        except StopIteration as end:
            model = end.value
            break
        yield Progress(done, total, f"Training the RBM (epoch {done} of {settings.epochs})")
    with torch.no_grad():
        h_train = model.hidden_probs(torch.as_tensor(s_train, dtype=torch.float32)).double().numpy()
        h_test = model.hidden_probs(torch.as_tensor(s_test, dtype=torch.float32)).double().numpy()
    inputs = {"Raw inputs": (s_train, s_test), "RBM features": (h_train, h_test),
              "Raw + RBM features": (np.hstack([s_train, h_train]), np.hstack([s_test, h_test]))}
    results = []
    for i, (name, (a, b)) in enumerate(inputs.items()):
        control.checkpoint()
        yield Progress(settings.epochs + i, total, f"Fitting the classifier: {name}")
        results.append(fit_classifier(name, a, y_train, b, y_test, names, settings, control))
    yield Progress(total, total, "Done")
    yield FeaturesReport(dataset, DATASETS[dataset], len(y_train), len(y_test), settings.hidden, tuple(results),
                         time.perf_counter() - started, dict(vars(settings)))


def run_features(dataset: str = "breast_cancer", settings: FeatureSettings | None = None,
                 control: TaskControl | None = None) -> FeaturesReport:
    """``features_job`` run to its end."""
    report = None
    for item in features_job(dataset, settings, control):
        if isinstance(item, FeaturesReport):
            report = item
    return report
