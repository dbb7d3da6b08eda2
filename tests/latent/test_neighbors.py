"""The latent explorer's k-NN gives scikit-learn's KNeighborsClassifier's predictions (known values computed
with scikit-learn 1.8 on the seeded example below), and breaks ties as it does."""

from __future__ import annotations

import numpy as np
import pytest

from studio.latent.neighbors import knn_predict

KNOWN = {1: "22021031010231021032031122301021010020220200332122",
         5: "00320331010031001212330100311010112300021200331103",
         8: "10331331111231001300333130301212112300021010330100"}


@pytest.mark.parametrize("k", sorted(KNOWN))
def test_knn_matches_scikit_learn(k):
    rng = np.random.default_rng(0)
    train, labels, queries = rng.normal(size=(200, 3)), rng.integers(0, 4, 200), rng.normal(size=(50, 3))
    assert "".join(map(str, knn_predict(train, labels, queries, k))) == KNOWN[k]


def test_ties_go_to_the_smallest_label_and_chunks_do_not_matter(monkeypatch):
    train = np.array([[0.0], [1.0], [-1.0], [10.0]])
    labels = np.array([7, 3, 5, 3])
    # Two neighbours at distance 1 (labels 3 and 5) and one at 0 (7): a three-way tie, 3 wins.
    assert knn_predict(train, labels, np.array([[0.0]]), k=3).tolist() == [3]
    assert knn_predict(train, labels, np.array([[0.0]]), k=99).tolist() == [3]     # k above N: all of them
    rng = np.random.default_rng(1)
    big, names, queries = rng.normal(size=(500, 2)), rng.integers(0, 10, 500), rng.normal(size=(300, 2))
    whole = knn_predict(big, names, queries, 5)
    import studio.latent.neighbors as neighbors

    monkeypatch.setattr(neighbors, "CHUNK_PAIRS", 1000)          # two queries at a time
    assert np.array_equal(knn_predict(big, names, queries, 5), whole)
