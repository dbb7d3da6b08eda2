"""ClassifierReport: the RBM-features pipeline's report — accuracy, confusion matrix and rates, side by side.

A page of its own: pick a bundled dataset (breast cancer or digits), press Run (Ctrl+R), and the
pipeline of ``studio.energy.features`` runs in a TaskWorker, with progress and Stop (Esc). Each classifier
(raw inputs, RBM features, raw + RBM features) gets a column: its test accuracy, its confusion matrix as
a heat map (rows: true class, columns: predicted) and its per-class precision, recall and F1.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence
from PySide6.QtWidgets import (QComboBox, QFrame, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from studio.energy.features import DATASETS, ClassifierResult, FeaturesReport, features_job, settings_for
from studio.ui.i18n import tr
from studio.ui.widgets.progress_bar import ProgressBar
from studio.workers.task_worker import TaskWorker


class ConfusionTable(QTableWidget):
    """A confusion matrix of counts, shaded by each cell's share of its true class."""

    def set_result(self, result: ClassifierResult) -> None:
        names = list(result.class_names)
        k = len(names)
        self.setRowCount(k)
        self.setColumnCount(k)
        self.setHorizontalHeaderLabels(names)
        self.setVerticalHeaderLabels(names)
        totals = np.maximum(result.confusion.sum(1, keepdims=True), 1)
        shares = result.confusion / totals
        for i in range(k):
            for j in range(k):
                item = QTableWidgetItem(str(int(result.confusion[i, j])))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                share = float(shares[i, j])
                # The diagonal (right answers) in green, mistakes in red; stronger for larger shares.
                base = QColor(46, 160, 67) if i == j else QColor(218, 54, 51)
                alpha = int(255 * min(1.0, share)) if result.confusion[i, j] else 0
                item.setBackground(QColor(base.red(), base.green(), base.blue(), alpha))
                item.setForeground(QColor("white") if share > 0.5 else self.palette().text().color())
                item.setToolTip(tr("true {true}, predicted {predicted}: {share:.1%} of the {true} items").format(
                    true=names[i], predicted=names[j], share=share))
                self.setItem(i, j, item)
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            header.setMinimumSectionSize(18)


