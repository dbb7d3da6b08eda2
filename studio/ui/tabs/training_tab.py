"""Training monitor tab (being built)."""
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class TrainingTab(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        QVBoxLayout(self).addWidget(QLabel("Training monitor"))
