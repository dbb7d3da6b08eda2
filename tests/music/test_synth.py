"""Both synthesisers render real, non-silent audio of the right length; WAV export and `studio music render`."""

from __future__ import annotations

import wave

import numpy as np
import pytest

from studio.core.errors import StudioError
from studio.music.render import check_output, render_wav
from studio.music.song import Note, Song
from studio.music.synth import RELEASE_S, FluidSynth, PianoSynth, choose_synth, fluidsynth_available

SONG = Song.from_notes([Note(48 + (i * 7) % 24, i * 0.25, i * 0.25 + 0.3, 50 + i * 4) for i in range(8)])


def _synths():
    kinds = [PianoSynth()]
    if fluidsynth_available():
        kinds.append(FluidSynth())
    return kinds


@pytest.mark.parametrize("synth", _synths(), ids=lambda s: s.name)
def test_renders_non_silent_audio_of_the_song_length(synth):
    audio = synth.render(SONG)
    assert audio.dtype == np.float32 and audio.shape[1] == 2
    assert len(audio) == round((SONG.end + RELEASE_S) * synth.sample_rate)
    rms = float(np.sqrt((audio ** 2).mean()))
    assert 0.005 < rms and float(np.abs(audio).max()) <= 1.0
    # Streaming from the middle gives the same length as the rest of the song, in blocks.
    blocks = list(synth.stream(SONG, 1.0, block=1000))
    assert sum(len(b) for b in blocks) == round((SONG.end + RELEASE_S - 1.0) * synth.sample_rate)


def test_builtin_piano_is_not_a_bare_sine():
    synth = PianoSynth()
    audio = synth.render(Song.from_notes([Note(57, 0.0, 1.0, 100)]))[:, 0]   # A3, 220 Hz
    spectrum = np.abs(np.fft.rfft(audio[:32768] * np.hanning(32768)))
    freqs = np.fft.rfftfreq(32768, 1 / synth.sample_rate)
    def peak(f):
        return spectrum[(freqs > f * 0.97) & (freqs < f * 1.03)].max()
    assert peak(440) > 0.05 * peak(220) and peak(660) > 0.01 * peak(220)     # harmonics are there
    first, last = np.abs(audio[:4410]).max(), np.abs(audio[30000:34410]).max()
    assert last < 0.7 * first                                                # and the tone decays
    loud = synth.render(Song.from_notes([Note(57, 0.0, 1.0, 120)]))
    soft = synth.render(Song.from_notes([Note(57, 0.0, 1.0, 30)]))
    assert np.abs(loud).max() > 3 * np.abs(soft).max()


def test_auto_says_which_synth_is_in_use(monkeypatch):
    import studio.music.synth as synth_module

    chosen = choose_synth("auto")
    assert chosen.name.startswith("FluidSynth (TimGM6mb.sf2)" if fluidsynth_available() else "Built-in")
    # Where FluidSynth is missing, auto falls back to the built-in one and asking for it is a clear error.
    monkeypatch.setattr(synth_module, "fluidsynth_available", lambda: False)
    assert choose_synth("auto").name == "Built-in piano synthesiser"
    with pytest.raises(StudioError, match="FluidSynth is not installed"):
        choose_synth("fluidsynth")


@pytest.mark.skipif(not fluidsynth_available(), reason="FluidSynth is not installed")
def test_a_soundfont_that_is_not_one_is_refused(tmp_path):
    bad = tmp_path / "piano.sf2"
    bad.write_bytes(b"not a sound font")
    with pytest.raises(StudioError, match="could not load the sound font"):
        FluidSynth(bad)
    text = tmp_path / "notes.txt"
    text.write_text("x")
    with pytest.raises(StudioError, match="not a sound font"):
        FluidSynth(text)


def test_wav_export_is_atomic_and_never_overwrites_without_asking(tmp_path):
    out = tmp_path / "take.wav"
    render_wav(SONG, out, PianoSynth())
    with wave.open(str(out)) as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (2, 2, 44100)
        assert wav.getnframes() == round((SONG.end + RELEASE_S) * 44100)
    assert [p.name for p in tmp_path.iterdir()] == ["take.wav"]        # no temporary file left
    with pytest.raises(StudioError, match="already exists"):
        check_output(out, overwrite=False)
    with pytest.raises(StudioError, match="also the input"):
        check_output(out, overwrite=True, inputs=(out,))
    with pytest.raises(StudioError, match="no notes"):
        render_wav(Song.from_notes([]), tmp_path / "empty.wav", PianoSynth())