class RatesTable(QTableWidget):
    """Precision, recall (true-positive rate) and F1 per class."""

    def set_result(self, result: ClassifierResult) -> None:
        names = list(result.class_names)
        self.setRowCount(len(names))
        self.setColumnCount(3)
        self.setHorizontalHeaderLabels([tr("Precision"), tr("Recall"), "F1"])
        self.setVerticalHeaderLabels(names)
        for i in range(len(names)):
            for j, values in enumerate((result.precision, result.recall, result.f1)):
                item = QTableWidgetItem(f"{float(values[i]):.3f}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.setItem(i, j, item)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)


class ResultColumn(QFrame):
    """One classifier: its name, accuracy, confusion matrix and rates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.accuracy = QLabel()
        big = QFont(self.accuracy.font())
        big.setPointSizeF(big.pointSizeF() * 1.8)
        big.setBold(True)
        self.accuracy.setFont(big)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.confusion = ConfusionTable()
        self.rates = RatesTable()
        layout.addWidget(self.title)
        layout.addWidget(self.accuracy)
        layout.addWidget(self.detail)
        layout.addWidget(QLabel(tr("Confusion matrix (rows: true class, columns: predicted)")))
        layout.addWidget(self.confusion, 3)
        layout.addWidget(self.rates, 2)

    def set_result(self, result: ClassifierResult, best: bool) -> None:
        self.title.setText(result.name + (tr("  ★ best") if best else ""))
        self.accuracy.setText(f"{result.accuracy:.1%}")
        self.detail.setText(tr("test accuracy · macro F1 {macro_f1:.3f} · {n_features} features · C = {c:g}").format(
            macro_f1=result.macro_f1, n_features=result.n_features, c=result.c))
        self.confusion.set_result(result)
        self.rates.set_result(result)


class ClassifierReport(QWidget):
    """The RBM-features classifier report, with its own Run/Stop and progress.

    ``report_ready(FeaturesReport)`` fires when a run finishes; ``failed(str)`` with one sentence when it
    fails. ``show_comparison(report)`` shows a report computed elsewhere.
    """

    report_ready = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None, reporter=None) -> None:
        super().__init__(parent)
        self.reporter = reporter
        self._worker: TaskWorker | None = None
        self._report: FeaturesReport | None = None
        # dataset -> FeatureSettings; replaceable (a quicker pipeline in tests, a user's own settings).
        self.settings_for = settings_for
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Data:")))
        self.dataset = QComboBox()
        for key, title in DATASETS.items():
            self.dataset.addItem(tr(title), key)
        bar.addWidget(self.dataset)
        self.run_button = QPushButton(tr("Run"))
        self.run_button.setShortcut(QKeySequence("Ctrl+R"))
        self.run_button.setToolTip(tr("Train the RBM and the three classifiers (Ctrl+R)"))
        self.run_button.clicked.connect(self.run)
        self.stop_button = QPushButton(tr("Stop"))
        self.stop_button.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop)
        bar.addWidget(self.run_button)
        bar.addWidget(self.stop_button)
        self.progress = ProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        bar.addWidget(self.progress, 1)
        layout.addLayout(bar)
        self.status = QLabel(tr("Min-max scaling → RBM → logistic regression, against the same classifier on "
                                "the raw inputs. Press Run."))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self._columns_box = QHBoxLayout()
        layout.addLayout(self._columns_box, 1)
        self._columns: list[ResultColumn] = []

    # Running -----------------------------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self._worker is not None

    def run(self, dataset: str | None = None) -> None:
        """Run the pipeline on ``dataset`` (default: the one chosen) in a worker thread."""
        if self._worker is not None:
            return
        if isinstance(dataset, str) and dataset in DATASETS:
            self.dataset.setCurrentIndex(list(DATASETS).index(dataset))
        key = self.dataset.currentData()
        settings = self.settings_for(key)
        worker = TaskWorker(lambda control: features_job(key, settings, control), self)
        worker.event.connect(self._on_event)
        worker.finished.connect(self._on_finished)
        self._worker = worker
        self.run_button.setEnabled(False)
        self.dataset.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.status.setText(tr("Training on {dataset}…").format(dataset=tr(DATASETS[key])))
        worker.start()

    def stop(self) -> None:
        if self._worker is not None:
            self._worker.stop()

    def shutdown(self) -> None:
        """Stop a run in progress and wait for its thread (when the window closes)."""
        if self._worker is not None:
            self._worker.stop_and_wait()

    def _on_event(self, item) -> None:
        if isinstance(item, FeaturesReport):
            self.show_comparison(item)
        elif hasattr(item, "fraction"):
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * (item.fraction or 0.0)))
            self.status.setText(item.message + "…")

    def _on_finished(self, end) -> None:
        self._worker = None
        self.run_button.setEnabled(True)
        self.dataset.setEnabled(True)
        self.stop_button.setEnabled(False)
        if end.failure is not None:
            self.status.setText(end.failure.message)
            self.failed.emit(end.failure.message)
            if self.reporter is not None:
                self.reporter.report(end.failure.message, end.failure.details)
        elif end.status == "stopped":
            self.progress.setValue(0)
            self.status.setText(tr("Stopped."))
        elif self._report is not None:
            self.report_ready.emit(self._report)

    # Showing -----------------------------------------------------------------------------------------

    def show_comparison(self, report: FeaturesReport) -> None:
        """Show every classifier of ``report`` side by side, the most accurate one starred."""
        self._report = report
        while len(self._columns) < len(report.results):
            column = ResultColumn()
            self._columns_box.addWidget(column, 1)
            self._columns.append(column)
        best = max(r.accuracy for r in report.results)
        for column, result in zip(self._columns, report.results):
            column.set_result(result, result.accuracy == best)
            column.show()
        for column in self._columns[len(report.results):]:
            column.hide()
        self.status.setText(tr("{title}: {n_train} training and {n_test} test items (seeded split); RBM with "
                               "{hidden} hidden units; {seconds:.0f} s.").format(
                                   title=report.title, n_train=report.n_train, n_test=report.n_test,
                                   hidden=report.hidden, seconds=report.seconds))

    def report(self) -> FeaturesReport | None:
        return self._report

    def accuracy_text(self, name: str) -> str:
        """The accuracy shown for classifier ``name`` ("Raw inputs", "RBM features", …), '' if none."""
        for column in self._columns:
            if column.isVisibleTo(self) and column.title.text().split("  ")[0] == name:
                return column.accuracy.text()
        return ""
