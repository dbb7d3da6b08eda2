"""A fast MusicXML reader for the built-in Bach chorales: a score's notes straight from its XML, as MIDI.

music21 takes ~0.15 s of one core to turn a chorale into MIDI (it builds its whole object model of the
score first), and a second or two to import; the dataset needs only the notes, so this reads them with
ElementTree, ~15 ms a chorale. It follows what music21 writes for the same file, so that the cache holds the same music
either way (``bench/bench_chorale_reader.py`` compares every chorale of the corpus both ways):

- parts become tracks (the part's name; its MIDI program, 0 when the score gives none), in score order;
- a note's pitch is its step, alter and octave; its onset and length come from ``<duration>`` in
  ``<divisions>``, with ``<chord/>``, ``<backup>``, ``<forward>`` and voices; rests take time;
- tied notes (``<tie>`` start/stop) become one note, as music21's ``stripTies`` makes them;
- a measure lasts as long as its content, as in music21 (so a pickup measure is short);
- repeats are played out (``<repeat>`` backward/forward with ``times``, first and second endings),
  as music21's ``expandRepeats`` does before it writes MIDI (``studio.data.score_repeats``);
- the tempo is ``<sound tempo>``, with its changes (120 beats per minute when none, music21's
  default); every note has music21's velocity for a score without dynamics (90).

A part on several staves (a keyboard) becomes one track per staff, as in music21. A score with anything
else that changes the sound (dynamics, metronome marks, transposing parts, unpitched or cue notes,
microtones, da capo and segno signs, repeats that do not pair up) is rejected with ``ScoreRejected`` and
its reason: the caller converts it with music21.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from xml.etree import ElementTree

from studio.core.errors import DataError
from studio.data.score_repeats import RepeatError, play_order

DEFAULT_TEMPO = 120.0     # music21's tempo for a score that gives none
VELOCITY = 90             # music21's velocity of a note without dynamics: its default volume, 0.70866 × 127
# Ticks per quarter note: 480 holds every chorale's note values exactly (down to 64th-note triplets), and
# pretty_midi reads such a file twice as fast as one at music21's 10,080 (its tick-to-time table is per tick).
RESOLUTION = 480
MUSICXML_SUFFIXES = (".mxl", ".xml", ".musicxml")
_STEPS = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}
# Words music21 reads as jumps (da capo, dal segno, fine, coda): a score with them goes to music21.
_JUMP_WORDS = re.compile(r"\b(d\.\s*c\.|d\.\s*s\.|da\s+capo|dal\s+segno|fine|coda|segno)", re.IGNORECASE)
_JUMP_SOUNDS = ("dacapo", "dalsegno", "segno", "coda", "tocoda", "fine")


class ScoreRejected(DataError):
    """A score this reader does not convert; ``reason`` says why (music21 converts it instead)."""

    def __init__(self, reason: str, name: str = "") -> None:
        self.reason = reason
        super().__init__(f"'{name}': {reason}" if name else reason)


@dataclass(frozen=True)
class ScoreNote:
    """One sounding note: MIDI pitch, onset and length in quarter notes from the start (repeats played out)."""

    pitch: int
    onset: Fraction
    duration: Fraction


@dataclass
class ScorePart:
    name: str
    program: int
    notes: list[ScoreNote] = field(default_factory=list)


@dataclass
class Score:
    """The notes of a score's parts, and its tempo, time and key signatures, in quarter notes."""

    parts: list[ScorePart]
    tempos: list[tuple[Fraction, float]]                 # (onset, quarter notes per minute), first at 0
    time_signatures: list[tuple[Fraction, int, int]]     # (onset, numerator, denominator)
    keys: list[tuple[Fraction, int, str]]                # (onset, fifths, mode)

    def seconds(self, quarters: Fraction) -> float:
        """The time in seconds of a point ``quarters`` quarter notes from the start, through the tempo map."""
        t, at, bpm = 0.0, Fraction(0), self.tempos[0][1]
        for onset, next_bpm in self.tempos[1:]:
            if onset >= quarters:
                break
            t += float(onset - at) * 60.0 / bpm
            at, bpm = onset, next_bpm
        return t + float(quarters - at) * 60.0 / bpm

    def midi_bytes(self) -> bytes:
        """The score as a MIDI file: one track per part, the tempo map, time and key signatures.

        pretty_midi writes one tempo; the notes are placed in quarter notes at that tempo, and the file's
        later tempi are added to its first track afterwards (mido, which pretty_midi writes with), so the
        notes keep their beats and play at the score's tempi, as in music21's file.
        """
        import pretty_midi

        beat = 60.0 / self.tempos[0][1]                  # seconds a quarter note at the first tempo

        def at(quarters: Fraction) -> float:
            return float(quarters) * beat

        pm = pretty_midi.PrettyMIDI(resolution=RESOLUTION, initial_tempo=self.tempos[0][1])
        for onset, num, den in self.time_signatures:
            pm.time_signature_changes.append(pretty_midi.TimeSignature(num, den, at(onset)))
        for onset, fifths, mode in self.keys:
            tonic = (fifths * 7 + (9 if mode == "minor" else 0)) % 12
            pm.key_signature_changes.append(
                pretty_midi.KeySignature(tonic + (12 if mode == "minor" else 0), at(onset)))
        for part in self.parts:
            inst = pretty_midi.Instrument(program=part.program, name=part.name)
            inst.notes = [pretty_midi.Note(VELOCITY, n.pitch, at(n.onset), at(n.onset + n.duration))
                          for n in part.notes]
            pm.instruments.append(inst)
        buffer = io.BytesIO()
        pm.write(buffer)
        if len(self.tempos) == 1:
            return buffer.getvalue()
        return _add_tempi(buffer.getvalue(), self.tempos[1:])


