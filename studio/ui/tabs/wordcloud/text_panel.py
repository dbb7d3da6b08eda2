"""The word clouds tab's left side: the text (typed, pasted, opened or dropped) and the words counted in it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout,
                               QWidget)

from studio.clouds import text as textmod
from studio.ui.i18n import tr
from studio.ui.widgets.word_list import WordListView


class TextEditor(QPlainTextEdit):
    """The text box; a file dropped on it is opened (``fileDropped``) instead of pasting its path."""

    fileDropped = Signal(str)

    def _file_of(self, event) -> str | None:
        """A dropped text file (a picture or a video goes on to the window, which routes it)."""
        from studio.ui.welcome.routing import WORDS, route

        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        path = urls[0].toLocalFile() if urls else ""
        return path if path and route(path).target == WORDS else None

    @staticmethod
    def _other_files(event) -> bool:
        """Files that are not text: the editor would paste their paths, so they go on to the window."""
        mime = event.mimeData()
        return mime.hasUrls() and any(url.isLocalFile() for url in mime.urls())

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._file_of(event):
            event.acceptProposedAction()
        elif self._other_files(event):
            event.ignore()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._file_of(event):
            event.acceptProposedAction()
        elif self._other_files(event):
            event.ignore()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        path = self._file_of(event)
        if path:
            event.acceptProposedAction()
            self.fileDropped.emit(path)
        else:
            super().dropEvent(event)


class TextPanel(QSplitter):
    """The text above, its words below (a click on one leaves it out of the cloud).

    Signals: ``changed()`` when the text, the way it is read or the words left out change;
    ``openRequested()`` for the Open button; ``fileDropped(path)`` for a file dropped on the text.
    """

    changed = Signal()
    openRequested = Signal()
    fileDropped = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.editor = TextEditor()
        self.editor.setObjectName("text")
        self.editor.setPlaceholderText(tr("Type or paste text here, open a .txt, .md or .csv file, or drop one here."))
        self.editor.setUndoRedoEnabled(True)
        self.open_button = QPushButton(tr("Open…"))
        self.open_button.setObjectName("open_text")
        self.open_button.setToolTip(tr("Open a text, Markdown or CSV file (Ctrl+O)"))
        self.csv_check = QCheckBox(tr("word,weight CSV"))
        self.csv_check.setObjectName("csv")
        self.csv_check.setToolTip(tr("Read the text as CSV: one column of text, or two columns: word and weight"))
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("<b>Text</b>")))
        top.addStretch(1)
        top.addWidget(self.csv_check)
        top.addWidget(self.open_button)
        text_box = QWidget()
        text_layout = QVBoxLayout(text_box)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.addLayout(top)
        text_layout.addWidget(self.editor)

        self.word_list = WordListView()
        self.word_list.setObjectName("words")
        self.words_label = QLabel(tr("<b>Words</b> (click one to leave it out)"))
        self.words_label.setObjectName("words_title")
        words_box = QWidget()
        words_layout = QVBoxLayout(words_box)
        words_layout.setContentsMargins(0, 0, 0, 0)
        words_layout.addWidget(self.words_label)
        words_layout.addWidget(self.word_list)

        self.addWidget(text_box)
        self.addWidget(words_box)
        self.setSizes([380, 380])

        self.editor.textChanged.connect(self.changed)
        self.csv_check.toggled.connect(lambda _on: self.changed.emit())
        self.word_list.excludedChanged.connect(lambda _words: self.changed.emit())
        self.open_button.clicked.connect(lambda _checked=False: self.openRequested.emit())
        self.editor.fileDropped.connect(self.fileDropped)

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        self.editor.setPlainText(text)

    def replace_text(self, text: str) -> None:
        """Replace the whole text as one undoable edit (``set_text`` clears the undo history)."""
        cursor = self.editor.textCursor()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(text)

    def source(self) -> object:
        """What the cloud is made of: the text, or with CSV ticked the parsed words and weights (a
        DataError for a bad weight)."""
        text = self.text()
        if not self.csv_check.isChecked():
            return text
        parsed = textmod.parse_csv(text)
        return parsed if isinstance(parsed, str) else tuple(parsed)

    def excluded(self) -> tuple[str, ...]:
        """The words the user left out, sorted."""
        return tuple(sorted(self.word_list.excluded()))

    def load(self, path: str, content: str) -> None:
        """Show a file's text: words left out of the last text come back; a .csv is read as CSV."""
        self.word_list.clear_excluded()
        self.csv_check.setChecked(Path(path).suffix.lower() == ".csv")
        self.set_text(content)

    def show_words(self, frequencies: dict[str, float]) -> None:
        self.word_list.set_words(frequencies)
        self.words_label.setText(tr("<b>Words</b> ({n_frequencies}; click one to leave it out)").format(
            n_frequencies=len(frequencies)))

    def clear_words(self) -> None:
        self.word_list.set_words({})
        self.words_label.setText(tr("<b>Words</b>"))