def test_studio_music_render_command(tmp_path, capsys):
    from studio.cli import main
    from studio.music.midi_io import write_midi

    take = tmp_path / "take.mid"
    write_midi(SONG, take)
    assert main(["music", "render", str(take), "-o", str(tmp_path / "take.wav"), "--synth", "builtin"]) == 0
    assert "Built-in piano synthesiser" in capsys.readouterr().out
    assert (tmp_path / "take.wav").stat().st_size > 44100
    assert main(["music", "render", str(take), "-o", str(tmp_path / "take.wav")]) == 1
    assert "already exists" in capsys.readouterr().err


def test_a_stopped_render_leaves_no_file(tmp_path):
    from studio.core.errors import Cancelled
    from studio.core.tasks import TaskControl
    from studio.music.render import render_wav_steps

    control = TaskControl()
    long_song = Song.from_notes([Note(60 + i % 12, i * 0.5, i * 0.5 + 0.4, 80) for i in range(20)])
    steps = render_wav_steps(long_song, tmp_path / "take.wav", PianoSynth(), control)
    next(steps)
    control.stop()
    with pytest.raises(Cancelled):
        list(steps)
    assert list(tmp_path.iterdir()) == []


def _onsets(mono: np.ndarray, rate: int, n_fft: int = 512, hop: int = 128) -> list[float]:
    """Onset times by spectral flux (the summed rise of log-magnitude spectra from one frame to the next),
    as onset detectors do: a hat over a kick's tail shows as new energy high up, where the tail has none."""
    frames = np.lib.stride_tricks.sliding_window_view(np.concatenate([np.zeros(n_fft), mono]), n_fft)[::hop]
    spectra = np.log1p(100 * np.abs(np.fft.rfft(frames * np.hanning(n_fft), axis=1)))
    flux = np.maximum(0.0, np.diff(spectra, axis=0)).sum(1)                 # (frames - 1,)
    threshold = flux.mean() + 2 * flux.std()
    found = []
    for i in range(len(flux) - 1):
        if flux[i] > threshold and flux[i] >= flux[max(0, i - 1)] and flux[i] >= flux[i + 1]:
            t = (i + 1) * hop / rate - n_fft / rate / 2       # the frame's centre, minus the zero padding
            if not found or t - found[-1] > 0.05:
                found.append(t)
    return found


def test_builtin_synth_plays_a_drum_track():
    from studio.music.drums import drum_kind
    from studio.music.song import Track

    # Kick, closed hat, snare, tom, clap, cowbell, open hat, crash: GM channel 10 keys, short notes.
    hits = [(36, 0.0), (42, 0.3), (38, 0.6), (45, 1.0), (39, 1.4), (56, 1.8), (46, 2.2), (49, 2.8)]
    drums = Track("Drums", 0, True, tuple(Note(p, t, t + 0.05, 110) for p, t in hits))
    synth = PianoSynth()
    audio = synth.render(Song((drums,)))
    mono = audio.mean(1)
    rate = synth.sample_rate
    assert float(np.sqrt((mono ** 2).mean())) > 0.005 and float(np.abs(audio).max()) <= 1.0
    # One onset at each hit's time (within 10 ms), and none elsewhere.
    onsets = _onsets(mono, rate)
    assert len(onsets) == len(hits), onsets
    assert np.allclose(onsets, [t for _, t in hits], atol=0.01)

    def centroid(pitch):
        hit = synth.render(Song((Track("D", 0, True, (Note(pitch, 0.0, 0.05, 100),)),)))[:, 0][:4096]
        spectrum = np.abs(np.fft.rfft(hit * np.hanning(len(hit))))
        return float((np.fft.rfftfreq(len(hit), 1 / rate) * spectrum).sum() / spectrum.sum())

    # A kick is low, a hi-hat is high: different sounds, not one noise for every key.
    assert centroid(36) < 400 < 4000 < centroid(42)
    assert [drum_kind(p) for p in (36, 38, 42, 45, 49)] == ["kick", "snare", "hat", "tom", "cymbal"]
    # A drum hit is a one-shot: a longer note does not change it, a louder one is louder.
    short = synth.render(Song((Track("D", 0, True, (Note(38, 0.0, 0.01, 100),)),)), end=0.25)
    long = synth.render(Song((Track("D", 0, True, (Note(38, 0.0, 0.2, 100),)),)), end=0.25)
    soft = synth.render(Song((Track("D", 0, True, (Note(38, 0.0, 0.2, 30),)),)), end=0.25)
    assert np.allclose(short, long) and np.abs(long).max() > 3 * np.abs(soft).max()