def _add_tempi(data: bytes, tempos: list[tuple[Fraction, float]]) -> bytes:
    """The MIDI file ``data`` with set-tempo events at ``tempos`` (onset in quarter notes, bpm) in its first track."""
    import mido

    midi = mido.MidiFile(file=io.BytesIO(data))
    events, tick = [], 0
    for message in midi.tracks[0]:
        tick += message.time
        if message.type != "end_of_track":
            events.append((tick, message))
    for onset, bpm in tempos:
        events.append((round(onset * midi.ticks_per_beat), mido.MetaMessage("set_tempo", tempo=mido.bpm2tempo(bpm))))
    events.sort(key=lambda e: e[0])                    # stable: a tempo after what the file has at its tick
    track, last = mido.MidiTrack(), 0
    for tick, message in events:
        track.append(message.copy(time=tick - last))
        last = tick
    track.append(mido.MetaMessage("end_of_track", time=0))
    midi.tracks[0] = track
    out = io.BytesIO()
    midi.save(file=out)
    return out.getvalue()


def musicxml_to_midi_bytes(path: str | Path) -> bytes:
    """The MIDI file of the MusicXML score at ``path`` (.mxl, .xml, .musicxml); ScoreRejected if it cannot."""
    score = read_musicxml(path)
    try:
        return score.midi_bytes()
    except (ValueError, TypeError, OverflowError) as exc:     # e.g. a time signature MIDI cannot hold
        raise ScoreRejected(f"its MIDI could not be written ({exc.__class__.__name__}: {exc})",
                            Path(path).name) from None


def read_musicxml(path: str | Path) -> Score:
    """The Score of a MusicXML file; ScoreRejected with the reason when this reader does not handle it."""
    path = Path(path)
    if path.suffix.lower() not in MUSICXML_SUFFIXES:
        raise ScoreRejected("it is not a MusicXML file", path.name)
    try:
        root = ElementTree.fromstring(_xml_bytes(path))
    except ScoreRejected as exc:
        raise ScoreRejected(exc.reason, path.name) from None
    except (OSError, zipfile.BadZipFile, ElementTree.ParseError, KeyError) as exc:
        raise ScoreRejected(f"it could not be read ({exc.__class__.__name__}: {exc})", path.name) from None
    if root.tag != "score-partwise":
        raise ScoreRejected(f"it is a {root.tag}, not a score-partwise", path.name)
    try:
        return _read_score(root)
    except ScoreRejected as exc:
        raise ScoreRejected(exc.reason, path.name) from None
    except (ValueError, TypeError, ZeroDivisionError, AttributeError, KeyError, IndexError) as exc:
        raise ScoreRejected(f"it has a value this reader cannot use ({exc.__class__.__name__}: {exc})",
                            path.name) from None


def _xml_bytes(path: Path) -> bytes:
    """The score's XML: the file itself, or for .mxl (a zip) the root file its META-INF/container.xml names."""
    if path.suffix.lower() != ".mxl":
        return path.read_bytes()
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        root_file = None
        if "META-INF/container.xml" in names:
            container = ElementTree.fromstring(archive.read("META-INF/container.xml"))
            rootfile = container.find(".//rootfile")
            root_file = rootfile.get("full-path") if rootfile is not None else None
        if root_file is None:
            root_file = next((n for n in names if not n.startswith("META-INF/")
                              and n.lower().endswith((".xml", ".musicxml"))), None)
        if root_file is None:
            raise ScoreRejected("the archive holds no MusicXML file")
        return archive.read(root_file)


