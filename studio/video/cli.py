"""`studio highlights`: find a video's loud moments and cut them into a reel, from the command line."""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

# A level such as -25dB is a value, not an option: argparse takes only plain negative numbers as values.
_NEGATIVE_VALUE = re.compile(r"^-(\d+\.?\d*|\.\d+)(db|dbfs|lufs|lu)?$", re.IGNORECASE)


class _HelpFormatter(argparse.ArgumentDefaultsHelpFormatter):
    """Shows a default once: not for options without one, nor where the help already names it."""

    def _get_help_string(self, action):
        text = action.help or ""
        if action.default is None or action.default is False or "default" in text or action.default == []:
            return text
        return super()._get_help_string(action)


def _seconds(text: str) -> float:
    """Seconds from "90", "1:30" or "1:02:03"."""
    try:
        parts = [float(p) for p in str(text).split(":")]
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a length; write seconds (90) or m:ss (1:30).") from None
    value = 0.0
    for p in parts:
        value = value * 60 + p
    if value < 0:
        raise argparse.ArgumentTypeError("a length cannot be negative")
    return value


def empty_reel_message(spec, has_sound: bool, min_length: float) -> str:
    """Why the reel would be empty, with a suggestion that differs from what the user already tried."""
    if not has_sound:
        return "The file has no sound to measure, so it has no loud moments to make a reel of."
    if spec.mode == "percentile":
        share = float(spec.value or 10.0)
        if share >= 50:
            return (f"No loud part of the file lasts {min_length:g} s or longer, so the reel would be empty; "
                    "try a shorter --min-length.")
        wider = f"--threshold top{min(50, max(share * 2, share + 10)):g}%"
        return (f"No loud part of the file lasts {min_length:g} s or longer, so the reel would be empty; "
                f"try a larger share ({wider}) or a shorter --min-length.")
    if spec.mode == "absolute":
        return (f"No moment is louder than {spec.value:g} dB, so the reel would be empty; try a lower level "
                f"(for example --threshold={spec.value - 10:g}dB) or --threshold top10%.")
    return ("No moment is louder than the threshold, so the reel would be empty; "
            "try a lower threshold (for example --threshold top10%).")


