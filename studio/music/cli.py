"""`studio music …`: import MIDI folders (or the built-in Bach chorales), generate takes, render audio."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("music", help="import MIDI files, generate music with a trained note-rnn or event-rnn, "
                                     "render MIDI to audio")
    actions = p.add_subparsers(dest="music_command", metavar="ACTION")
    p.set_defaults(func=lambda args: _usage(p))

    i = actions.add_parser("import", help="read a folder of MIDI files (or 'bach') as a dataset and report "
                                          "what was used and what was skipped, and why",
                           description="Read every MIDI file of FOLDER (type 0 or 1). Broken or empty files are "
                                       "skipped and listed in the report. 'bach' converts the Bach chorales "
                                       "inside music21 into the workspace once. Train on the result with "
                                       "`studio train --model note-rnn --dataset FOLDER`.")
    i.add_argument("folder", help="a folder of .mid files, or 'bach' for the built-in chorales")
    i.add_argument("--report", help="write the report (JSON) here")
    i.add_argument("--drums", action="store_true", help="keep drum tracks (left out by default)")
    i.add_argument("--overwrite", "-y", action="store_true", help="replace an existing report")
    i.add_argument("--workspace", help="workspace folder (default: the one in the app's settings)")
    i.add_argument("--quiet", action="store_true", help="no progress bar")
    i.set_defaults(func=_import)

    g = actions.add_parser("generate", help="write takes sampled from a trained note-rnn or event-rnn run",
                           description="Sample a take from RUN (a run id, a unique part of one, or its folder). "
                                       "With --variations N, writes NAME-1.mid … NAME-N.mid.")
    g.add_argument("run", help="the run: its id, a unique part of it, or its folder")
    g.add_argument("-o", "--output", required=True, help="the MIDI file to write (.mid)")
    length = g.add_mutually_exclusive_group()
    length.add_argument("--seconds", type=float, default=30.0, help="length of the take (default 30)")
    length.add_argument("--bars", type=float, help="length in bars, at the tempo")
    g.add_argument("--temperature", type=float, default=1.0, help="below 1: safer, above 1: wilder (default 1)")
    g.add_argument("--top-k", type=int, default=0, help="sample among the k likeliest tokens (0: off)")
    g.add_argument("--top-p", type=float, default=1.0, help="sample within this share of probability (1: off)")
    g.add_argument("--variations", type=int, default=1, help="how many takes (default 1)")
    g.add_argument("--seed", type=int, default=0, help="random seed (the same seed gives the same take)")
    g.add_argument("--scale", help="use only the notes of this key, e.g. 'C major', 'A minor', 'D dorian'")
    g.add_argument("--key", help="the take's key, e.g. 'D minor' (default: the primer's key when continuing, "
                                 "else the --scale's, else C major; the model plays in C major / A minor and the "
                                 "take is moved there)")
    g.add_argument("--primer", help="continue this MIDI file")
    g.add_argument("--primer-start", type=float, help="continue only the primer from this second on")
    g.add_argument("--primer-end", type=float, help="… up to this second")
    g.add_argument("--note", help="start from this note (e.g. C4 or 60) instead of silence")
    g.add_argument("--random-start", action="store_true",
                   help="start from a few random notes (drawn with --seed; the model reads them, the take "
                        "begins after them)")
    g.add_argument("--tempo", type=float, help="tempo of the take in bpm (default: the primer's, else 120)")
    g.add_argument("--time-signature", metavar="N/D",
                   help="time signature of the take, e.g. 3/4 (default: the primer's, else 4/4); --bars counts "
                        "its bars")
    g.add_argument("--device", default="cpu", help="cpu (default), cuda or auto")
    g.add_argument("--overwrite", "-y", action="store_true", help="replace existing output files")
    g.add_argument("--workspace", help="workspace folder (default: the one in the app's settings)")
    g.add_argument("--quiet", action="store_true", help="no progress bar")
    g.set_defaults(func=_generate)

    try:   # `studio music render`, from the playback side of the package
        from studio.music.render_cli import add_render_command
    except ImportError:
        pass
    else:
        add_render_command(actions)


def _usage(p: argparse.ArgumentParser) -> int:
    p.print_help()
    return 2


def _workspace(args):
    from studio.core.settings import Settings
    from studio.core.workspace import Workspace

    return Workspace(Path(args.workspace).expanduser() if args.workspace else Settings.load().workspace_path())


def _check_output(path: Path, inputs: list[Path], overwrite: bool) -> None:
    """An output is never one of the inputs, and replaces a file only when asked to."""
    from studio.core.errors import StudioError

    for source in inputs:
        if source.exists() and path.exists() and path.resolve() == source.resolve():
            raise StudioError(f"The output '{path.name}' is one of the inputs; choose another file name.")
    if path.is_dir():
        raise StudioError(f"'{path}' is a folder; give a file name.")
    if path.exists() and not overwrite:
        raise StudioError(f"'{path.name}' already exists; add --overwrite to replace it.")


def _drive(items, quiet: bool, label: str):
    """Run a generator of Progress and results with a progress bar; returns the last non-Progress item."""
    from studio.core.console import ProgressBar
    from studio.core.tasks import Progress

    bar, result = None, None
    try:
        for item in items:
            if isinstance(item, Progress):
                if not quiet and item.total:
                    bar = bar or ProgressBar(item.total, label)
                    bar.update(item.done, item.unit, item.eta_s)
            else:
                result = item
    finally:
        if bar is not None:
            bar.close()
    return result


def _import(args) -> int:
    from studio.core.errors import StudioError
    from studio.data.bach import convert_chorales
    from studio.data.midi_dataset import BUILT_IN, import_midi_folder

    report = Path(args.report).expanduser() if args.report else None
    folder = Path(args.folder).expanduser()
    if report is not None:
        _check_output(report, [folder], args.overwrite)
    name = None
    if args.folder.strip().lower() == BUILT_IN:
        cache = _workspace(args).root / "cache"
        folder = _drive(convert_chorales(cache), args.quiet, "Converting the Bach chorales")
        name = "Bach chorales"
    elif not folder.is_dir():
        raise StudioError(f"'{args.folder}' is not a folder of MIDI files (or 'bach').")
    collection = _drive(import_midi_folder(folder, args.drums, name=name), args.quiet, "Reading MIDI files")
    if name:
        from studio.data.midi_dataset import bach_skipped

        collection.skipped += bach_skipped(cache)
    summary = collection.report()["summary"]
    print(f"{collection.name}: {summary['used']} of {summary['files']} files used, {summary['notes']:,} notes, "
          f"{summary['hours']:.2f} hours; {summary['skipped']} skipped.")
    for s in collection.skipped[:10]:
        print(f"  skipped: {s['reason']}")
    if len(collection.skipped) > 10:
        print(f"  … and {len(collection.skipped) - 10} more (see the report)")
    if report is not None:
        collection.write_report(report)
        print(f"Wrote the report to {report}.")
    dataset = "bach" if name else str(folder)
    print(f"Train on it: studio train --model note-rnn --dataset {dataset}")
    return 0


def _parse_pitch(text: str) -> int:
    from studio.core.errors import StudioError
    from studio.music.scales import tonic_number

    text = text.strip()
    if text.lstrip("-").isdigit():
        return int(text)
    head = text.rstrip("-0123456789")
    octave = text[len(head):]
    if not head or not octave or not octave.lstrip("-").isdigit():
        raise StudioError(f"'{text}' is not a note; write it as a name and octave (C4 is middle C) or a MIDI number.")
    return tonic_number(head) + 12 * (int(octave) + 1)


def _parse_signature(text: str) -> tuple[int, int]:
    from studio.core.errors import StudioError

    parts = text.replace(" ", "").split("/")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        raise StudioError(f"'{text}' is not a time signature; write it as beats/unit, for example 3/4 or 6/8.")
    return int(parts[0]), int(parts[1])


def _generate(args) -> int:
    from studio.core.errors import StudioError
    from studio.core.workspace import Run
    from studio.music.generate import GenerateOptions, generate_takes
    from studio.music.midi_io import read_midi, write_midi

    output = Path(args.output).expanduser()
    if output.suffix.lower() not in (".mid", ".midi"):
        raise StudioError("The output must be a MIDI file ending in .mid.")
    outputs = [output] if args.variations == 1 else [
        output.with_name(f"{output.stem}-{i + 1}{output.suffix}") for i in range(args.variations)]
    primer_path = Path(args.primer).expanduser() if args.primer else None
    for path in outputs:
        _check_output(path, [primer_path] if primer_path else [], args.overwrite)
    run_path = Path(args.run).expanduser()
    run = Run(run_path) if (run_path / "info.json").exists() else _workspace(args).find(args.run)
    primer = None
    start = "silence"
    if sum(bool(x) for x in (primer_path, args.note, args.random_start)) > 1:
        raise StudioError("Choose one start: --primer, --note or --random-start.")
    if args.random_start:
        start = "random"
    elif primer_path is not None:
        primer = read_midi(primer_path)
        if args.primer_start is not None or args.primer_end is not None:
            primer = primer.window(args.primer_start or 0.0, args.primer_end or primer.end + 1e-6)
        start = "primer"
    elif args.note:
        start = "note"
    options = GenerateOptions(seconds=args.seconds, bars=args.bars, temperature=args.temperature,
                              top_k=args.top_k, top_p=args.top_p, variations=args.variations, seed=args.seed,
                              scale=args.scale, key=args.key, start=start,
                              start_pitch=_parse_pitch(args.note) if args.note else 60, tempo_bpm=args.tempo,
                              time_signature=_parse_signature(args.time_signature) if args.time_signature else None)
    device = args.device
    if device == "auto":
        from studio.core.devices import resolve_device

        device = str(resolve_device("auto"))
    takes = _drive(_with_progress(generate_takes(run, primer, options, device=device)), args.quiet,
                   "Generating")
    for path, song in zip(outputs, takes.songs):
        write_midi(song, path)
        new = song.tracks[-1]
        key = f", moved into {takes.key}" if takes.key else ""
        print(f"Wrote {path} ({len(new.notes)} notes, {song.end:.1f} s{key}).")
    return 0


def _with_progress(items):
    """Takes as Progress for the bar (tokens sampled), passing the takes themselves through."""
    from studio.core.tasks import Progress
    from studio.music.generate import Takes

    for item in items:
        if isinstance(item, Takes):
            yield Progress(round(100 * item.fraction, 1), 100, "", None, f"{item.done} tokens")
        yield item
