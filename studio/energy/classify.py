"""The classical pieces of the RBM-features pipeline, small and exact: a stratified train/test split,
stratified folds, min-max scaling, an L2-regularised logistic regression solved to convergence, its
regularisation chosen by cross-validation, and the confusion matrix with per-class precision, recall, F1.

The logistic regression minimises the usual objective, mean log-loss + ||W||² / (2·C·n) with the
intercept not penalised: one weight vector (a sigmoid) for two classes, one per class (a softmax) for more,
as scikit-learn's ``LogisticRegression`` does; so a given C means the same thing there and here. It is
solved in float64 by PyTorch's L-BFGS with a strong-Wolfe line search, to a gradient 100 times smaller
than scikit-learn's default tolerance, from zero weights: the same data gives the same model every time.
"""

from __future__ import annotations

import math
from typing import Callable, Sequence

import numpy as np

from studio.core.errors import StudioError


def stratified_split(y: np.ndarray, test_size: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """(train, test) row indices, each class split in the same proportion (``test_size`` of all rows, rounded
    up, go to the test split); seeded, each split sorted."""
    y = np.asarray(y)
    classes, counts = np.unique(y, return_counts=True)
    n_test = math.ceil(test_size * len(y))
    if not 0 < n_test < len(y):
        raise StudioError(f"A test share of {test_size:g} leaves no rows for training or testing.")
    # Largest remainders: each class gets its share of the test rows, whole, summing to n_test.
    ideal = n_test * counts / len(y)
    share = np.floor(ideal).astype(int)
    for i in np.argsort(-(ideal - share), kind="stable")[:n_test - share.sum()]:
        share[i] += 1
    rng = np.random.default_rng(seed)
    test = np.concatenate([rng.permutation(np.flatnonzero(y == c))[:k] for c, k in zip(classes, share)])
    mask = np.zeros(len(y), bool)
    mask[test] = True
    return np.flatnonzero(~mask), np.flatnonzero(mask)


def stratified_folds(y: np.ndarray, k: int, seed: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """``k`` (train, validation) index pairs: every row is validated once, each class spread evenly."""
    y = np.asarray(y)
    rng = np.random.default_rng(seed)
    fold = np.empty(len(y), int)
    dealt = 0
    for c in np.unique(y):
        rows = rng.permutation(np.flatnonzero(y == c))
        fold[rows] = (dealt + np.arange(len(rows))) % k      # dealt on from where the last class stopped
        dealt += len(rows)
    return [(np.flatnonzero(fold != i), np.flatnonzero(fold == i)) for i in range(k)]


class MinMaxScaler:
    """Each column mapped linearly so that its training minimum is 0 and maximum 1 (a constant column is
    shifted to 0, not divided by zero)."""

    def fit(self, x: np.ndarray) -> MinMaxScaler:
        x = np.asarray(x, np.float64)
        self.low = x.min(axis=0)
        span = x.max(axis=0) - self.low
        self.scale = 1.0 / np.where(span > 0, span, 1.0)
        return self

    def transform(self, x: np.ndarray) -> np.ndarray:
        return (np.asarray(x, np.float64) - self.low) * self.scale


class LogisticRegression:
    """L2 logistic regression (see the module's docstring); ``classes`` are the sorted labels seen in ``fit``."""

    def __init__(self, c: float = 1.0, max_iter: int = 5000, tol: float = 1e-6) -> None:
        self.c, self.max_iter, self.tol = float(c), int(max_iter), float(tol)

    def fit(self, x: np.ndarray, y: np.ndarray) -> LogisticRegression:
        import torch
        import torch.nn.functional as F

        self.classes = np.unique(y)
        if len(self.classes) < 2:
            raise StudioError("A classifier needs examples of at least two classes.")
        X = torch.as_tensor(np.array(x, np.float64))                                 # (N, D), a copy
        target = torch.as_tensor(np.searchsorted(self.classes, y))                   # (N,) 0..K-1
        outputs = 1 if len(self.classes) == 2 else len(self.classes)
        weight = torch.zeros(X.shape[1], outputs, dtype=torch.float64, requires_grad=True)   # (D, K or 1)
        bias = torch.zeros(outputs, dtype=torch.float64, requires_grad=True)
        l2 = 1.0 / (self.c * len(X))

        def objective():
            logits = X @ weight + bias                                               # (N, K or 1)
            if outputs == 1:
                loss = F.binary_cross_entropy_with_logits(logits[:, 0], target.double())
            else:
                loss = F.cross_entropy(logits, target)
            return loss + 0.5 * l2 * weight.pow(2).sum()

        opt = torch.optim.LBFGS([weight, bias], lr=1.0, max_iter=self.max_iter, tolerance_grad=self.tol,
                                tolerance_change=1e-14, history_size=20, line_search_fn="strong_wolfe")

        def closure():
            opt.zero_grad()
            loss = objective()
            loss.backward()
            return loss

        threads = torch.get_num_threads()
        # One thread: at these sizes (hundreds of rows and columns) the work of each step is microseconds,
        # and handing it to a pool of threads costs more than it saves: 0.47 s against 9 s for 157 steps
        # on 600 digits at a load of 8 on 2 cores. Restored afterwards.
        torch.set_num_threads(1)
        try:
            opt.step(closure)
        finally:
            torch.set_num_threads(threads)
        self.weight = weight.detach().numpy()
        self.bias = bias.detach().numpy()
        self.iterations = int(opt.state[weight].get("n_iter", 0))
        return self

    def decision_function(self, x: np.ndarray) -> np.ndarray:
        """(N, K) class scores (for two classes, (N, 1): the log-odds of the second)."""
        return np.asarray(x, np.float64) @ self.weight + self.bias

    def predict(self, x: np.ndarray) -> np.ndarray:
        scores = self.decision_function(x)
        index = (scores[:, 0] > 0).astype(int) if scores.shape[1] == 1 else scores.argmax(axis=1)
        return self.classes[index]


def choose_c(x: np.ndarray, y: np.ndarray, grid: Sequence[float], folds,
             checkpoint: Callable[[], None] | None = None) -> tuple[float, list[float]]:
    """The C of ``grid`` with the best mean validation accuracy over ``folds`` (the first of equals), and the
    mean accuracy of each. ``checkpoint`` is called before each fit (a task's stop point)."""
    means = []
    for c in grid:
        scores = []
        for tr, va in folds:
            if checkpoint is not None:
                checkpoint()
            scores.append(np.mean(LogisticRegression(c).fit(x[tr], y[tr]).predict(x[va]) == y[va]))
        means.append(float(np.mean(scores)))
    return float(grid[int(np.argmax(means))]), means


def confusion_matrix(y_true: np.ndarray, y_pred: np.ndarray, n_classes: int) -> np.ndarray:
    """(K, K) counts: rows the true class, columns the predicted one (labels 0..K-1)."""
    pairs = np.asarray(y_true, np.int64) * n_classes + np.asarray(y_pred, np.int64)
    return np.bincount(pairs, minlength=n_classes * n_classes).reshape(n_classes, n_classes)


def class_rates(confusion: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per-class precision, recall and F1 of a confusion matrix; 0 where a rate has nothing to count."""
    tp = np.diag(confusion).astype(np.float64)
    predicted, actual = confusion.sum(axis=0), confusion.sum(axis=1)

    def ratio(a, b):
        return np.divide(a, b, out=np.zeros_like(tp), where=b > 0)

    return ratio(tp, predicted), ratio(tp, actual), ratio(2 * tp, predicted + actual)
