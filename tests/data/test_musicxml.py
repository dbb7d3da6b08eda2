"""The fast MusicXML reader (studio.data.musicxml): what it reads, what it leaves to music21, and that it
writes the same notes as music21 for real chorales of the corpus."""

from __future__ import annotations

import sys
import zipfile
from fractions import Fraction as F
from pathlib import Path

import pytest

from studio.data import bach
from studio.data.musicxml import ScoreRejected, musicxml_to_midi_bytes, read_musicxml

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from chorale_compare import compare, read_parts  # noqa: E402

PARTS = """<part-list><score-part id="P1"><part-name>Soprano</part-name></score-part>
<score-part id="P2"><part-name>Bass</part-name><midi-instrument id="I2"><midi-program>53</midi-program>
</midi-instrument></score-part></part-list>"""


def note(step, octave, duration, *extra, alter=None):
    alter_el = f"<alter>{alter}</alter>" if alter is not None else ""
    return (f"<note>{''.join(e for e in extra if e == '<chord/>')}<pitch><step>{step}</step>{alter_el}"
            f"<octave>{octave}</octave></pitch><duration>{duration}</duration>"
            f"{''.join(e for e in extra if e != '<chord/>')}</note>")


def rest(duration):
    return f"<note><rest/><duration>{duration}</duration></note>"


def score_xml(part1: str, part2: str = "", tempo: str = '<sound tempo="80"/>') -> str:
    attributes = "<attributes><divisions>2</divisions><key><fifths>-1</fifths><mode>minor</mode></key>" \
                 "<time><beats>4</beats><beat-type>4</beat-type></time></attributes>"
    part2 = part2 or f'<measure number="1">{attributes}{rest(8)}</measure>'
    return (f'<?xml version="1.0"?><score-partwise version="3.1">{PARTS}'
            f'<part id="P1">{part1.replace("ATTR", attributes + tempo)}</part><part id="P2">{part2}</part>'
            f'</score-partwise>')


def notes_of(score, part=0):
    return [(n.pitch, n.onset, n.duration) for n in score.parts[part].notes]


def write(tmp_path, xml: str, name="score.xml") -> Path:
    path = tmp_path / name
    path.write_text(xml, encoding="utf-8")
    return path


def test_reads_pickup_ties_chords_voices_and_tempo(tmp_path):
    tie_start, tie_stop = '<tie type="start"/>', '<tie type="stop"/>'
    part1 = (
        f'<measure number="0">ATTR{note("F", 4, 2)}</measure>'                      # a one-beat pickup
        f'<measure number="1">{note("B", 4, 4, alter=-1)}{note("E", 4, 4, "<chord/>")}'
        f'{note("G", 4, 4, tie_start)}<backup><duration>8</duration></backup>'         # a second voice
        f'{note("C", 4, 8, "<voice>2</voice>")}</measure>'
        f'<measure number="2">{note("G", 4, 2, tie_stop)}<forward><duration>2</duration></forward>'
        f'{rest(4)}</measure>')
    score = read_musicxml(write(tmp_path, score_xml(part1)))
    assert notes_of(score) == [(65, F(0), F(1)), (70, F(1), F(2)), (64, F(1), F(2)), (60, F(1), F(4)),
                               (67, F(3), F(3))]                  # G tied over the bar line: one note
    assert [p.name for p in score.parts] == ["Soprano", "Bass"] and [p.program for p in score.parts] == [0, 52]
    assert score.tempos == [(F(0), 80.0)] and score.time_signatures == [(F(0), 4, 4)]
    assert score.keys == [(F(0), -1, "minor")]
    assert score.seconds(F(4)) == pytest.approx(3.0)             # 4 beats at 80 a minute
    parts = read_parts(musicxml_to_midi_bytes(write(tmp_path, score_xml(part1))))
    assert [(n[0], round(n[1], 6), round(n[2], 6)) for n in parts[0].notes[:2]] == [(65, 0, 1), (60, 1, 4)]
    assert {n[5] for n in parts[0].notes} == {90} and len(parts) == 1      # the silent part has no notes


