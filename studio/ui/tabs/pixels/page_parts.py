"""The controls the PixelCNN's sampling and completion pages share: temperature and seed, slow motion, the
Draw/Complete and "Save PNG…" buttons, and saving the finished pictures."""

from __future__ import annotations

from typing import Callable

import numpy as np
from PySide6.QtWidgets import (QCheckBox, QDoubleSpinBox, QFileDialog, QHBoxLayout, QLabel, QMessageBox,
                               QPushButton, QSpinBox, QWidget)

from studio.core.errors import StudioError
from studio.pixels.jobs import save_picture
from studio.ui.i18n import tr


def add_temperature_and_seed(row: QHBoxLayout, temperature_tip: str = "",
                             seed_tip: str = "") -> tuple[QDoubleSpinBox, QSpinBox]:
    """Add "Temperature:" (0.1 to 3, 1 by default) and "Seed:" spin boxes to ``row``; returns them."""
    row.addWidget(QLabel(tr("Temperature:")))
    temperature = QDoubleSpinBox()
    temperature.setRange(0.1, 3.0)
    temperature.setSingleStep(0.1)
    temperature.setValue(1.0)
    if temperature_tip:
        temperature.setToolTip(temperature_tip)
    row.addWidget(temperature)
    row.addWidget(QLabel(tr("Seed:")))
    seed = QSpinBox()
    seed.setRange(0, 999_999)
    if seed_tip:
        seed.setToolTip(seed_tip)
    row.addWidget(seed)
    return temperature, seed


def slow_motion_check(tip: str) -> QCheckBox:
    """The "Slow motion" box, on by default: the drawing is spread over some seconds to be watched."""
    check = QCheckBox(tr("Slow motion"))
    check.setChecked(True)
    check.setToolTip(tip)
    return check


def add_run_buttons(row: QHBoxLayout, text: str, tip: str, toggle: Callable[[], None],
                    ask_save: Callable[[], None]) -> tuple[QPushButton, QPushButton]:
    """Right-align the page's start/stop button and its "Save PNG…" button in ``row``; returns both."""
    row.addStretch(1)
    run = QPushButton(text)
    run.setToolTip(tip)
    run.clicked.connect(toggle)
    row.addWidget(run)
    save = QPushButton(tr("Save PNG…"))
    save.clicked.connect(ask_save)
    row.addWidget(save)
    return run, save


def ask_png_path(parent: QWidget, title: str, name: str) -> str:
    """Ask where to save a PNG (the dialog asks before replacing a file); "" when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, name, tr("PNG (*.png)"))
    return path


def save_png(parent: QWidget, status: QLabel, path: str, picture: Callable[[], np.ndarray], scale: int) -> None:
    """Write ``picture()`` to ``path`` as a PNG scaled ``scale`` times; says so in ``status``, or warns."""
    try:
        save_picture(path, picture(), scale)
    except (StudioError, OSError) as exc:
        QMessageBox.warning(parent, tr("Not saved"), str(exc))
        return
    status.setText(tr("Saved {path}.").format(path=path))
