"""The status line of a live training (``studio.training.live.LiveRun.status``) in the user's language.

The core writes its status in English (the command line prints the same words). Its fixed sentences are
in the catalogue (the collector reads them from ``studio.training.live``); the few lines that carry
numbers are recognised here by their shape and rebuilt from the catalogue's templates. A line of another
shape (a data source's note) is shown as the core wrote it.
"""

from __future__ import annotations

import re

from studio.ui.i18n import tr, tr_noop

SAVED = " · saved"
_EPOCH = re.compile(r"^Epoch (?P<epoch>\d+) done(?: · validation (?P<term>.+) (?P<value>\S+))?$")
_RESUMED = re.compile(r"^Resumed at step (?P<step>[\d,]+)\.$")

# The core's fixed status sentences (LiveRun and its OUTCOME_TEXT), for the catalogue.
FIXED = (tr_noop("Training…"), tr_noop("Paused. Resume to continue, or Stop to keep a checkpoint."),
         tr_noop("Stopping: saving a checkpoint…"), tr_noop("Training finished."),
         tr_noop("Stopped; the run can be resumed from the list."), tr_noop("Training failed."))


def translate_status(text: str) -> str:
    """``text``, a LiveRun status line, in the user's language (unchanged where the catalogue has no words)."""
    if not text:
        return text
    saved = text.endswith(SAVED)
    if saved:
        text = text[:-len(SAVED)]
    epoch = _EPOCH.match(text)
    resumed = _RESUMED.match(text)
    if epoch:
        shown = tr("Epoch {epoch} done").format(epoch=epoch["epoch"])
        if epoch["term"]:
            shown += tr(" · validation {term} {value}").format(term=epoch["term"], value=epoch["value"])
    elif resumed:
        shown = tr("Resumed at step {step}.").format(step=resumed["step"])
    else:
        shown = tr(text)
    return shown + (tr(" · saved") if saved else "")


def lower_first(text: str) -> str:
    """``text`` with its first letter in lower case, to follow "Training: " (a no-op for Chinese)."""
    return text[:1].lower() + text[1:]
