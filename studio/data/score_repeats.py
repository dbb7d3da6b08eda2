"""Playing out a score's repeats: the order in which its measures sound, as music21's ``Expander`` finds it.

Used by the MusicXML reader (``studio.data.musicxml``) on one part's measures, each with ``left`` ("start"
or "end": a repeat sign on its left barline), ``right`` ("end"), ``times`` (of a backward repeat),
``ending`` (the numbers of a first/second ending starting there) and ``ending_stop``. music21 plays a
repeat from the last start sign before the first end sign (from the top without one), innermost first,
and each ending plays the passage up to its own end without the endings before it; it refuses repeats
that do not pair up, and so does this (``RepeatError``).
"""

from __future__ import annotations


class RepeatError(ValueError):
    """Repeats this module cannot play out (the message says why)."""



def play_order(measures: list) -> list[int]:
    """The measures' indices in the order they are played: music21's ``Expander`` (repeats, endings)."""
    stream = [[i, m.left, m.right, m.times] for i, m in enumerate(measures)]
    if not _has_repeat(stream):
        return list(range(len(measures)))
    _check_balanced(stream)
    brackets = _ending_groups(measures)
    for _ in range(100):
        stream = _expand_innermost(stream, brackets)
        if not _has_repeat(stream):
            return [entry[0] for entry in stream]
    raise RepeatError("its repeats nest too deeply")


def _has_repeat(stream) -> bool:
    return any(left is not None or right == "end" for _, left, right, _ in stream)


def _check_balanced(stream) -> None:
    """music21's ``repeatBarsAreCoherent``: it refuses to play out repeats that do not pair up."""
    starts = ends = balance = 0
    for _, left, right, _ in stream:
        for sign in (left, right):
            if sign == "start":
                starts += 1
                balance += 1
            elif sign == "end":
                if balance == 0:      # an end with no start repeats from the beginning
                    starts += 1
                    balance += 1
                ends += 1
                balance -= 1
    if balance not in (0, 1) or starts not in (ends, ends - 1):
        raise RepeatError("its repeat signs do not pair up")


def _innermost(stream) -> list[int]:
    """The positions of the first repeated passage to play out: from the last start before the first end."""
    starts = []
    for i, (_, left, right, _) in enumerate(stream):
        if left == "start":
            starts.append(i)
        elif left == "end":
            return list(range(starts[-1] if starts else 0, i))
        if right == "end":
            return list(range(starts[-1] if starts else 0, i + 1))
    return []


def _ending_groups(measures: list) -> list[list[tuple[tuple[int, ...], int, int]]]:
    """The endings as groups of consecutive brackets: [(numbers, first measure, last measure), ...]."""
    brackets, open_ = [], None
    for i, m in enumerate(measures):
        if m.ending is not None:
            open_ = (m.ending, i)
        if m.ending_stop and open_ is not None:
            brackets.append((open_[0], open_[1], i))
            open_ = None
    groups: list[list] = []
    for bracket in brackets:
        if groups and groups[-1][-1][2] + 1 == bracket[1]:
            groups[-1].append(bracket)
        else:
            groups.append([bracket])
    return groups


def _strip(entry: list) -> list:
    return [entry[0], None, None, entry[3]]


def _expand_innermost(stream: list, groups: list) -> list:
    span = _innermost(stream)
    if not span:
        raise RepeatError("a repeat has no end")
    first, last = span[0], span[-1]
    group = next((g for g in groups if any(b[1] <= stream[pos][0] <= b[2] for b in g for pos in (first, last))), None)
    if group is not None:
        return _expand_endings(stream, span, group, groups)
    if stream[last][2] == "end":
        times, strip_next = stream[last][3] or 2, False
    elif last + 1 < len(stream) and stream[last + 1][1] == "end":
        times, strip_next = stream[last + 1][3] or 2, True
    else:
        raise RepeatError("a repeat has no end sign where it should")
    new = stream[:first]
    for _ in range(times):
        new += [_strip(stream[j]) if j in (first, last) else list(stream[j]) for j in span]
    rest = [list(e) for e in stream[last + 1:]]
    if strip_next and rest:
        rest[0] = _strip(rest[0])
    return new + rest


def _expand_endings(stream: list, span: list[int], group: list, groups: list) -> list:
    """A repeat with first and second endings: each bracket plays the passage up to its own end, without the
    brackets before it, as often as its numbers say (music21's ``_processInnermostRepeatsAndBrackets``)."""
    groups.remove(group)
    position = {entry[0]: i for i, entry in enumerate(stream)}
    if any(b[1] not in position or b[2] not in position for b in group):
        raise RepeatError("its endings are not where this reader expects them")
    new, seen, highest = stream[:span[0]], set(), span[0]
    for numbers, start, end in group:
        passage = [i for i in range(span[0], position[end] + 1) if i not in seen]
        seen.update(range(position[start], position[end] + 1))
        for _ in range(len(numbers)):
            new += [_strip(stream[i]) for i in passage]
        highest = max(highest, position[end])
    return new + [list(e) for e in stream[highest + 1:]]
