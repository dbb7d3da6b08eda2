"""The welcome page: six one-click starts as cards, the recent files and runs, and Open.

A view only: it emits what the user asked for (``start_requested(key)``, ``recent_chosen(which, path,
kind)``, ``open_requested()``) and the window's ``Welcome`` (``studio.ui.welcome.install``) acts on it.
The cards are buttons: Tab moves between them, Enter or Space starts one, and so does a click.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import (QAbstractButton, QCheckBox, QGridLayout, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget)

from studio import APP_NAME
from studio.ui.i18n import tr
from studio.ui.welcome.pictures import paint_picture
from studio.ui.welcome.recent import FILES, RUNS, RecentItem
from studio.ui.welcome.starts import Start

PICTURE_HEIGHT = 104
COLUMNS = 3
PATH_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1



def kind_title(kind: str) -> str:
    """What a recent file is, or which tab opened a run, in a word or two (shown after its name)."""
    return {"midi": tr("MIDI"), "video": tr("video"), "audio": tr("sound"), "text": tr("text"),
            "image": tr("picture"), "image_folder": tr("pictures"), "latent": tr("latent explorer"),
            "gan": tr("GAN grids"), "pixels": tr("Pixels & RBM"), "music": tr("piano roll"),
            "training": tr("training monitor")}.get(kind, "")


class StartCard(QAbstractButton):
    """A card of the welcome page: its picture, a title and a sentence; a button for mouse and keyboard."""

    def __init__(self, start: Start, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start = start
        self.setText(start.title)
        self.setToolTip(start.text)
        self.setAccessibleName(start.title)
        self.setAccessibleDescription(start.text)
        self.setObjectName(f"start_{start.key}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(250, 230)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(300, 250)

    arrow = Signal(int, int)     # an arrow key: (columns, rows) to move the focus by

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        steps = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1),
                 Qt.Key.Key_Down: (0, 1)}
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
        elif event.key() in steps:
            self.arrow.emit(*steps[event.key()])
        else:
            super().keyPressEvent(event)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        hot = self.underMouse() or self.hasFocus()
        box = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        p.setPen(pal.color(QPalette.ColorRole.Highlight) if hot else pal.color(QPalette.ColorRole.Mid))
        p.setBrush(pal.color(QPalette.ColorRole.AlternateBase if self.isDown() else QPalette.ColorRole.Base))
        p.drawRoundedRect(box, 8, 8)
        if self.hasFocus():
            inner = box.adjusted(1.5, 1.5, -1.5, -1.5)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(inner, 7, 7)
        # The picture grows with the card (a big window shows big pictures), leaving room for the words.
        height = max(PICTURE_HEIGHT, min(box.height() * 0.56, box.width() * 0.6))
        picture = QRectF(box.left() + 12, box.top() + 12, box.width() - 24, height)
        paint_picture(p, picture, self.start.key)
        text_box = QRectF(picture.left(), picture.bottom() + 10, picture.width(), box.bottom() - picture.bottom() - 18)
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(self.font().pointSizeF() * 1.1)
        p.setFont(title_font)
        p.setPen(pal.color(QPalette.ColorRole.Text))
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        used = p.boundingRect(text_box, flags, self.start.title)
        p.drawText(text_box, flags, self.start.title)
        p.setFont(self.font())
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        p.setPen(muted)
        p.drawText(text_box.adjusted(0, used.height() + 6, 0, 0), flags, self.start.text)
        p.end()


class WelcomePage(QWidget):
    """The page (see the module's docstring). ``show_at_start`` is the "Show at start-up" box."""

    start_requested = Signal(str)
    recent_chosen = Signal(str, str, str)     # which ("files" or "runs"), path, kind
    open_requested = Signal()
    open_folder_requested = Signal()

    def __init__(self, starts: list[Start], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome_page")
        self.cards: dict[str, StartCard] = {}
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 14)
        outer.setSpacing(22)

        left = QVBoxLayout()
        title = QLabel(tr("Welcome to {app}").format(app=APP_NAME))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        title.setFont(font)
        left.addWidget(title)
        intro = QLabel(tr("Train generative models on your own computer and play with what they learn. Pick a "
                          "start: each one ends in something to explore in about a minute, on the data the "
                          "studio ships with or on your own."))
        intro.setWordWrap(True)
        left.addWidget(intro)
        left.addSpacing(8)
        grid = QGridLayout()
        grid.setSpacing(14)
        for i, start in enumerate(starts):
            card = StartCard(start)
            card.clicked.connect(lambda _=False, key=start.key: self.start_requested.emit(key))
            card.arrow.connect(lambda dx, dy, i=i: self._move_focus(i, dx, dy))
            self.cards[start.key] = card
            grid.addWidget(card, i // COLUMNS, i % COLUMNS)
        left.addLayout(grid, 1)
        cards = QWidget()
        cards.setLayout(left)
        scroll = QScrollArea()      # small screens scroll; at 1280×820 everything fits
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(cards)
        outer.addWidget(scroll, 1)

        side = QVBoxLayout()
        side.setContentsMargins(0, 6, 0, 0)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(tr("Open a file…"))
        self.open_button.setToolTip(tr("A MIDI file, a video or sound file, a text or a picture, opened in its "
                                       "tab (Ctrl+Shift+O). You can also drop files on the window."))
        self.open_button.clicked.connect(self.open_requested)
        self.open_folder_button = QPushButton(tr("Open a folder…"))
        self.open_folder_button.setToolTip(tr("A folder of pictures to train a GAN on, or a run folder"))
        self.open_folder_button.clicked.connect(self.open_folder_requested)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.open_folder_button)
        side.addLayout(buttons)
        self.lists: dict[str, QListWidget] = {}
        self.empty_labels: dict[str, QLabel] = {}
        for which, heading, empty in (
                (FILES, tr("Recent files"), tr("Files you open appear here.")),
                (RUNS, tr("Recent runs"), tr("Trained models you open appear here."))):
            label = QLabel(f"<b>{heading}</b>")
            side.addSpacing(8)
            side.addWidget(label)
            items = QListWidget()
            items.setObjectName(f"recent_{which}")
            items.itemActivated.connect(lambda item, w=which: self.recent_chosen.emit(
                w, item.data(PATH_ROLE), item.data(KIND_ROLE)))
            self.lists[which] = items
            side.addWidget(items, 1)
            hint = QLabel(empty)
            hint.setStyleSheet("color: palette(placeholder-text);")
            hint.setWordWrap(True)
            self.empty_labels[which] = hint
            side.addWidget(hint)
        self.show_at_start = QCheckBox(tr("Show this page at start-up"))
        side.addSpacing(6)
        side.addWidget(self.show_at_start)
        column = QWidget()
        column.setLayout(side)
        column.setFixedWidth(290)
        outer.addWidget(column)

    def _move_focus(self, index: int, dx: int, dy: int) -> None:
        """The arrow keys move between the cards, as in a grid of icons."""
        cards = list(self.cards.values())
        row, col = divmod(index, COLUMNS)
        row, col = row + dy, col + dx
        if 0 <= col < COLUMNS and 0 <= row * COLUMNS + col < len(cards):
            cards[row * COLUMNS + col].setFocus(Qt.FocusReason.TabFocusReason)

    def set_recent(self, which: str, items: list[RecentItem]) -> None:
        """List ``items`` (newest first) under Recent files or Recent runs; Enter or a double-click opens one."""
        view = self.lists[which]
        view.clear()
        for item in items:
            kind = kind_title(item.kind)
            row = QListWidgetItem(f"{item.name}  ·  {kind}" if kind else item.name)
            row.setToolTip(item.path)
            row.setData(PATH_ROLE, item.path)
            row.setData(KIND_ROLE, item.kind)
            view.addItem(row)
        self.empty_labels[which].setVisible(not items)

    def recent_paths(self, which: str) -> list[str]:
        """The paths listed under ``which`` ("files" or "runs"), in order."""
        view = self.lists[which]
        return [view.item(i).data(PATH_ROLE) for i in range(view.count())]
