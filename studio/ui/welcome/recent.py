"""The recent files and runs, kept in the settings file (``Settings.extra["recent"]``).

Qt-free: the File ▸ Open Recent menu and the welcome page read ``RecentItems``; the window adds to it
whenever a tab opens a file or a run (whichever way: a drop, a dialog, the recent menu itself). The
newest entry comes first, an entry opened again moves to the top, and each list keeps ``LIMIT`` entries.
``prune()`` drops the entries whose file or folder is gone and returns them, so that the menu can say so.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from studio.core.settings import Settings

KEY = "recent"
LIMIT = 10
FILES, RUNS = "files", "runs"


@dataclass(frozen=True)
class RecentItem:
    """A recent file or folder (``kind`` as ``routing.Route`` says: "midi", "video", …) or a run (``kind``
    is the tab that opened it: "latent", "gan", …)."""

    path: str
    kind: str

    @property
    def name(self) -> str:
        return Path(self.path).name or self.path

    def exists(self) -> bool:
        return os.path.exists(self.path)


class RecentItems:
    """The recent files and runs of ``settings`` (saved on every change; a failed save is not fatal)."""

    def __init__(self, settings: Settings, limit: int = LIMIT) -> None:
        self.settings = settings
        self.limit = limit

    def _raw(self) -> dict:
        raw = self.settings.extra.get(KEY)
        if not isinstance(raw, dict):
            raw = {}
        return raw

    def items(self, which: str) -> list[RecentItem]:
        """The recent ``FILES`` or ``RUNS``, newest first (entries of a damaged settings file skipped)."""
        out = []
        entries = self._raw().get(which)
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict) and isinstance(entry.get("path"), str) and entry["path"]:
                out.append(RecentItem(entry["path"], str(entry.get("kind", ""))))
        return out

    def add(self, which: str, path: str | os.PathLike, kind: str) -> None:
        """Put ``path`` at the top of ``which`` (moving it there if it was listed)."""
        path = os.path.abspath(os.fspath(path))
        kept = [i for i in self.items(which) if os.path.normcase(i.path) != os.path.normcase(path)]
        self._store(which, [RecentItem(path, kind)] + kept)

    def remove(self, which: str, path: str) -> None:
        self._store(which, [i for i in self.items(which) if i.path != path])

    def prune(self) -> list[RecentItem]:
        """Forget the entries whose file or folder no longer exists; returns them."""
        gone = []
        for which in (FILES, RUNS):
            items = self.items(which)
            missing = [i for i in items if not i.exists()]
            if missing:
                gone += missing
                self._store(which, [i for i in items if i.exists()])
        return gone

    def clear(self) -> None:
        self.settings.extra[KEY] = {FILES: [], RUNS: []}
        self._save()

    def _store(self, which: str, items: list[RecentItem]) -> None:
        raw = dict(self._raw())
        raw[which] = [{"path": i.path, "kind": i.kind} for i in items[: self.limit]]
        self.settings.extra[KEY] = raw
        self._save()

    def _save(self) -> None:
        try:
            self.settings.save()
        except OSError:
            pass   # a read-only settings folder: the list still works for this session
