"""The Latent explorer's code tools: sliders over every latent dimension, the decoded manifold grid over
the visible part of the map, and the interpolation between two codes (with its animation).

A mixin of ``LatentTab``: it uses the tab's open ``space``, ``plane``, current code ``z`` and map.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from studio.ui.i18n import tr
from studio.ui.widgets.latent_sliders import LatentSliders
from studio.ui.widgets.pixel_view import PixelImageView


class GridSizeSpinBox(QSpinBox):
    """A spin box for an n × n grid that reads "12 × 12" (typing just "12" works too)."""

    def textFromValue(self, value: int) -> str:  # noqa: N802 - Qt's name
        return f"{value} × {value}"

    def valueFromText(self, text: str) -> int:  # noqa: N802 - Qt's name
        digits = text.strip().split("×")[0].strip()
        return int(digits) if digits.isdigit() else self.value()

    def validate(self, text: str, pos: int):
        digits = text.strip().split("×")[0].strip()
        if not digits:
            return QValidator.State.Intermediate, text, pos
        if not digits.isdigit():
            return QValidator.State.Invalid, text, pos
        ok = self.minimum() <= int(digits) <= self.maximum()
        return (QValidator.State.Acceptable if ok else QValidator.State.Intermediate), text, pos


class CodeToolsMixin:
    """Sliders, manifold grid and interpolation of the Latent explorer (see the module's docstring)."""


    def _build_sliders(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        row = QHBoxLayout()
        reset = QPushButton(tr("Reset to zero"))
        reset.clicked.connect(self.reset_code)
        rand = QPushButton(tr("Randomise from the prior"))
        rand.clicked.connect(self.randomise_code)
        row.addWidget(reset)
        row.addWidget(rand)
        v.addLayout(row)
        row = QHBoxLayout()
        self.image_row_label = QLabel(tr("Dataset image:"))
        row.addWidget(self.image_row_label)
        self.image_spin = QSpinBox()
        self.image_spin.setPrefix("#")
        self.image_spin.valueChanged.connect(
            lambda i: self.image_thumb.set_image(self.space.val_image(i)) if self.space is not None else None)
        row.addWidget(self.image_spin)
        use = QPushButton(tr("Set from this image"))
        use.clicked.connect(lambda: self.select_image(self.image_spin.value()))
        row.addWidget(use)
        self.image_thumb = PixelImageView(min_side=40)
        self.image_thumb.setFixedSize(48, 48)
        row.addWidget(self.image_thumb)
        row.addStretch(1)
        v.addLayout(row)
        self.sliders = LatentSliders()
        self.sliders.changed.connect(self.on_slider)
        v.addWidget(self.sliders, 1)
        return w

    def _build_manifold(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Grid:")))
        self.grid_spin = GridSizeSpinBox()
        self.grid_spin.setRange(2, 40)
        self.grid_spin.setValue(12)
        self.grid_spin.setToolTip(tr("How many images a side the manifold grid has."))
        self.grid_spin.valueChanged.connect(lambda _v: self._schedule_grid())
        row.addWidget(self.grid_spin)
        self.follow_check = QCheckBox(tr("Follow the map's zoom and pan"))
        self.follow_check.setChecked(True)
        row.addWidget(self.follow_check)
        row.addStretch(1)
        save = QPushButton(tr("Save PNG…"))
        save.clicked.connect(lambda: self._ask_and_export("grid"))
        row.addWidget(save)
        v.addLayout(row)
        self.grid_view = PixelImageView(min_side=160, whole_pixels=False)
        self.grid_view.set_placeholder(tr("Open a run to see the decoded grid over the visible part of the map."))
        v.addWidget(self.grid_view, 1)
        return w

    def _build_interpolation(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        ends = QGridLayout()
        self.end_labels = {}
        self.end_spins = {}
        for r, name in enumerate(("A", "B")):
            ends.addWidget(QLabel(f"<b>{name}</b>"), r, 0)
            here = QPushButton(tr("Crosshair"))
            here.setToolTip(tr("Set {name} to the crosshair's code").format(name=name))
            here.clicked.connect(lambda _=False, n=name: self.set_end(n, self.z))
            ends.addWidget(here, r, 1)
            spin = QSpinBox()
            spin.setPrefix(tr("image #"))
            ends.addWidget(spin, r, 2)
            use = QPushButton(tr("Use image"))
            use.clicked.connect(lambda _=False, n=name: self.set_end_from_image(n, self.end_spins[n].value()))
            ends.addWidget(use, r, 3)
            label = QLabel(tr("not set"))
            ends.addWidget(label, r, 4)
            self.end_labels[name] = label
            self.end_spins[name] = spin
        ends.setColumnStretch(4, 1)
        v.addLayout(ends)
        row = QHBoxLayout()
        self.steps_spin = QSpinBox()
        self.steps_spin.setRange(2, 64)
        self.steps_spin.setValue(10)
        self.steps_spin.setSuffix(tr(" steps"))
        self.steps_spin.valueChanged.connect(lambda _v: self.update_interpolation())
        row.addWidget(self.steps_spin)
        self.mode_combo = QComboBox()
        self.mode_combo.addItem(tr("linear"), "linear")
        self.mode_combo.addItem(tr("spherical"), "spherical")
        self.mode_combo.currentIndexChanged.connect(lambda _i: self.update_interpolation())
        row.addWidget(self.mode_combo)
        self.animate_check = QCheckBox(tr("Animate"))
        self.animate_check.setToolTip(tr("Play the interpolation back and forth in the decoded view"))
        self.animate_check.toggled.connect(self._toggle_animation)
        row.addWidget(self.animate_check)
        row.addStretch(1)
        png = QPushButton(tr("Save strip PNG…"))
        png.clicked.connect(lambda: self._ask_and_export("strip"))
        gif = QPushButton(tr("Save GIF…"))
        gif.clicked.connect(lambda: self._ask_and_export("gif"))
        row.addWidget(png)
        row.addWidget(gif)
        v.addLayout(row)
        self.strip_view = PixelImageView(min_side=48, whole_pixels=False)
        self.strip_view.setMinimumHeight(60)
        self.strip_view.set_placeholder(tr("Set A and B to see the strip between them."))
        v.addWidget(self.strip_view, 1)
        return w

    def reset_code(self) -> None:
        self._clear_picked()
        if self.space is not None:
            self.set_code(np.zeros(self.space.dim, np.float32))

    def randomise_code(self) -> None:
        self._clear_picked()
        if self.space is not None:
            self.set_code(self.space.sample_prior(1)[0])

    def _show_encoder_tools(self, on: bool) -> None:
        """Without an encoder (a GAN) there is no map, no sketch and no anomalies; the rest works on codes."""
        self.map.setVisible(on)
        self.map_hint.setVisible(on)
        self.fit_button.setVisible(on)
        self.follow_check.setVisible(on)   # the grid follows the map's view; without one it spans the samples
        self.no_map_label.setVisible(not on)
        self.image_row_label.setText(tr("Dataset image:") if on else tr("Prior sample:"))
        for i in range(self.tools.count()):
            if self.tools.tabText(i) in (tr("Sketch"), tr("Anomalies")):
                self.tools.setTabEnabled(i, on)
        if not self.tools.isTabEnabled(self.tools.currentIndex()):
            self.tools.setCurrentIndex(0)

    def has_map(self) -> bool:
        """Whether the open space has a map (its model encodes)."""
        return self.space is not None and self.space.has_encoder

    # Manifold grid ---------------------------------------------------------------------------------

    def _schedule_grid(self) -> None:
        if self.space is not None and self.follow_check.isChecked():
            self._grid_timer.start()

    def _tool_changed(self, index: int) -> None:
        if self.tools.widget(index) is not None and self.tools.tabText(index) == tr("Manifold"):
            self.update_grid()

    def update_grid(self, wait: bool = False) -> None:
        """Decode an n×n grid over the part of the map that is visible now (``wait``: before returning)."""
        if self.space is None or self.plane is None:
            return
        space, plane, n, z = self.space, self.plane, self.grid_spin.value(), self.z
        # Without an encoder the map is hidden: the grid covers the prior samples' extent on the plane.
        rect = self.map.visible_rect() if space.has_encoder else space.bounds(plane)
        if space.has_encoder or wait:
            self._show_grid(space.decode_grid(plane, rect, n, z))
            return

        def job(control):
            yield space.decode_grid(plane, rect, n, z)

        self._slow_job("grid").request(id(space), job)

    def _show_grid(self, grid: np.ndarray) -> None:
        self._grid = grid
        self.grid_view.set_image(grid)

    def _slow_job(self, kind: str):
        """A worker for a GAN's grid or strip: its generator decodes slowly (a 128 px DCGAN takes ~60 ms a
        picture on a CPU), unlike the small VAEs decoded on the GUI thread; only the newest request waits."""
        from studio.workers.latest_job import LatestJob

        if kind not in self._slow_jobs:
            job = self._slow_jobs[kind] = LatestJob(self)
            job.result.connect(lambda tag, item, k=kind: self._slow_result(k, tag, item))
            job.ended.connect(self._slow_ended)
        return self._slow_jobs[kind]

    def _slow_ended(self, _tag, end) -> None:
        if end.failure is not None:
            self.context.reporter.report(end.failure.message, end.failure.details)

    def _slow_result(self, kind: str, tag, item) -> None:
        if self.space is None or tag != id(self.space):
            return   # asked of a run since closed
        if kind == "grid":
            self._show_grid(item)
        else:
            self._show_strip(*item)

    def shutdown_slow_jobs(self) -> None:
        for job in self._slow_jobs.values():
            job.shutdown()

    # Interpolation ---------------------------------------------------------------------------------

    def set_end(self, name: str, z: np.ndarray | None) -> None:
        if self.space is None or z is None:
            return
        z = np.asarray(z, np.float32).copy()
        if name == "A":
            self.point_a = z
        else:
            self.point_b = z
        self.end_labels[name].setText("(" + ", ".join(f"{v:+.2f}" for v in z[:4]) + (" …" if len(z) > 4 else "") + ")")
        self.update_interpolation()

    def set_end_from_image(self, name: str, index: int) -> None:
        if self.space is None or not 0 <= index < len(self.space.codes):
            return
        self.end_spins[name].setValue(index)
        self.set_end(name, self.space.codes[index])
        label = self.space.label_name(int(self.space.val_labels[index]))
        self.end_labels[name].setText(tr("image #{index} ({label})").format(index=index, label=label))

    def update_interpolation(self) -> None:
        if self.space is None or self.point_a is None or self.point_b is None:
            self._show_path()
            return
        space, a, b = self.space, self.point_a, self.point_b
        steps, mode = self.steps_spin.value(), self.mode_combo.currentData()
        if space.has_encoder:
            self._show_strip(*space.interpolate(a, b, steps, mode))
            return

        def job(control):
            yield space.interpolate(a, b, steps, mode)

        self._slow_job("strip").request(id(space), job)

    def _show_strip(self, codes: np.ndarray, images: np.ndarray) -> None:
        from studio.latent.export import strip_picture

        self._strip_codes, self._strip = codes, images
        self.strip_view.set_image(strip_picture(self._strip))
        self._anim_frame, self._anim_dir = 0, 1
        self._show_path()

    def strip_images(self) -> np.ndarray | None:
        """The interpolation strip's images (steps, C, H, W), once A and B are set."""
        return self._strip

    def _show_path(self) -> None:
        if self.plane is None:
            return
        ends = [None if p is None else tuple(float(v) for v in self.plane.project(p[None])[0])
                for p in (self.point_a, self.point_b)]
        path = self.plane.project(self._strip_codes) if self._strip_codes is not None else None
        self.map.set_path(ends[0], ends[1], path)

    def _toggle_animation(self, on: bool) -> None:
        if on and self._strip is not None:
            self._anim_timer.start()
        else:
            self._anim_timer.stop()
            if on:
                self.animate_check.setChecked(False)
                self.status.setText(tr("Set A and B first: the animation plays the strip between them."))

    def _anim_step(self) -> None:
        if self._strip is None:
            self._anim_timer.stop()
            return
        n = len(self._strip)
        self.set_code(self._strip_codes[self._anim_frame])
        nxt = self._anim_frame + self._anim_dir
        if not 0 <= nxt < n:
            self._anim_dir = -self._anim_dir
            nxt = self._anim_frame + self._anim_dir
        self._anim_frame = max(0, min(n - 1, nxt))