# Reading a score ------------------------------------------------------------------------------------


@dataclass
class _Measure:
    """One measure of one part, as written (before repeats are played out); offsets within the measure."""

    length: Fraction
    # Notes, chords and rests as music21 sees them: [offset, pitches (none for a rest), duration, tie types,
    # staff]
    elements: list[list]
    tempos: list[tuple[Fraction, float]]
    time_signature: tuple[int, int] | None = None
    key: tuple[int, str] | None = None
    left: str | None = None          # a repeat sign on the left barline: "start" (forward) or "end"
    right: str | None = None         # on the right barline: "end" (backward)
    times: int | None = None         # how often the passage is played (the backward repeat's ``times``)
    ending: tuple[int, ...] | None = None   # the numbers of the ending (volta) that starts here
    ending_stop: bool = False


def _read_score(root) -> Score:
    # music21 reads a <forward> of a score written by Finale as a hidden rest (which then takes time and
    # separates notes when it joins ties), and of any other score as a mere move.
    software = root.findtext("identification/encoding/software") or ""
    finale = "Finale" in software
    names, programs = {}, {}
    for sp in root.iterfind("part-list/score-part"):
        pid = sp.get("id")
        names[pid] = (sp.findtext("part-name") or "").strip()
        program = (sp.findtext("midi-instrument/midi-program") or "").strip()
        programs[pid] = max(0, int(program) - 1) if program else 0   # MusicXML counts programs from 1
    parts, part_measures = [], []
    for part_el in root.iterfind("part"):
        pid = part_el.get("id")
        measures, staves = _read_measures(part_el, finale)
        try:
            order = play_order(measures)
        except RepeatError as exc:
            raise ScoreRejected(str(exc)) from None
        # A part on several staves (a keyboard) becomes one track per staff, as music21 writes it.
        parts += [ScorePart(names.get(pid, ""), programs.get(pid, 0), _part_notes(measures, order, staff))
                  for staff in range(1, staves + 1)]
        part_measures.append((measures, order))
    if not parts:
        raise ScoreRejected("it has no parts")
    tempos, time_signatures, keys = _conductor(part_measures)
    return Score(parts, tempos, time_signatures, keys)


def _duration(el, divisions: int | None) -> Fraction:
    text = el.findtext("duration")
    if text is None:
        raise ScoreRejected("a note or move has no duration")
    if divisions is None:
        raise ScoreRejected("a duration comes before <divisions>")
    return Fraction(text.strip()) / divisions


def _read_measures(part_el, finale: bool) -> tuple[list[_Measure], int]:
    """The part's measures as written, and its number of staves."""
    divisions: int | None = None
    bar = Fraction(4)                # the length of a full measure in the current time signature
    staves = 1
    measures = []
    for m_el in part_el.iterfind("measure"):
        m = _Measure(Fraction(0), [], [])
        cursor = high = Fraction(0)
        content = False               # notes or rests (music21 fills a measure without any with a rest)
        for el in m_el:
            tag = el.tag
            if tag == "note":
                if el.find("grace") is not None:
                    continue          # music21 gives grace notes no time, and its MIDI no sound
                if el.find("cue") is not None or el.find("unpitched") is not None:
                    raise ScoreRejected("it has cue or unpitched notes")
                if el.get("dynamics") is not None:
                    raise ScoreRejected("it has note dynamics")
                duration = _duration(el, divisions)
                rest = el.find("rest") is not None
                if el.find("chord") is not None and m.elements and m.elements[-1][1]:
                    if not rest:      # one more pitch of the chord before: its onset and length
                        m.elements[-1][1] += (_pitch(el),)
                        m.elements[-1][3] += (_tie(el),)
                    continue
                m.elements.append([cursor, () if rest else (_pitch(el),), duration, (None,) if rest else (_tie(el),),
                                   _staff(el, staves)])
                cursor += duration
                high = max(high, cursor)
                content = True
            elif tag == "backup":
                cursor -= _duration(el, divisions)
                if cursor < 0:
                    raise ScoreRejected("a <backup> goes before the start of its measure")
            elif tag == "forward":
                duration = _duration(el, divisions)
                if finale:
                    m.elements.append([cursor, (), duration, (None,), _staff(el, staves)])
                    high = max(high, cursor + duration)
                cursor += duration
            elif tag == "attributes":
                divisions, bar = _attributes(el, m, cursor, divisions, bar)
                staves = max(staves, int((el.findtext("staves") or "1").strip()))
            elif tag == "direction":
                _direction(el, m, cursor, divisions)
            elif tag == "sound":
                _sound(el, m, cursor)
            elif tag == "barline":
                _barline(el, m)
        m.length = _measure_length(high, bar, content)
        measures.append(m)
    return measures, staves