def register(sub) -> None:
    p = sub.add_parser(
        "highlights", help="find the loud, exciting moments of a video and cut them into a reel",
        description="Measure how loud a video or a recording is over time, mark the moments above a threshold "
                    "as highlights, and join them into a reel (MP4, H.264/AAC; or sound alone for a podcast or "
                    "a radio match) or list them for an editor.",
        formatter_class=_HelpFormatter)
    p._negative_number_matcher = _NEGATIVE_VALUE  # so that "--threshold -25dB" works as the help shows
    p.add_argument("input", help="the video or sound recording (anything FFmpeg reads)")
    p.add_argument("-o", "--output", help="the reel (.mp4/.mov/.mkv, or sound alone: .m4a/.wav/.mp3/.ogg/.flac), "
                   "or with --segments-only the list (.csv/.json/.edl/.fcpxml); default: INPUT-highlights.mp4 "
                   "beside the input (.m4a for a recording without a picture)")
    p.add_argument("--segments-only", action="store_true",
                   help="write (or print, without -o) the list of highlights instead of a reel")
    p.add_argument("--segments", action="append", default=[], metavar="FILE",
                   help="also write the list to FILE (.csv, .json, .edl, .fcpxml); may be repeated")
    p.add_argument("-y", "--overwrite", action="store_true",
                   help="replace output files that exist (a missing output folder is created)")
    g = p.add_argument_group("measuring")
    g.add_argument("--measure", choices=("rms", "lufs", "classic"), default="rms",
                   help="rms: RMS in dBFS; lufs: K-weighted loudness (EBU R128 style); classic: the energy of "
                        "10 s chunks (the method of the original highlights script)")
    g.add_argument("--window", type=float, default=0.5, help="window length in seconds (multiple of 0.05)")
    g.add_argument("--hop", type=float, default=0.25, help="step between windows in seconds")
    g.add_argument("--audio-track", type=int, default=1, help="which audio track to listen to (from 1)")
    g.add_argument("--workers", type=int, default=None,
                   help="processes for long files (default: as many as help, up to 4)")
    g = p.add_argument_group("choosing")
    g.add_argument("--threshold", default="auto",
                   help="auto (Otsu: split loud from quiet), mad or mad:K (median + K x spread), top10%% "
                        "(the loudest share), or a level such as -25dB")
    g.add_argument("--min-length", type=float, default=1.0, help="drop loud bursts shorter than this (s)")
    g.add_argument("--merge-gap", type=float, default=2.0, help="join loud parts closer than this (s)")
    g.add_argument("--pre", type=float, default=2.0, help="seconds kept before each highlight (the build-up)")
    g.add_argument("--post", type=float, default=2.0, help="seconds kept after each highlight (the reaction)")
    g.add_argument("--top", type=int, default=None, help="keep only the N best highlights")
    g.add_argument("--target-length", type=_seconds, default=None,
                   help="keep the best highlights until the reel is this long (seconds or m:ss)")
    g = p.add_argument_group("the reel")
    g.add_argument("--crossfade", type=float, default=0.0, help="blend sound and picture at each join (s)")
    g.add_argument("--copy", choices=("auto", "never", "keyframes"), default="auto",
                   help="auto: copy without re-encoding when every cut is on a keyframe; keyframes: move "
                        "cuts out to keyframes and copy (it says why when it must re-encode: a crossfade, "
                        "or codecs a reel cannot hold as they are); never: always re-encode")
    g.add_argument("--crf", type=int, default=20, help="x264 quality (lower is better and larger)")
    g.add_argument("--preset", default="veryfast", help="x264 speed preset")
    g.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def run(args) -> int:
    from studio.core.console import ProgressBar, format_duration
    from studio.core.errors import StudioError
    from studio.core.outputs import check_output
    from studio.core.tasks import Progress
    from studio.video.analysis import AnalysisSettings, HighlightAnalysis, analyse
    from studio.video.loudness import LoudnessSettings
    from studio.video.segment_lists import LIST_SUFFIXES, check_list_output, segments_csv, write_segments
    from studio.video.segments import SegmentRules, ThresholdSpec, find_segments, reel_length, resolve_threshold

    src = Path(args.input)
    spec = ThresholdSpec.parse(args.threshold)
    outputs = list(args.segments)
    if args.segments_only:
        if args.output:
            outputs.append(args.output)
        reel = None
    else:
        # The reel's code only when a reel is made: a list alone starts without it (a short file's
        # analysis takes about as long as these imports).
        from studio.video.audio_reel import (AUDIO_REEL_SUFFIXES, check_audio_reel_output, export_audio_reel,
                                             is_audio_reel)
        from studio.video.export import REEL_SUFFIXES, ExportResult, ExportSettings, check_reel_output, export_reel

        if args.output:
            reel = Path(args.output)
        else:  # a recording without a picture gets a sound reel
            from studio.video.audio import probe

            suffix = ".mp4" if probe(src).video is not None else ".m4a"
            reel = src.with_name(f"{src.stem}-highlights{suffix}")
        if reel.is_dir():
            check_output(reel)  # "… is a folder" comes before "a reel is saved as .mp4"
        if reel.suffix.lower() not in REEL_SUFFIXES and not is_audio_reel(reel):
            raise StudioError(f"A reel is saved as .mp4, .mov or .mkv, or as sound "
                              f"({', '.join(AUDIO_REEL_SUFFIXES)}); for a list of segments "
                              f"({', '.join(LIST_SUFFIXES)}) add --segments-only.")
    # The output guard, before any work: never the video, never one another, existing files only with -y.
    everything = [*outputs, *([reel] if reel else [])]
    for out in outputs:
        check_list_output(out, src, args.overwrite, others=everything)
    if reel is not None and is_audio_reel(reel):
        check_audio_reel_output(src, reel, args.overwrite, others=everything)
    elif reel is not None:
        check_reel_output(src, reel, args.overwrite, others=everything)
    for a, b in ((args.window, "window"), (args.hop, "hop")):
        if a <= 0:
            raise StudioError(f"The {b} must be longer than 0 seconds.")

    if reel is not None and not is_audio_reel(reel):
        from studio.video.audio import probe

        if probe(src).video is None:
            raise StudioError(f"{src.name} has no picture, so no video reel can be made; save the reel as "
                              f"sound ({reel.with_suffix('.m4a').name}) or list the highlights with "
                              "--segments-only.")
    bar = None if args.quiet else ProgressBar(1.0, "Analysing")
    analysis = None
    for item in analyse(src, AnalysisSettings(track=args.audio_track - 1, workers=args.workers)):
        if isinstance(item, Progress) and bar:
            bar.total = max(item.total or 0.0, 1e-9)
            bar.update(item.done, item.message, item.eta_s)
        elif isinstance(item, HighlightAnalysis):
            analysis = item
    if bar:
        bar.close()
    assert analysis is not None
    for note in analysis.notes:
        print(f"note: {note}", file=sys.stderr)
    curve = analysis.curve(LoudnessSettings(measure=args.measure, window_s=args.window, hop_s=args.hop))
    threshold = resolve_threshold(curve, spec)
    rules = SegmentRules(min_length_s=args.min_length, merge_gap_s=args.merge_gap, pre_s=args.pre,
                         post_s=args.post, top_n=args.top, target_s=args.target_length)
    segments = find_segments(curve, threshold.value, rules)
    speed = analysis.duration_s / max(analysis.elapsed_s, 1e-9)
    print(f"{src.name}: {format_duration(analysis.duration_s)} analysed in {analysis.elapsed_s:.1f} s "
          f"({speed:.0f}x real time).", file=sys.stderr)
    print(threshold.explanation, file=sys.stderr)
    print(f"{len(segments)} highlight(s), reel {format_duration(reel_length(segments, args.crossfade))}.",
          file=sys.stderr)
    extra = {"measure": args.measure, "threshold": threshold.value, "threshold_explanation": threshold.explanation}
    for out in outputs:
        write_segments(out, segments, analysis.info, extra, overwrite=args.overwrite)
        print(f"wrote {out}", file=sys.stderr)
    if args.segments_only:
        if not args.output:
            sys.stdout.write(segments_csv(segments))
        return 0
    if not segments:
        raise StudioError(empty_reel_message(spec, curve.values.size > 0, args.min_length))
    bar = None if args.quiet else ProgressBar(1.0, "Exporting")
    settings = ExportSettings(crossfade_s=args.crossfade, copy=args.copy, crf=args.crf, preset=args.preset)
    started = time.perf_counter()
    export = export_audio_reel if is_audio_reel(reel) else export_reel
    for item in export(src, segments, reel, settings, track=args.audio_track - 1, overwrite=args.overwrite):
        if isinstance(item, Progress) and bar:
            bar.total = max(item.total or 0.0, 1e-9)
            spent = time.perf_counter() - started
            eta = spent / item.done * (bar.total - item.done) if item.done > 0 else None
            bar.update(item.done, item.message, eta)
        elif isinstance(item, ExportResult):
            if bar:
                bar.update(bar.total, "done", 0)
                bar.close()
            for note in item.notes:
                print(f"note: {note}", file=sys.stderr)
            how = "copied without re-encoding" if item.stream_copied else "encoded"
            print(f"wrote {item.path} ({format_duration(item.duration_s)}, {item.segments} clip(s), {how}, "
                  f"{item.elapsed_s:.1f} s).", file=sys.stderr)
    return 0
