"""Playback through sounddevice (PortAudio): play from a position, loop a region, stop, and a clock.

``Player.play`` renders the first short block on the caller's thread, opens the output stream at once
and lets a background thread render the rest into a buffer ahead of the audio callback; this is what
keeps press-Play-to-sound short (bench/bench_playback_latency.py measures it). The callback only copies
frames. ``position()`` is the audio clock: the frame the callback last wrote, placed in time by
PortAudio's own stream clock and the time that block reaches the speaker (``outputBufferDacTime``), so
that a playhead polled from it follows what is heard, not a wall-clock guess.

With no audio device (or no PortAudio) ``AudioDeviceError`` says so in one sentence; rendering to a
WAV file (studio.music.render) needs no device.
"""

from __future__ import annotations

import threading
import time

import numpy as np

from studio.core.errors import StudioError
from studio.music.song import Song
from studio.music.synth import BLOCK_FRAMES, Synth, song_frames

NO_DEVICE = ("No audio output device was found, so playback is off; you can still export the music as a "
             "WAV or MIDI file.")


class AudioDeviceError(StudioError):
    """No usable audio output (no PortAudio, no device, or a device that would not open)."""


def _sounddevice():
    try:
        import sounddevice
    except (ImportError, OSError) as exc:   # OSError: the PortAudio library itself is missing
        raise AudioDeviceError(NO_DEVICE) from exc
    return sounddevice


def check_output_device(device=None) -> str | None:
    """None when an output device is there to play on, else the sentence that says why not."""
    try:
        sd = _sounddevice()
        info = sd.query_devices(device, kind="output")
        if not info or info.get("max_output_channels", 0) < 1:
            return NO_DEVICE
    except AudioDeviceError as exc:
        return str(exc)
    except Exception:  # noqa: BLE001 - PortAudioError, ValueError: no default output device
        return NO_DEVICE
    return None


def output_devices() -> list[str]:
    """The names of the audio output devices PortAudio sees, for a settings list (empty without PortAudio)."""
    try:
        sd = _sounddevice()
        devices = sd.query_devices()
    except Exception:  # noqa: BLE001 - AudioDeviceError, PortAudioError: nothing to list
        return []
    names: list[str] = []
    for info in devices:
        if info.get("max_output_channels", 0) > 0 and info["name"] not in names:
            names.append(info["name"])
    return names


def find_output_device(name: str) -> int | None:
    """The PortAudio index of the output device called ``name`` (a saved setting: names outlive indices).

    None, meaning the system's default, for "" or for a device that is no longer there."""
    if not name:
        return None
    try:
        sd = _sounddevice()
        for index, info in enumerate(sd.query_devices()):
            if info["name"] == name and info.get("max_output_channels", 0) > 0:
                return index
    except Exception:  # noqa: BLE001 - no PortAudio: the default (which check_output_device reports)
        pass
    return None