def _staff(el, staves: int) -> int:
    staff = int((el.findtext("staff") or "1").strip())
    if not 1 <= staff <= staves:
        raise ScoreRejected("a note is on a staff its part does not have")
    return staff


def _measure_length(high: Fraction, bar: Fraction, content: bool) -> Fraction:
    """How far the next measure starts: music21's ``adjustTimeAttributesFromMeasure``."""
    if high > bar:
        diff = high - bar
        # music21 keeps an overfull measure whose excess is "round", else trusts the time signature.
        round_excess = diff > Fraction(1, 2) or (diff * 16).denominator == 1 or (diff * 12).denominator == 1
        return high if round_excess else bar
    if high == 0 and not content:
        return bar
    return high


def _pitch(el) -> int:
    p = el.find("pitch")
    if p is None:
        raise ScoreRejected("a note has no pitch")
    alter = Fraction((p.findtext("alter") or "0").strip())
    if alter.denominator != 1:
        raise ScoreRejected("it has microtones")
    midi = (int(p.findtext("octave").strip()) + 1) * 12 + _STEPS[p.findtext("step").strip().upper()] + int(alter)
    if not 0 <= midi <= 127:
        raise ScoreRejected("a note is outside the MIDI range")
    return midi


def _tie(el) -> str | None:
    """music21's tie type of a note from its <tie> elements: start, stop, continue (both), or None."""
    types = {t.get("type") for t in el.iterfind("tie")} - {None}
    if not types:
        return None
    if types == {"start", "stop"}:
        return "continue"
    return types.pop() if len(types) == 1 else None


def _attributes(el, m: _Measure, cursor: Fraction, divisions, bar):
    text = el.findtext("divisions")
    if text is not None:
        divisions = int(text.strip())
        if divisions <= 0:
            raise ScoreRejected("its <divisions> is not positive")
    if el.find("transpose") is not None:
        raise ScoreRejected("it has a transposing part")
    time = el.find("time")
    if time is not None:
        beats, beat_type = time.findtext("beats"), time.findtext("beat-type")
        if beats is None or beat_type is None or not beats.strip().isdigit():
            raise ScoreRejected("its time signature is not a plain one")
        num, den = int(beats.strip()), int(beat_type.strip())
        bar = Fraction(4 * num, den)
        if cursor == 0:
            m.time_signature = (num, den)
    key = el.find("key")
    if key is not None and key.findtext("fifths") is not None and cursor == 0:
        m.key = (int(key.findtext("fifths").strip()), (key.findtext("mode") or "major").strip().lower())
    return divisions, bar


def _direction(el, m: _Measure, cursor: Fraction, divisions) -> None:
    for kind in el.iterfind("direction-type/*"):
        if kind.tag in ("dynamics", "metronome", "segno", "coda", "octave-shift"):
            raise ScoreRejected(f"it has a <{kind.tag}> direction")
        if kind.tag == "words" and _JUMP_WORDS.search(kind.text or ""):
            raise ScoreRejected(f"it has the words '{kind.text.strip()}'")
    offset = el.findtext("offset")
    at = cursor + (Fraction(int(offset.strip()), divisions) if offset is not None and divisions else 0)
    sound = el.find("sound")
    if sound is not None:
        _sound(sound, m, at)


def _sound(el, m: _Measure, at: Fraction) -> None:
    if any(el.get(a) is not None for a in _JUMP_SOUNDS):
        raise ScoreRejected("it has a da capo, segno or coda jump")
    tempo = el.get("tempo")
    if tempo is not None and float(tempo) > 0:
        m.tempos.append((at, float(tempo)))


