"""The window's own preferences (theme, language, audio output, window state), kept with QSettings.

What the command line also needs, the workspace folder and the compute device, stays in the core's
``Settings`` (a JSON file); these are the GUI's alone. Both files live in the same folder,
``studio.core.settings.config_dir()`` (``STUDIO_CONFIG_DIR`` moves it, which is how tests isolate them):
QSettings writes an INI file there, so one folder holds everything a user has set.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from studio.core.settings import config_dir

PREFERENCES_VERSION = 1
THEMES = ("system", "light", "dark")
LANGUAGES = ("system", "en", "zh_CN")     # "system": Chinese on a Simplified Chinese system, else English


class Preferences:
    """Typed access to the GUI's QSettings. Every getter falls back to the default on a missing or bad value."""

    def __init__(self, path=None) -> None:
        folder = config_dir()
        self.qsettings = QSettings(str(path or folder / "studio.ini"), QSettings.Format.IniFormat)
        if self.qsettings.value("version") is None:
            self.qsettings.setValue("version", PREFERENCES_VERSION)

    def _text(self, key: str, default: str = "", allowed: tuple[str, ...] | None = None) -> str:
        value = self.qsettings.value(key, default)
        value = value if isinstance(value, str) else default
        return value if allowed is None or value in allowed else default

    @property
    def theme(self) -> str:
        """"system" (the default: follow the desktop's light or dark), "light" or "dark"."""
        return self._text("ui/theme", "system", THEMES)

    @theme.setter
    def theme(self, value: str) -> None:
        self.qsettings.setValue("ui/theme", value if value in THEMES else "system")

    @property
    def language(self) -> str:
        """"en" or "zh_CN"; it takes effect at the next start."""
        return self._text("ui/language", "system", LANGUAGES)

    @language.setter
    def language(self, value: str) -> None:
        self.qsettings.setValue("ui/language", value if value in LANGUAGES else "system")

    @property
    def audio_output(self) -> str:
        """The name of the audio output device; "" for the system's default."""
        return self._text("audio/output")

    @audio_output.setter
    def audio_output(self, value: str) -> None:
        self.qsettings.setValue("audio/output", value or "")

    @property
    def window_geometry(self) -> QByteArray | None:
        """Size, position and maximised state as QWidget.saveGeometry wrote them."""
        value = self.qsettings.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self.qsettings.setValue("window/geometry", value)

    @property
    def current_tab(self) -> str:
        """The title of the tab that was open when the window closed."""
        return self._text("window/tab")

    @current_tab.setter
    def current_tab(self, value: str) -> None:
        self.qsettings.setValue("window/tab", value)

    def sync(self) -> None:
        """Write to disk now (QSettings otherwise writes at its own pace and at exit)."""
        self.qsettings.sync()