def test_plays_out_repeats_and_endings(tmp_path):
    start = '<barline location="left"><repeat direction="forward"/></barline>'
    end = '<barline location="right"><repeat direction="backward"/></barline>'
    ending1 = '<barline location="left"><ending number="1" type="start"/></barline>'
    ending1_end = '<barline location="right"><ending number="1" type="stop"/><repeat direction="backward"/></barline>'
    ending2 = '<barline location="left"><ending number="2" type="start"/></barline>'
    ending2_end = '<barline location="right"><ending number="2" type="discontinue"/></barline>'
    pitches = {"A": 69, "B": 71, "C": 72, "D": 74, "E": 76}
    part1 = (f'<measure number="1">ATTR{note("A", 4, 8)}{end}</measure>'          # |A :| no start: from the top
             f'<measure number="2">{start}{note("B", 4, 8)}</measure>'
             f'<measure number="3">{ending1}{note("C", 5, 8)}{ending1_end}</measure>'
             f'<measure number="4">{ending2}{note("D", 5, 8)}{ending2_end}</measure>'
             f'<measure number="5">{note("E", 5, 8)}</measure>')
    score = read_musicxml(write(tmp_path, score_xml(part1, tempo="")))
    played = [p for p, _, _ in notes_of(score)]
    assert played == [pitches[s] for s in "AABCBDE"]
    assert [o for _, o, _ in notes_of(score)] == [F(4 * i) for i in range(7)]
    assert score.tempos == [(F(0), 120.0)]                       # music21's tempo when a score gives none


@pytest.mark.parametrize("body, why", [
    ('<direction><direction-type><dynamics><f/></dynamics></direction-type></direction>', "dynamics"),
    ('<direction><direction-type><words>D.C. al Fine</words></direction-type></direction>', "D.C."),
    ('<barline location="left"><repeat direction="forward"/></barline>', "do not pair up"),
    ('<note><unpitched><display-step>E</display-step><display-octave>4</display-octave></unpitched>'
     '<duration>8</duration></note>', "unpitched"),
])
def test_leaves_what_it_does_not_read_to_music21_with_a_reason(tmp_path, body, why):
    part1 = f'<measure number="1">ATTR{body}{note("A", 4, 8)}</measure>'
    with pytest.raises(ScoreRejected, match=why):
        read_musicxml(write(tmp_path, score_xml(part1)))


def test_a_broken_mxl_is_rejected_with_its_reason_and_skipped_by_the_conversion(tmp_path, monkeypatch):
    good = next(s for s in bach.chorale_scores() if s.name == "bwv1.6.mxl")
    broken = tmp_path / "corpus" / "bwv999.mxl"
    broken.parent.mkdir()
    broken.write_bytes(good.read_bytes()[:300])                  # a cut download: not a whole zip
    with pytest.raises(ScoreRejected, match="bwv999.mxl': it could not be read"):
        read_musicxml(broken)
    empty = tmp_path / "corpus" / "bwv998.mxl"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("META-INF/container.xml", '<container><rootfiles><rootfile full-path="gone.xml"/>'
                                                   '</rootfiles></container>')
    with pytest.raises(ScoreRejected, match="bwv998.mxl': it could not be read"):
        read_musicxml(empty)

    monkeypatch.setattr(bach, "chorale_scores", lambda: [good, broken, empty])
    cache = tmp_path / "cache"
    steps = list(bach.convert_chorales(cache))
    assert steps[-1] == bach.cache_folder(cache) and bach.is_converted(cache)
    skipped = bach.conversion_skipped(cache)
    assert [s["file"] for s in skipped] == ["bwv999.mxl", "bwv998.mxl"]
    assert all(s["reason"].startswith("it could not be read") and "music21" in s["reason"] for s in skipped)
    assert bach.conversion_report(cache) == {"musicxml": 1}


# Scores that between them have a pickup, repeats (from the top, and forward/backward), first and second
# endings, a second voice (<backup>, <forward>), ties, an instrumental part, and (bwv846, a keyboard
# prelude) two staves in one part and four tempi.
REAL = ["bwv1.6.mxl", "bwv103.6.mxl", "bwv19.7.mxl", "bwv8.6.mxl", "bwv248.23-2.mxl", "bwv846.mxl"]


def test_the_reader_writes_the_notes_music21_writes_for_real_chorales():
    scores = {s.name: s for s in bach.chorale_scores()}
    for name in REAL:
        fast = musicxml_to_midi_bytes(scores[name])
        reference = bach._music21_midi_bytes(scores[name])
        result = compare(fast, reference)
        assert result.same_notes, f"{name}: {result.first_difference}"
        assert result.notes[0] > 100 and result.worst_seconds < 1e-3


def test_a_score_midi_cannot_hold_is_rejected_not_a_crash(tmp_path):
    xml = score_xml(f'<measure number="1">ATTR{note("A", 4, 8)}</measure>').replace(
        "<beat-type>4</beat-type>", "<beat-type>3</beat-type>", 1)        # 4/3: MIDI holds powers of two only
    assert read_musicxml(write(tmp_path, xml)).time_signatures[0][1:] == (4, 3)
    with pytest.raises(ScoreRejected, match="MIDI could not be written"):
        musicxml_to_midi_bytes(write(tmp_path, xml))