def _barline(el, m: _Measure) -> None:
    left = el.get("location", "right") == "left"
    repeat = el.find("repeat")
    if repeat is not None:
        direction = repeat.get("direction")
        if direction == "forward" and left:
            m.left = "start"
        elif direction == "backward" and left:
            m.left = "end"
        elif direction == "backward":
            m.right = "end"
        else:
            raise ScoreRejected("it has a forward repeat on a right barline")
        times = repeat.get("times")
        if direction == "backward" and times is not None:
            m.times = int(times)
    ending = el.find("ending")
    if ending is not None:
        kind = ending.get("type")
        if kind == "start":
            numbers = tuple(int(n) for n in re.findall(r"\d+", ending.get("number", "")))
            if not numbers:
                raise ScoreRejected("an ending has no number")
            m.ending = numbers
        elif kind in ("stop", "discontinue"):
            m.ending_stop = True


# Notes and the conductor track -------------------------------------------------------------------------


def _part_notes(measures: list[_Measure], order: list[int], staff: int = 1) -> list[ScoreNote]:
    """The notes of the part's ``staff`` in playing order, tied notes merged as music21's
    ``stripTies(matchByPitch=True)`` merges them before it writes MIDI (its rules, including its tolerance
    of missing tie stops)."""
    elements = []
    at = Fraction(0)
    for index in order:
        m = measures[index]
        elements += [[at + offset, pitches, duration, ties] for offset, pitches, duration, ties, on in m.elements
                     if duration > 0 and on == staff]
        at += m.length
    elements.sort(key=lambda e: e[0])       # stable: elements at one onset keep the score's order
    connected: list[int] = []               # music21's posConnected: the run of elements a tie joins
    merged: set[int] = set()
    for i, (_, pitches, _, ties) in enumerate(elements):
        tie = next((t for t in ties if t is not None), None)
        end = None
        if tie == "start":
            connected = connected + [i] if i > 0 and i - 1 in connected else [i]
            end = False
        elif tie == "continue":
            if not connected:
                connected = [i]
            elif _ends_tie(elements, i, connected):
                connected.append(i)
            else:
                connected = [i]
            end = False
        if end is None:
            end = _ends_tie(elements, i, connected)
        if end:
            connected.append(i)
            if len(connected) >= 2:
                first = elements[connected[0]]
                first[2] += sum(elements[q][2] for q in connected[1:])
                first[3] = (None,) * len(first[1])
                merged.update(connected[1:])
            connected = []
    return [ScoreNote(p, e[0], e[2]) for i, e in enumerate(elements) if i not in merged for p in e[1]]


def _ends_tie(elements: list, i: int, connected: list[int]) -> bool:
    """music21's ``updateEndMatch``: whether element ``i`` ends the tie run ``connected``."""
    pitches, ties = elements[i][1], elements[i][3]
    if len(pitches) == 1 and ties[0] == "stop":
        return True
    if i == 0 or i - 1 not in connected:
        return False
    last = elements[i - 1][1]
    if len(pitches) == 1 and len(last) == 1:
        return pitches == last                 # a note after a tied note of its pitch: joined
    if len(pitches) != 1 and last:             # chords (or a rest after a chord) of one size and pitches
        return len(pitches) == len(last) and pitches == last
    return False


def _conductor(part_measures):
    """Tempo, time and key signatures in playing order, gathered as music21's ``conductorStream`` does: part
    by part, keeping a mark only when it comes later than the one before it in that walk."""
    found: dict[str, list] = {"tempo": [], "time": [], "key": []}
    for kind in found:
        last = Fraction(-1)
        for measures, order in part_measures:
            at = Fraction(0)
            for index in order:
                m = measures[index]
                marks = {"tempo": [(at + o, bpm) for o, bpm in m.tempos],
                         "time": [(at, *m.time_signature)] if m.time_signature else [],
                         "key": [(at, *m.key)] if m.key else []}[kind]
                for mark in marks:
                    if mark[0] > last:
                        found[kind].append(mark)
                    last = mark[0]
                at += m.length
    tempos = _changes(found["tempo"]) or [(Fraction(0), DEFAULT_TEMPO)]
    if tempos[0][0] > 0:
        tempos.insert(0, (Fraction(0), DEFAULT_TEMPO))     # a MIDI file plays at 120 until its first tempo
    return tempos, _changes(found["time"]), _changes(found["key"])


def _changes(marks: list[tuple]) -> list[tuple]:
    """Marks sorted by onset (the last of those at one onset wins, as in a MIDI file), repeats of the same
    value dropped."""
    by_onset = {}
    for mark in sorted(marks, key=lambda m: m[0]):
        by_onset[mark[0]] = mark
    out = []
    for mark in by_onset.values():
        if not out or out[-1][1:] != mark[1:]:
            out.append(mark)
    return out
