"""User settings: a small versioned JSON file in the platform's config folder."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

import platformdirs

from studio import APP_NAME
from studio.core import atomic

SETTINGS_VERSION = 1


def config_dir() -> Path:
    """Where settings live; ``STUDIO_CONFIG_DIR`` overrides it (tests, portable installs)."""
    env = os.environ.get("STUDIO_CONFIG_DIR")
    return Path(env) if env else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_workspace() -> Path:
    """The platform's user data folder; ``STUDIO_WORKSPACE`` overrides it."""
    env = os.environ.get("STUDIO_WORKSPACE")
    return Path(env) if env else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass
class Settings:
    """Everything the user can set once and keep. ``version`` allows later migrations."""

    version: int = SETTINGS_VERSION
    workspace: str = ""
    device: str = "auto"
    window_geometry: str = ""
    extra: dict = field(default_factory=dict)

    def workspace_path(self) -> Path:
        return Path(self.workspace) if self.workspace else default_workspace()

    @classmethod
    def load(cls) -> "Settings":
        path = config_dir() / "settings.json"
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        raw = _migrate(raw)
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in raw.items() if k in known})

    def save(self) -> None:
        atomic.write_json(config_dir() / "settings.json", asdict(self))


def _migrate(raw: dict) -> dict:
    """Bring settings written by an older version up to this one."""
    raw = dict(raw)
    raw["version"] = SETTINGS_VERSION
    return raw
