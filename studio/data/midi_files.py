"""Reading MIDI files at the data layer: pretty_midi behind one clear error, and notes as plain arrays.

``studio.music.midi_io`` turns what this reads into Songs; the music datasets (``studio.data.music``)
read notes as arrays, which is all a tokeniser needs.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import numpy as np

from studio.core.errors import DataError

MIDI_SUFFIXES = (".mid", ".midi", ".smf", ".kar")
# A MIDI file starts with this chunk id; RIFF-wrapped MIDI (.rmi) is not read.
MIDI_MAGIC = b"MThd"


class MidiFileError(DataError):
    """A file that is not a MIDI file pretty_midi can read."""


def open_midi(path: str | Path | None = None, data: bytes | None = None, name: str | None = None):
    """A ``pretty_midi.PrettyMIDI`` of the file at ``path`` (or of ``data``), or a MidiFileError sentence."""
    import pretty_midi

    label = name or (Path(path).name if path is not None else "The MIDI data")
    if data is None:
        try:
            data = Path(path).read_bytes()
        except IsADirectoryError:
            raise MidiFileError(f"'{label}' is a folder, not a MIDI file.") from None
        except OSError as exc:
            raise MidiFileError(f"Could not read '{label}': {exc.strerror or exc}.") from None
    if not data:
        raise MidiFileError(f"'{label}' is empty: it holds no MIDI data.")
    if data[:4] != MIDI_MAGIC:
        raise MidiFileError(f"'{label}' is not a MIDI file (it does not start with a MIDI header).")
    try:
        with warnings.catch_warnings():
            # pretty_midi warns about odd but readable files (e.g. events on the wrong track); they still load.
            warnings.simplefilter("ignore")
            return pretty_midi.PrettyMIDI(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - mido/pretty_midi raise many kinds for damaged bytes
        detail = str(exc).strip().rstrip(".")
        raise MidiFileError(f"'{label}' is a damaged MIDI file and could not be read"
                            + (f" ({detail})." if detail else ".")) from None


# One row per note: pitch, start (s), end (s), velocity, program, is_drum (0/1).
NOTE_COLUMNS = ("pitch", "start", "end", "velocity", "program", "drum")


def note_array(pm, drums: bool = False) -> np.ndarray:
    """Every note of a PrettyMIDI as a float64 array (N, 6) sorted by start then pitch (NOTE_COLUMNS).

    Drum tracks are left out unless ``drums``; notes of zero or negative length are dropped.
    """
    rows = []
    for inst in pm.instruments:
        if inst.is_drum and not drums:
            continue
        for n in inst.notes:
            if n.end > n.start and 0 <= n.pitch <= 127:
                rows.append((n.pitch, max(0.0, n.start), n.end, max(1, min(127, n.velocity)), inst.program,
                             float(inst.is_drum)))
    if not rows:
        return np.zeros((0, 6), dtype=np.float64)
    out = np.asarray(rows, dtype=np.float64)
    return out[np.lexsort((out[:, 0], out[:, 1]))]


def list_midi_files(folder: Path) -> list[Path]:
    """The MIDI files in ``folder`` and its sub-folders, in a stable (sorted) order."""
    return sorted(p for p in Path(folder).rglob("*") if p.is_file() and p.suffix.lower() in MIDI_SUFFIXES)
