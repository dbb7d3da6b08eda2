"""FolderPreviewDialog: what a GAN will see of a folder of pictures before it trains on it.

The report (how many pictures, at what size, which are broken, mixed or tiny) in sentences, above a grid
of some of the pictures as they will be trained on (cropped or padded to the chosen size). Non-modal: the
user can keep it open while choosing the size and fit, which refresh it.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from studio.ui.i18n import tr
from studio.ui.widgets.image_grid import ImageGrid


class FolderPreviewDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("What the GAN will see"))
        self.resize(560, 560)
        self.report = QLabel(tr("Reading the folder…"))
        self.report.setWordWrap(True)
        self.grid = ImageGrid(placeholder=tr("Reading the folder…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.report)
        layout.addWidget(self.grid, 1)
        layout.addWidget(buttons)

    def show_preview(self, folder_name: str, sentences: tuple[str, ...], images: np.ndarray) -> None:
        self.setWindowTitle(tr("What the GAN will see of {folder_name}/").format(folder_name=folder_name))
        self.report.setText("\n".join(sentences))
        columns = max(1, int(np.ceil(np.sqrt(len(images)))))
        self.grid.set_images(images, columns, keep_selection=False)

    def show_waiting(self) -> None:
        self.report.setText(tr("Reading the folder…"))

    def report_text(self) -> str:
        return self.report.text()
