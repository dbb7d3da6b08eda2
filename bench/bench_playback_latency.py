"""Press Play to the first audio callback, for both synthesisers (goal < 50 ms).

``Player.play`` renders the first block, opens a PortAudio output stream and starts it; the time from the
call to the first callback (when PortAudio asks for the first samples) is the start latency. The sound
reaches the speaker one output buffer later: the stream's reported output latency is printed too.
Pairs alternate the synthesisers' order after a warm-up of each; the median of the pairs is reported.

    python bench/bench_playback_latency.py            # the machine's default output device
    python bench/bench_playback_latency.py --null     # an ALSA null device (no sound card, e.g. CI)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--null", action="store_true", help="play into an ALSA null device")
    parser.add_argument("--pairs", type=int, default=9)
    args = parser.parse_args()
    if args.null:
        conf = Path(tempfile.mkdtemp(prefix="bench-alsa-")) / "alsa.conf"
        conf.write_text("pcm.!default { type null }\nctl.!default { type null }\n")
        os.environ["ALSA_CONFIG_PATH"] = str(conf)

    import numpy as np

    from studio.music.playback import Player
    from studio.music.song import Note, Song
    from studio.music.synth import FluidSynth, PianoSynth, fluidsynth_available

    # Eight bars of four-note chords at 120 bpm: the first block holds a full chord.
    notes = [Note(p + 12 * (bar % 2), bar * 2.0 + beat * 0.5, bar * 2.0 + beat * 0.5 + 0.45, 90)
             for bar in range(8) for beat in range(4) for p in (48, 55, 60, 64)]
    song = Song.from_notes(notes)
    synths = {"built-in": PianoSynth()}
    if fluidsynth_available():
        synths["fluidsynth"] = FluidSynth()
    players = {name: Player(s) for name, s in synths.items()}

    def once(name: str) -> float:
        player = players[name]
        player.play(song, start=4.0)
        deadline = time.monotonic() + 5
        while player.play_latency_s is None and time.monotonic() < deadline:
            time.sleep(0.0005)
        latency = player.play_latency_s
        player.stop()
        return latency * 1000

    cold = {name: once(name) for name in players}        # first play: tones or sound font not yet warm
    results: dict[str, list[float]] = {name: [] for name in players}
    names = list(players)
    for i in range(args.pairs):
        for name in (names if i % 2 == 0 else names[::-1]):
            results[name].append(once(name))
    stream_latency = None
    import sounddevice as sd

    with sd.OutputStream(samplerate=44100, channels=2, latency="low", blocksize=512) as stream:
        stream_latency = stream.latency
    load = os.getloadavg()
    device = "ALSA null device" if args.null else sd.query_devices(kind="output")["name"]
    print(f"device: {device}; stream output latency {stream_latency * 1000:.1f} ms; "
          f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    for name in names:
        r = np.array(results[name])
        print(f"{name:11s} press Play -> first callback: median {np.median(r):.1f} ms, max {r.max():.1f} ms "
              f"({args.pairs} runs; first, cold: {cold[name]:.1f} ms)")
    for p in players.values():
        p.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
