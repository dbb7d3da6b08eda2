"""k-nearest-neighbour classification of latent codes: how well a space keeps the classes apart."""

from __future__ import annotations

import numpy as np

CHUNK_PAIRS = 1 << 22       # distances computed at once (32 MB of float64): a chunk of queries at a time


def knn_predict(train: np.ndarray, labels: np.ndarray, queries: np.ndarray, k: int = 1) -> np.ndarray:
    """The label most common among each query's ``k`` nearest training codes (Euclidean distance); among
    equally common labels the smallest wins."""
    train = np.asarray(train, np.float64).reshape(len(train), -1)                  # (N, D)
    queries = np.asarray(queries, np.float64).reshape(len(queries), -1)            # (M, D)
    classes, index = np.unique(np.asarray(labels), return_inverse=True)
    k = max(1, min(int(k), len(train)))
    norms = (train ** 2).sum(axis=1)                                                # (N,)
    out = np.empty(len(queries), classes.dtype)
    step = max(1, CHUNK_PAIRS // max(1, len(train)))
    for s in range(0, len(queries), step):
        q = queries[s:s + step]
        # |q - t|² without the |q|² that every distance of the row shares.
        d = norms[None, :] - 2.0 * (q @ train.T)                                    # (m, N)
        nearest = np.argpartition(d, k - 1, axis=1)[:, :k] if k < len(train) else np.tile(np.arange(k), (len(q), 1))
        votes = np.zeros((len(q), len(classes)), np.int64)                          # (m, K)
        rows = np.arange(len(q))
        for j in range(k):
            votes[rows, index[nearest[:, j]]] += 1
        out[s:s + step] = classes[votes.argmax(axis=1)]
    return out
