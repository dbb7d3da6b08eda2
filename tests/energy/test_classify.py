"""The RBM-features pipeline's own classical pieces give the results scikit-learn gave (the known values below
were computed with scikit-learn 1.8: its LogisticRegression run to convergence, tol=1e-10; its confusion
matrix and precision/recall/F1), and its splits and folds are stratified, seeded and complete."""

from __future__ import annotations

import numpy as np
import pytest

from studio.data.digits import breast_cancer_table, digits_table
from studio.energy.classify import (LogisticRegression, MinMaxScaler, choose_c, class_rates, confusion_matrix,
                                    stratified_folds, stratified_split)

# scikit-learn's predictions for rows 400..568 of the breast-cancer table (min-max scaled over all rows),
# trained on rows 0..399; and for digits 600..899 (pixels / 16), trained on digits 0..599, C = 10.
BC_PREDICTED = {
    1.0: "0111111101111001101111111111110100101111101101011010111111110011111101111111111011111110101101111100101011"
         "111011011100111011111111111010011110111111111111111111110000001",
    100.0: "011111110111100110111111111111010010111110110101101011101111001111110111111111101111111010110111110010"
           "1011111011010100111011111111111010011110011111111111111111010000001",
}
BC_WEIGHTS = {1.0: ([-1.6939, -1.7898, -1.6739, -1.4184], 8.0495), 100.0: ([-0.2433, -5.5181, -0.6609, -1.8226], 21.0921)}
DIGITS_PREDICTED = (
    "21746313917684314053696175447282257954884908980123456789013345678901234567890445650184841773510022782012633"
    "73346664915015282001763217463139176843170536761754772822579548279081801254567690123455719012345678909556509"
    "39841773510022782022633733466449150952820017632874631391766431405369617544721225795418")


def scaled_breast_cancer():
    table = breast_cancer_table()
    x = table.data
    return (x - x.min(0)) / (x.max(0) - x.min(0)), table.target


@pytest.mark.parametrize("c", [1.0, 100.0])
def test_binary_logistic_regression_matches_scikit_learn(c):
    x, y = scaled_breast_cancer()
    model = LogisticRegression(c).fit(x[:400], y[:400])
    predicted = model.predict(x[400:])
    assert "".join(map(str, predicted)) == BC_PREDICTED[c]
    weights, bias = BC_WEIGHTS[c]
    assert np.allclose(model.weight[:4, 0], weights, atol=0.02) and abs(model.bias[0] - bias) < 0.05


def test_multinomial_logistic_regression_matches_scikit_learn():
    table = digits_table()
    x = table.data / 16.0
    model = LogisticRegression(10.0).fit(x[:600], table.target[:600])
    predicted = model.predict(x[600:900])
    assert "".join(map(str, predicted)) == DIGITS_PREDICTED
    assert np.isclose(np.mean(predicted == table.target[600:900]), 0.9233, atol=1e-4)
    assert np.allclose(model.weight[20:24, 3], [0.7136, -1.0374, 0.1302, -0.0006], atol=0.02)
    # The same data gives the same model (zero start, deterministic L-BFGS).
    again = LogisticRegression(10.0).fit(x[:600], table.target[:600])
    assert np.array_equal(again.weight, model.weight)


def test_confusion_matrix_and_rates_match_scikit_learn():
    y_true = np.array([0, 0, 1, 1, 2, 2, 2, 0, 1, 2])
    y_pred = np.array([0, 1, 1, 1, 2, 0, 2, 0, 0, 1])
    confusion = confusion_matrix(y_true, y_pred, 4)           # class 3: never seen nor predicted
    assert confusion.tolist() == [[2, 1, 0, 0], [1, 2, 0, 0], [1, 1, 2, 0], [0, 0, 0, 0]]
    precision, recall, f1 = class_rates(confusion)
    assert np.allclose(precision, [0.5, 0.5, 1.0, 0.0])
    assert np.allclose(recall, [0.6667, 0.6667, 0.5, 0.0], atol=1e-4)
    assert np.allclose(f1, [0.5714, 0.5714, 0.6667, 0.0], atol=1e-4)


def test_split_and_folds_are_stratified_seeded_and_complete():
    y = breast_cancer_table().target                          # 212 malignant, 357 benign
    train, test = stratified_split(y, 0.2, seed=0)
    assert len(test) == 114 and len(train) == 455 and not set(train) & set(test)
    assert np.bincount(y[test]).tolist() == [42, 72]         # 20 % of each class (42.4, 71.4 rounded to 114)
    assert np.array_equal(stratified_split(y, 0.2, seed=0)[1], test)
    assert not np.array_equal(stratified_split(y, 0.2, seed=1)[1], test)
    folds = stratified_folds(y[train], 3, seed=0)
    validated = np.concatenate([va for _, va in folds])
    assert sorted(validated.tolist()) == list(range(len(train)))
    for tr, va in folds:
        assert not set(tr) & set(va) and abs(np.mean(y[train][va]) - np.mean(y[train])) < 0.01


def test_scaler_and_the_choice_of_c():
    x, y = scaled_breast_cancer()
    scaler = MinMaxScaler().fit(np.c_[x[:300], np.full(300, 7.0)])       # a constant column stays finite
    scaled = scaler.transform(np.c_[x[:300], np.full(300, 7.0)])
    assert scaled.min() == 0.0 and scaled.max() == 1.0 and np.all(scaled[:, -1] == 0)
    folds = stratified_folds(y[:300], 3, seed=0)
    calls = []
    c, means = choose_c(x[:300], y[:300], (0.001, 1.0, 100.0), folds, checkpoint=lambda: calls.append(1))
    assert len(calls) == 9 and len(means) == 3
    assert c != 0.001 and means[0] < max(means)              # almost no weights: a poor classifier
