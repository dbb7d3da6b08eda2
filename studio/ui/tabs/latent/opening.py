"""Opening a run in the Latent explorer without stalling the window.

Everything heavy happens in the opening worker's thread: the model and the codes
(``LatentSpace.open_steps``), then what the tab shows first, as plain data (:class:`OpenedSpace`): the
plane and the points projected on it, the view's bounds, the sliders' range, the reconstruction errors
with their histogram and the thumbnails of the worst images (``QImage``s, which may be made off the GUI
thread, unlike pixmaps), the dataset's title. The GUI thread then builds the view from it in a few
short steps, one per pass of its event loop (``SpaceOpeningMixin._show_steps`` driven by a zero-interval
timer), so that no single event holds the window for long: at the end of a training run started in the
tab, showing the new run in one go held it for ~75 ms (issue 11).

``LatentTab.set_space(space)`` runs the same steps at once, for callers that already hold a space.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from typing import Iterator

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage

from studio.core.errors import StudioError, user_message
from studio.core.run_summary import RunSummary
from studio.core.tasks import Progress, TaskControl
from studio.core.workspace import Run
from studio.latent.explorer import LatentSpace, Plane, axis_plane, pca_plane
from studio.ui.i18n import tr
from studio.ui.widgets.pixel_view import to_qimage

THUMB_SIDE = 48      # the anomaly list's icons
WORST_SHOWN = 30     # how many of the worst-rebuilt images the anomaly list shows


@dataclass(frozen=True)
class Anomalies:
    """The anomaly panel's content: the errors' histogram, the worst images (worst first) and their icons."""

    counts: np.ndarray             # (bins,)
    edges: np.ndarray              # (bins + 1,)
    median: float
    worst: np.ndarray              # (k,) validation indices
    threshold: float               # the k-th worst error: the red line
    scores: np.ndarray             # (N,) every image's error
    thumbs: tuple[QImage, ...]     # (k,) THUMB_SIDE px pictures of the worst images


@dataclass(frozen=True)
class OpenedSpace:
    """A run's latent space with the first view of it computed (see the module's docstring)."""

    space: LatentSpace
    plane: Plane                   # the plane shown first: the two axes of a 2-D latent, else PCA
    pca: bool
    axes: tuple[int, int]          # the latent axes of the plane when it is not PCA
    points: np.ndarray             # (N, 2) the codes on that plane
    bounds: tuple[float, float, float, float]
    limit: float                   # the sliders' ± range
    dataset_title: str
    anomalies: Anomalies | None    # None for a model without an encoder (a GAN)


def prepare(space: LatentSpace) -> OpenedSpace:
    """Compute the first view of ``space``: numpy and torch work only (and QImages), no widget."""
    dim, n = space.dim, len(space.codes)
    pca = dim > 2
    axes = (0, min(1, dim - 1))
    plane = pca_plane(space.codes) if pca else axis_plane(dim, *axes)
    limit = float(max(3.0, np.ceil(np.abs(space.codes).max() * 1.2))) if n else 4.0
    try:
        title = RunSummary.read(space.run).dataset_title if space.run is not None else ""
    except StudioError:
        title = ""
    return OpenedSpace(space, plane, pca, axes, plane.project(space.codes), space.bounds(plane), limit, title,
                       _anomalies(space) if space.has_encoder else None)


def _anomalies(space: LatentSpace) -> Anomalies:
    scores = space.anomaly_scores()    # decodes every validation image: the costliest part after encoding
    counts, edges = np.histogram(scores, bins=min(60, max(10, len(scores) // 20)))
    worst = space.most_anomalous(WORST_SHOWN)
    threshold = float(scores[worst[-1]]) if len(worst) else 0.0
    thumbs = tuple(to_qimage(space.val_image(int(i))).scaled(
        THUMB_SIDE, THUMB_SIDE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation)
        for i in worst)
    return Anomalies(counts, edges, float(np.median(scores)) if len(scores) else 0.0, worst, threshold, scores,
                     thumbs)


def open_job(run: Run, control: TaskControl) -> Iterator[object]:
    """The opening worker's job: Progress, then the :class:`OpenedSpace`."""
    for item in LatentSpace.open_steps(run, "best", control):
        if isinstance(item, LatentSpace):
            yield Progress(3, 4, tr("Preparing the map"))
            control.checkpoint()
            yield prepare(item)
        elif not (isinstance(item, Progress) and item.done == item.total):   # "Ready" comes after preparing
            yield item


