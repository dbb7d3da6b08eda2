"""The GAN tab's tile tools: the clicked tile enlarged with variations around it, and the interpolation
between two picked tiles (linear or spherical).

A mixin of ``GanTab``: it uses the tab's open ``info``, its generator, the last ``sampled`` grid (whose
noise, labels and codes say what made each tile) and its ``jobs`` runners.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QSlider, QSpinBox, QTabWidget, QVBoxLayout,
                               QWidget)

from studio.ui.i18n import tr, tr_noop
from studio.ui.tabs.gan import jobs
from studio.ui.widgets.image_grid import ImageGrid
from studio.ui.widgets.pixel_view import PixelImageView

TIMELINE_HINT = (tr_noop("Variations and interpolations need the trained generator: they work once the training ends "
                 "and its run opens."))


class TileToolsMixin:
    """Variations and interpolation of the GAN tab (see the module's docstring)."""

    def _build_tools(self) -> QWidget:
        self._tile: dict | None = None            # the current tile: its image, z, label, codes
        self._ends: list[dict] = []               # the picked tiles A and B
        self._strip_images: np.ndarray | None = None
        self._variations: jobs.Strip | None = None
        self.tools = QTabWidget()
        self.tools.addTab(self._build_tile_panel(), tr("Tile and variations"))
        self.tools.addTab(self._build_interpolation_panel(), tr("Interpolation"))
        return self.tools

    def _build_tile_panel(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        top = QHBoxLayout()
        self.tile_view = PixelImageView(min_side=96)
        self.tile_view.setFixedSize(128, 128)
        self.tile_view.set_placeholder(tr("Click a tile"))
        top.addWidget(self.tile_view)
        self.tile_label = QLabel(tr("Click a tile of the grid to see it here with variations around it."))
        self.tile_label.setWordWrap(True)
        self.tile_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        top.addWidget(self.tile_label, 1)
        v.addLayout(top)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Spread:")))
        self.spread_slider = QSlider(Qt.Orientation.Horizontal)
        self.spread_slider.setRange(5, 150)
        self.spread_slider.setValue(40)
        self.spread_slider.setToolTip(tr("How far the variations stray from the tile's noise (standard deviation "
                                      "of the steps added to it)"))
        self.spread_slider.valueChanged.connect(lambda _v: self._spread_moved())
        row.addWidget(self.spread_slider, 1)
        self.spread_label = QLabel("0.40")
        row.addWidget(self.spread_label)
        v.addLayout(row)
        self.variations_grid = ImageGrid(placeholder=tr("Variations around the clicked tile appear here."))
        self.variations_grid.setToolTip(tr("Click a variation to walk to it: new variations appear around it."))
        self.variations_grid.tile_clicked.connect(self._variation_clicked)
        v.addWidget(self.variations_grid, 1)
        return w

    def _build_interpolation_panel(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        self.ends_label = QLabel(tr("Ctrl+click two tiles of the grid (A, then B) to see the path between them."))
        self.ends_label.setWordWrap(True)
        v.addWidget(self.ends_label)
        ends = QHBoxLayout()
        self.end_views = []
        for name in ("A", "B"):
            ends.addWidget(QLabel(f"<b>{name}</b>"))
            view = PixelImageView(min_side=56)
            view.setFixedSize(64, 64)
            ends.addWidget(view)
            self.end_views.append(view)
        ends.addStretch(1)
        v.addLayout(ends)
        row = QHBoxLayout()
        self.steps_spin = QSpinBox()
        self.steps_spin.setRange(2, 32)
        self.steps_spin.setValue(8)
        self.steps_spin.setSuffix(tr(" steps"))
        self.steps_spin.valueChanged.connect(lambda _v: self.request_interpolation())
        row.addWidget(self.steps_spin)
        self.mode_combo = QComboBox()
        self.mode_combo.addItem(tr("spherical"), "spherical")
        self.mode_combo.addItem(tr("linear"), "linear")
        self.mode_combo.setToolTip(tr("Spherical keeps the noise on the shell where a Gaussian's samples lie; "
                                   "linear cuts through the less likely middle"))
        self.mode_combo.currentIndexChanged.connect(lambda _i: self.request_interpolation())
        row.addWidget(self.mode_combo)
        row.addStretch(1)
        v.addLayout(row)
        self.strip_view = PixelImageView(min_side=48, whole_pixels=False)
        self.strip_view.set_placeholder(tr("The interpolation strip appears here."))
        v.addWidget(self.strip_view, 1)
        return w

    # State -----------------------------------------------------------------------------------------

    def set_tools_enabled(self, on: bool) -> None:
        for w in (self.spread_slider, self.steps_spin, self.mode_combo):
            w.setEnabled(on)

    def clear_tools(self) -> None:
        self._tile, self._ends, self._strip_images, self._variations = None, [], None, None
        self.tile_view.set_image(None)
        self.tile_label.setText(tr("Click a tile of the grid to see it here with variations around it."))
        self.variations_grid.clear()
        for view in self.end_views:
            view.set_image(None)
        self.strip_view.set_image(None)
        self.ends_label.setText(tr("Ctrl+click two tiles of the grid (A, then B) to see the path between them."))

    def clear_selection(self) -> None:
        """Forget the clicked tile and the picked ones (Esc): Ctrl+C then copies the whole grid."""
        self.grid.set_current(None)
        self.grid.clear_picks()
        self.clear_tools()

    def refresh_tools(self) -> None:
        """The grid changed (new truncation, codes or snapshot): rebuild the tools from its tiles."""
        current = self.grid.current()
        if current is not None:
            self.on_tile_clicked(current)
        if len(self.grid.picks()) == 2:
            self.on_picks_changed(self.grid.picks())

    def _tile_state(self, index: int) -> dict | None:
        """What made tile ``index`` of the main grid, when it shows samples (None for a snapshot)."""
        image = self.grid.tile_image(index)
        if image is None:
            return None
        tile = {"index": index, "image": image, "z": None, "label": None, "codes": None}
        s = self.sampled
        if self.grid_source == "samples" and s is not None and index < len(s.z):
            tile.update(z=s.z[index], label=None if s.labels is None else int(s.labels[index]),
                        codes=None if s.codes is None else s.codes[index])
        elif self.grid_source == "timeline" and self.fixed_z is not None and self.info is not None:
            # A snapshot shows the fixed noise: tile i is noise i, or, one row per class, the column's noise
            # in the row's class (continuous codes 0), as the model's preview draws it.
            columns = self.grid.columns()
            row, column = divmod(index, columns)
            if self.info.num_classes and column < len(self.fixed_z) and row < self.info.num_classes:
                tile.update(z=self.fixed_z[column], label=row, fixed=True)
            elif not self.info.num_classes and index < len(self.fixed_z):
                tile.update(z=self.fixed_z[index], fixed=True)
        return tile

    def _describe(self, tile: dict) -> str:
        words = [tr("Tile {n}").format(n=tile['index'] + 1)]
        if tile["label"] is not None and self.info is not None:
            name = self.info.label_name(tile["label"])
            # an InfoGAN's label name already reads "Category 2"
            words.append(name if self.info.family == "infogan" else tr("class {name}").format(name=name))
        if self.grid_source == "samples" and self.sampled is not None:
            r = self.sampled.request
            words.append(tr("seed {seed}, truncation {truncation:.2f}").format(seed=r.seed, truncation=r.truncation))
        elif self.grid_source == "timeline":
            words.append(self.grid.caption())
        text = " · ".join(words) + "."
        if tile.get("fixed") and self.info is not None:
            text += tr(" Its variations are drawn by the generator as it is now (epoch {epochs_done}).").format(
                epochs_done=self.info.epochs_done)
        return text

    # The clicked tile and its variations -----------------------------------------------------------

    def on_tile_clicked(self, index: int) -> None:
        tile = self._tile_state(index)
        if tile is None:
            return
        self._tile = tile
        self.tile_view.set_image(tile["image"])
        if tile["z"] is None:
            self.tile_label.setText(self._describe(tile) + "\n" + tr(TIMELINE_HINT))
            self.variations_grid.clear()
            return
        self.tile_label.setText(self._describe(tile))
        self.request_variations()

    def spread(self) -> float:
        return self.spread_slider.value() / 100.0

    def _spread_moved(self) -> None:
        self.spread_label.setText(f"{self.spread():.2f}")
        self.request_variations()

    def request_variations(self) -> None:
        tile, generator = self._tile, self._generator
        if tile is None or tile["z"] is None or generator is None or self.info is None:
            return
        seed = self.sampled.request.seed if self.sampled is not None else 0
        z, label, codes, spread = tile["z"], tile["label"], tile["codes"], self.spread()
        self.jobs["variations"].request(self.info.run_dir, lambda control: jobs.variations_job(
            generator, z, label, codes, jobs.VARIATIONS, spread, seed + tile["index"] + 1, control))

    def _variation_clicked(self, index: int) -> None:
        """Walk: the clicked variation becomes the tile that variations are drawn around."""
        strip = self._variations
        if strip is None or index >= len(strip.z):
            return
        self._tile = {"index": self._tile["index"] if self._tile else 0, "image": strip.images[index],
                      "z": strip.z[index], "label": None if strip.labels is None else int(strip.labels[index]),
                      "codes": None if strip.codes is None else strip.codes[index]}
        self.tile_view.set_image(strip.images[index])
        self.tile_label.setText(tr("A variation (walked from tile {n}).").format(n=self._tile['index'] + 1))
        self.request_variations()

    def variation_images(self) -> np.ndarray | None:
        return self.variations_grid.images()

    def current_tile_image(self) -> np.ndarray | None:
        """The tile shown enlarged (C, H, W), if any."""
        return None if self._tile is None else self._tile["image"]

    # Interpolation ---------------------------------------------------------------------------------

    def on_picks_changed(self, picks: list) -> None:
        self._ends = [t for t in (self._tile_state(i) for i in picks) if t is not None]
        for k, view in enumerate(self.end_views):
            view.set_image(self._ends[k]["image"] if k < len(self._ends) else None)
        if len(self._ends) < 2:
            self._strip_images = None
            self.strip_view.set_image(None)
            self.ends_label.setText(tr("Ctrl+click two tiles of the grid (A, then B) to see the path between them.")
                                    if not self._ends else tr("A is picked: Ctrl+click a second tile for B."))
            return
        if any(t["z"] is None for t in self._ends):
            self.ends_label.setText(tr(TIMELINE_HINT))
            self.strip_view.set_image(None)
            return
        a, b = self._ends
        self.ends_label.setText(tr("From tile {a} (A) to tile {b} (B).").format(a=a['index'] + 1, b=b['index'] + 1))
        self.tools.setCurrentIndex(1)
        self.request_interpolation()

    def request_interpolation(self) -> None:
        generator = self._generator
        if len(self._ends) != 2 or generator is None or self.info is None or any(t["z"] is None for t in self._ends):
            return
        a, b = self._ends
        steps, mode = self.steps_spin.value(), self.mode_combo.currentData()
        codes = a["codes"]
        self.jobs["interpolation"].request(self.info.run_dir, lambda control: jobs.interpolation_job(
            generator, a["z"], b["z"], a["label"], b["label"], codes, steps, mode, control))

    def strip_images(self) -> np.ndarray | None:
        """The interpolation strip's images (steps, C, H, W), once two tiles are picked."""
        return self._strip_images

    # Results ---------------------------------------------------------------------------------------

    def on_tool_result(self, kind: str, tag, item) -> None:
        """A strip has come; ``tag`` is the run it was asked of (one opened since makes it stale)."""
        if not isinstance(item, jobs.Strip) or self.info is None or tag != self.info.run_dir:
            return
        if kind == "variations":
            self._variations = item
            self.variations_grid.set_images(item.images, 4, keep_selection=False)
        elif kind == "interpolation":
            from studio.core.images import make_grid

            self._strip_images = item.images
            self.strip_view.set_image(make_grid([item.images]))
