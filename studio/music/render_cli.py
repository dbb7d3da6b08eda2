"""`studio music render TAKE.mid -o take.wav`: a MIDI file rendered to audio, on the same core as the tab."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_render_command(music_sub) -> None:
    """Add ``render`` to the ``studio music`` sub-commands (``music_sub`` is their sub-parsers action)."""
    p = music_sub.add_parser(
        "render", help="render a MIDI file to a WAV file",
        description="Render a MIDI file to a 16-bit stereo WAV with FluidSynth and the General MIDI sound font "
                    "that ships inside pretty_midi (or --soundfont), or the built-in piano synthesiser where "
                    "FluidSynth is missing.")
    p.add_argument("midi", type=Path, help="the .mid file to render")
    p.add_argument("-o", "--output", type=Path, help="the .wav to write (default: the MIDI file's name with .wav)")
    p.add_argument("--synth", choices=["auto", "fluidsynth", "builtin"], default="auto",
                   help="which synthesiser (default auto: FluidSynth where it is installed)")
    p.add_argument("--soundfont", type=Path, help="a .sf2 sound font for FluidSynth")
    p.add_argument("--sample-rate", type=int, default=44100, choices=[22050, 32000, 44100, 48000],
                   help="samples per second (default 44100)")
    p.add_argument("-y", "--overwrite", action="store_true", help="replace the output file if it exists")
    p.set_defaults(func=run_render)


def run_render(args: argparse.Namespace) -> int:
    from studio.core.console import ProgressBar
    from studio.music.midi_io import read_midi
    from studio.music.render import check_output, render_wav_steps
    from studio.music.synth import choose_synth

    output = args.output or args.midi.with_suffix(".wav")
    check_output(output, args.overwrite, inputs=(args.midi,))
    song = read_midi(args.midi)
    synth = choose_synth(args.synth, args.soundfont, args.sample_rate)
    print(f"Synthesiser: {synth.name}")
    bar = None
    for progress in render_wav_steps(song, output, synth):
        if bar is None:
            bar = ProgressBar(progress.total or 1.0, "Rendering")
        bar.update(progress.done, f"{progress.done:.1f} / {progress.total:.1f} s")
    if bar is not None:
        bar.close()
    print(f"Wrote {output}")
    return 0
