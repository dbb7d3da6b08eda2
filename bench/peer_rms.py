"""The plainest highlights loop, the peer that `studio highlights` is measured against (issue 11).

Decode the first audio track with PyAV as it streams, mix it to mono, and print the RMS of each
0.5 s window in dBFS with the windows louder than the median + 6 dB. No studio code, no workers.

    python bench/peer_rms.py FILE [--window 0.5]
"""
import argparse

import av
import numpy as np

parser = argparse.ArgumentParser()
parser.add_argument("path")
parser.add_argument("--window", type=float, default=0.5)
args = parser.parse_args()

with av.open(args.path) as container:
    stream = container.streams.audio[0]
    win = int(round(stream.rate * args.window))
    rest = np.zeros(0, np.float32)
    rms = []
    for frame in container.decode(stream):
        x = frame.to_ndarray()                      # planar: (channels, n); packed: (1, n * channels)
        mono = x.mean(axis=0) if frame.format.is_planar else x.reshape(-1, len(frame.layout.channels)).mean(axis=1)
        rest = np.concatenate([rest, mono.astype(np.float32)])
        n = rest.size // win
        if n:
            blocks = rest[:n * win].reshape(n, win)
            rms.append(np.sqrt(np.mean(blocks * blocks, axis=1)))
            rest = rest[n * win:]
db = 20 * np.log10(np.maximum(np.concatenate(rms), 1e-5))   # digital silence counts as -100 dBFS
level = float(np.median(db)) + 6.0
loud = np.flatnonzero(db > level)
print(f"{db.size} windows of {args.window} s, {loud.size} louder than {level:.1f} dBFS")
for i in loud:
    print(f"{i * args.window:.2f},{(i + 1) * args.window:.2f},{db[i]:.1f}")