class SpaceOpeningMixin:
    """The Latent tab's showing of an opened space, in steps (see the module's docstring)."""

    def _init_opening(self) -> None:
        self._opening_steps: Iterator[None] | None = None     # the steps of the space being laid out
        self._step_timer = QTimer(self)
        self._step_timer.setInterval(0)
        self._step_timer.timeout.connect(self._next_step)

    def show_opened(self, opened: OpenedSpace) -> None:
        """Show ``opened`` step by step from the event loop; ``space_loaded`` fires once it is all shown.
        A space opened meanwhile replaces it (its steps stop)."""
        self._opening_steps = self._show_steps(opened)
        self._next_step()                 # the first step at once: the old space is closed right away
        if self._opening_steps is not None:
            self._step_timer.start()

    def set_space(self, space: LatentSpace) -> None:
        """Show ``space`` at once: map, sliders, grid, anomalies (``show_opened`` spreads the same work)."""
        opened = prepare(space)
        self._stop_opening()
        for _ in self._show_steps(opened):
            pass
        self.space_loaded.emit()

    def is_opening(self) -> bool:
        """Whether a space is still being laid out."""
        return self._opening_steps is not None

    def _stop_opening(self) -> None:
        self._step_timer.stop()
        self._opening_steps = None

    def _next_step(self) -> None:
        steps = self._opening_steps
        if steps is None or self._closing:
            self._stop_opening()
            return
        try:
            next(steps)
        except StopIteration:
            self._stop_opening()
            self.space_loaded.emit()
        except Exception as exc:  # noqa: BLE001 - a sentence for the user, never a traceback
            self._stop_opening()
            self._on_open_failed(user_message(exc), traceback.format_exc())

    def _show_steps(self, opened: OpenedSpace) -> Iterator[None]:
        """Lay out ``opened``, yielding between parts (each a few milliseconds of widget work).

        Until the last part the tab has no open space (``space`` and ``plane`` are None and the controls
        disabled), so that nothing the user does meanwhile meets half of the old space and half of the new.
        """
        space, dim, n = opened.space, opened.space.dim, len(opened.space.codes)
        # 1. Close the old space and reset the code tools.
        self._anim_timer.stop()
        self.animate_check.setChecked(False)
        self.space = self.plane = None
        self._set_enabled(False)
        self.z = np.zeros(dim, np.float32)
        self.point_a = self.point_b = None
        self._strip = self._strip_codes = self._grid = None
        self._sketch_code = None
        self._clear_picked()
        for name in ("A", "B"):
            self.end_labels[name].setText(tr("not set"))
        self.strip_view.set_image(None)
        for spin in (self.image_spin, self.end_spins["A"], self.end_spins["B"]):
            spin.blockSignals(True)
            spin.setRange(0, max(0, n - 1))
            spin.blockSignals(False)
        self.end_spins["B"].setValue(min(1, n - 1))
        self.image_spin.blockSignals(True)
        self.image_spin.setValue(0)
        self.image_spin.blockSignals(False)
        self.image_thumb.set_image(space.val_image(0) if n else None)
        for spin, value in ((self.axis_x, opened.axes[0]), (self.axis_y, opened.axes[1])):
            spin.blockSignals(True)
            spin.setRange(0, max(0, dim - 1))
            spin.setValue(value)
            spin.blockSignals(False)
        self.plane_combo.blockSignals(True)
        self.plane_combo.setCurrentIndex(1 if opened.pca else 0)
        self.plane_combo.blockSignals(False)
        self.class_combo.blockSignals(True)
        self.class_combo.clear()
        for i in range(space.num_conditions):
            self.class_combo.addItem(space.label_name(i), i)
        self.class_combo.blockSignals(False)
        for w in (self.class_label, self.class_combo):
            w.setVisible(space.num_conditions > 0)
        yield
        # 2. The sliders: a row of widgets per dimension, 32 rows a step.
        yield from self.sliders.build_in_steps(dim, opened.limit)
        yield
        # 3. The map: its points on the first plane, framed, then its legend a few entries at a time.
        steps = self._plane_steps(space, opened.points, None if opened.pca else opened.axes)
        next(steps, None)
        yield
        self.map.set_range(*opened.bounds)
        yield
        yield from steps
        yield
        # 4. The tools a model without an encoder lacks, and the anomaly panel.
        self._show_encoder_tools(space.has_encoder)
        if opened.anomalies is not None:
            self._show_anomalies(space, opened.anomalies)
        # A hidden page's new size does not reach the tool tabs by itself (the anomaly page is hidden
        # unless it is the current one), and the tab's layout may have been done since the sliders came.
        self.tools.updateGeometry()
        yield
        # 5. The space is open: the current code, the status line, the run's row.
        self.space, self.plane = space, opened.plane
        self._set_enabled(True)
        self.plane_combo.setEnabled(dim > 2)
        what = tr("{n:,} validation images of {title}").format(
            n=n, title=opened.dataset_title) if space.has_encoder else tr("{n:,} samples of its prior").format(n=n)
        self.status.setText(tr("{name}: {family} with a {dim}-D latent space, {what}.").format(
                            name=space.run.id if space.run else tr("model"), family=space.family.upper(), dim=dim,
                            what=what) + (f" {space.prior_note}" if space.prior_note else ""))
        if space.run is not None:
            self._select_open_run(space.run.path)
        if not space.has_encoder and n:
            self.z = space.codes[0].copy()   # a GAN's z = 0 draws a blurred average: start on a sample
        self._place_markers()
        self.on_code_changed()
        self.encode_sketch()
        self._schedule_grid()
        # ``space_loaded`` comes after this last step, in an event of its own (``_next_step``): its
        # listeners (the Welcome page's recent runs, which saves the settings) are not added to this one.