class Player:
    """Plays Songs on one output device with one synthesiser. One song at a time; thread-safe to poll.

    ``state`` is "stopped", "playing" or "finished" (reached the end by itself). ``play_latency_s`` is
    the time from the last ``play`` call to the first audio callback.

    The audio goes through a ring buffer of ``AHEAD_S`` seconds: the render thread keeps it filled ahead
    of the callback, so that a long piece never needs its whole audio in memory (ten minutes of stereo
    float would be 200 MB). Frames are counted from ``play`` on, passes of a loop included; a loop is
    rendered again for each pass.
    """

    AHEAD_S = 4.0

    def __init__(self, synth: Synth, device=None, blocksize: int = 512) -> None:
        self.synth = synth
        self.device = device
        self.blocksize = blocksize
        self._stream = None
        self._render_thread: threading.Thread | None = None
        self._stop_render = threading.Event()
        self._lock = threading.Lock()
        self._ring = np.zeros((0, 2), np.float32)
        self._rendered = 0          # frames rendered into the ring since play (a count, not an index)
        self._written = 0           # frames the callback has handed to PortAudio since play
        self._block_frame = 0       # ``_written`` at the start of the last block given to PortAudio
        self._block_dac = 0.0       # PortAudio's stream time at which that block is heard
        self._start = 0.0
        self._loop = False
        self._end_frame = 0         # frames from start to end (one pass)
        self._rendering_done = False
        self._state = "stopped"
        self._played_at = 0.0
        self.play_latency_s: float | None = None
        self.error: str | None = None

    # Control ---------------------------------------------------------------------------------------

    @property
    def sample_rate(self) -> int:
        return self.synth.sample_rate

    @property
    def state(self) -> str:
        return self._state

    @property
    def playing(self) -> bool:
        return self._state == "playing"

    def play(self, song: Song, start: float = 0.0, end: float | None = None, loop: bool = False) -> None:
        """Play ``song`` from ``start`` seconds to ``end`` (default: the last note's end), looping if asked."""
        sd = _sounddevice()
        self.stop()
        self._played_at = time.perf_counter()
        self.play_latency_s = None
        self.error = None
        rate = self.sample_rate
        total = song_frames(song, rate, start, end)
        if total <= 0:
            raise StudioError("There is nothing to play after the cursor; move it back or press Home.")
        blocks = self.synth.stream(song, start, end, block=BLOCK_FRAMES)
        first = next(blocks)            # rendered here, so the first callback has sound at once
        with self._lock:
            size = max(int(self.AHEAD_S * rate), 4 * BLOCK_FRAMES)
            if len(self._ring) != size:      # kept from one play to the next: nothing to allocate on Play
                self._ring = np.zeros((size, 2), np.float32)
            self._ring[:len(first)] = first
            self._rendered = len(first)
            self._written = self._block_frame = 0
            self._block_dac = 0.0
            self._start = float(start)
            self._loop = bool(loop)
            self._end_frame = total
            self._rendering_done = False
        self._stop_render.clear()
        passes = (lambda: self.synth.stream(song, start, end, block=BLOCK_FRAMES)) if loop else None
        self._render_thread = threading.Thread(target=self._render_rest, args=(blocks, passes),
                                               name="studio-render", daemon=True)
        self._render_thread.start()
        try:
            self._stream = sd.OutputStream(samplerate=rate, channels=2, dtype="float32", device=self.device,
                                           blocksize=self.blocksize, latency="low", callback=self._callback,
                                           finished_callback=self._on_stream_finished)
            self._state = "playing"
            self._stream.start()
        except Exception as exc:  # noqa: BLE001 - PortAudioError and friends: one sentence for the user
            self._state = "stopped"
            self._stop_render.set()
            self._stream = None
            raise AudioDeviceError(f"{NO_DEVICE} ({exc})") from exc

    def stop(self) -> None:
        """Stop at once (the position stays where the sound stopped)."""
        stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.abort()
                stream.close()
            except Exception:  # noqa: BLE001 - a device that vanished while playing
                pass
        self._stop_render.set()
        thread, self._render_thread = self._render_thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(2.0)
        if self._state == "playing":
            self._state = "stopped"

    def close(self) -> None:
        self.stop()

    @property
    def frames_written(self) -> int:
        """Frames handed to the device since ``play`` (on past a loop's end: it counts every pass)."""
        return self._written

    # The clock ---------------------------------------------------------------------------------------

    def position(self) -> float:
        """The song time, in seconds, being heard now (the playhead)."""
        rate = self.sample_rate
        with self._lock:
            written, block_frame, dac = self._written, self._block_frame, self._block_dac
            stream, end_frame = self._stream, self._end_frame
        if self._state == "finished":
            return self._to_song_time(end_frame)
        heard = float(block_frame)
        if stream is not None and dac > 0:
            try:
                heard = block_frame + (stream.time - dac) * rate
            except Exception:  # noqa: BLE001 - the stream closed meanwhile
                pass
        heard = min(max(heard, 0.0), float(written))
        return self._to_song_time(heard)

    def _to_song_time(self, frames: float) -> float:
        if self._loop and self._end_frame:
            frames = frames % self._end_frame
        return self._start + min(frames, self._end_frame) / self.sample_rate

    # Render thread -----------------------------------------------------------------------------------

    def _render_rest(self, blocks, passes) -> None:
        """Keep the ring filled ahead of the callback; for a loop, render pass after pass."""
        size = len(self._ring)
        try:
            while not self._stop_render.is_set():
                for block in blocks:
                    k = 0
                    while k < len(block):
                        if self._stop_render.is_set():
                            return
                        with self._lock:
                            free = size - (self._rendered - self._written)
                            n = min(len(block) - k, free)
                            if n > 0:
                                self._put(block[k:k + n])
                        k += max(n, 0)
                        if n <= 0:
                            # The ring is full: wait for the callback to take some (it takes a block
                            # every ~12 ms); a stop wakes the wait at once.
                            self._stop_render.wait(0.01)
                close = getattr(blocks, "close", None)
                if close is not None:
                    close()
                if passes is None:
                    break
                blocks = passes()
        except Exception as exc:  # noqa: BLE001 - a synthesiser failure ends playback with a sentence
            self.error = f"The music could not be rendered ({exc})."
        finally:
            close = getattr(blocks, "close", None)
            if close is not None:
                close()
            with self._lock:
                self._rendering_done = True

    def _put(self, frames: np.ndarray) -> None:
        """Append rendered frames to the ring (the lock is held)."""
        size = len(self._ring)
        at = self._rendered % size
        n = len(frames)
        first = min(n, size - at)
        self._ring[at:at + first] = frames[:first]
        if n > first:
            self._ring[:n - first] = frames[first:]
        self._rendered += n

    # Audio thread ------------------------------------------------------------------------------------

    def _callback(self, out, frames, time_info, status) -> None:  # runs on PortAudio's thread
        if self.play_latency_s is None:
            self.play_latency_s = time.perf_counter() - self._played_at
        with self._lock:
            self._block_frame = self._written
            self._block_dac = float(time_info.outputBufferDacTime)
            limit = self._rendered if self._loop else min(self._rendered, self._end_frame)
            n = max(0, min(frames, limit - self._written))
            size = len(self._ring)
            at = self._written % size
            first = min(n, size - at)
            out[:first] = self._ring[at:at + first]
            out[first:n] = self._ring[:n - first]
            out[n:] = 0
            self._written += n
            done = (not self._loop and self._written >= self._end_frame) or \
                (self._rendering_done and self._written >= self._rendered)
        if done:
            import sounddevice

            raise sounddevice.CallbackStop

    def _on_stream_finished(self) -> None:
        if self._stream is None or self._state != "playing":
            return          # stop() is ending it
        with self._lock:
            reached_end = not self._loop and self._written >= self._end_frame
        # Reached the end by itself, or ended for another reason (the renderer failed: ``error`` says why).
        self._state = "finished" if reached_end else "stopped"
