"""PreviewView: shows a model's Preview with the widget its kind calls for.

A kind ("image_rows", "image_grid", "piano_roll", "curve") maps to a widget factory in ``VIEWS``; a tab
that adds a kind registers its widget with ``register_view``. A widget takes ``show_preview(preview)``
and ``clear()``. A kind with no widget yet gets a sentence, never a crash.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from studio.core.events import Preview
from studio.ui.i18n import tr
from studio.ui.widgets.filter_tiles import FilterTilesView
from studio.ui.widgets.image_strip import ImageStrip


class ImageRowsView(ImageStrip):
    """Rows of images, each titled by the model (inputs, reconstructions, samples…)."""

    def show_preview(self, preview: Preview) -> None:
        caption = preview.title or (tr("Epoch {epoch} · step {step:,}").format(
            epoch=preview.epoch, step=preview.step) if preview.epoch else "")
        self.set_rows([(row.title, row.data) for row in preview.rows], caption)


def _piano_roll_view() -> QWidget:
    from studio.ui.widgets.piano_roll_preview import PianoRollPreview

    return PianoRollPreview()


VIEWS: dict[str, Callable[[], QWidget]] = {"image_rows": ImageRowsView, "image_grid": ImageRowsView,
                                           "filter_tiles": FilterTilesView, "piano_roll": _piano_roll_view}


def register_view(kind: str, factory: Callable[[], QWidget]) -> None:
    """Show previews of ``kind`` with widgets made by ``factory``."""
    VIEWS[kind] = factory


class PreviewView(QStackedWidget):
    """One widget per preview kind, made when first needed; the last preview shown stays on screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._views: dict[str, QWidget] = {}
        self._unknown = QLabel("")
        self._unknown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._unknown.setWordWrap(True)
        self.addWidget(self._unknown)
        self.kind = ""
        self.view("image_rows")

    def view(self, kind: str) -> QWidget | None:
        """The widget that shows ``kind`` (made now if needed), shown; None for a kind without one."""
        if kind not in self._views:
            factory = VIEWS.get(kind)
            if factory is None:
                self._unknown.setText(tr("This model's previews ({kind}) cannot be shown here.").format(
                    kind=kind.replace('_', ' ')))
                self.setCurrentWidget(self._unknown)
                return None
            self._views[kind] = factory()
            self.addWidget(self._views[kind])
        self.kind = kind
        self.setCurrentWidget(self._views[kind])
        return self._views[kind]

    def show_preview(self, preview: Preview) -> None:
        widget = self.view(preview.kind)
        if widget is not None:
            widget.show_preview(preview)

    def show_picture(self, path, cell_height: int, caption: str = "", fallback_titles: list[str] = ()) -> None:
        """A preview strip the trainer saved as PNG (image kinds)."""
        self.view("image_rows").set_picture(path, cell_height, caption, fallback_titles)

    def clear(self) -> None:
        for widget in self._views.values():
            widget.clear()

    def has_images(self) -> bool:
        widget = self._views.get(self.kind)
        return bool(widget is not None and getattr(widget, "has_images", lambda: False)())

    def row_titles(self) -> list[str]:
        widget = self._views.get(self.kind)
        return widget.row_titles() if widget is not None and hasattr(widget, "row_titles") else []
