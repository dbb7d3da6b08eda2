"""ConfigForm: an editing form generated from a config dataclass and its fields' metadata.

Fields made with ``studio.models.base.option`` carry a label, a help text and limits (min, max, step,
choices); they become spin boxes, combo boxes or check boxes with the help as tooltip. A field whose
help starts with one of another field's choices ("denoising: …") only applies to that choice and is
greyed out otherwise.
"""

from __future__ import annotations

import dataclasses
import math
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QSpinBox, QWidget

from studio.ui.i18n import tr

# Filled in from the dataset by the trainer, so never asked of the user.
HIDDEN_FIELDS = {"image_shape"}


class ConfigForm(QWidget):
    """A form for one config dataclass. ``values()`` returns {field name: value}."""

    def __init__(self, config_cls: type, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config_cls = config_cls
        self.editors: dict[str, QWidget] = {}
        self._depends: dict[str, tuple[str, str]] = {}  # field -> (choice field, choice)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields = [f for f in dataclasses.fields(config_cls) if f.name not in HIDDEN_FIELDS and f.init]
        choices = {f.name: tuple(f.metadata.get("choices", ())) for f in fields if f.metadata.get("choices")}
        for f in fields:
            meta = f.metadata
            default = f.default if f.default is not dataclasses.MISSING else (
                f.default_factory() if f.default_factory is not dataclasses.MISSING else None)
            editor = self._editor(f.name, default, meta)
            if editor is None:
                continue
            help_text = tr(meta.get("help", "")) if meta.get("help") else ""
            if help_text:
                editor.setToolTip(help_text[0].upper() + help_text[1:] + ("" if help_text.endswith(".") else "."))
                head = help_text.split(":", 1)[0].strip()
                for owner, options in choices.items():
                    if owner != f.name and head in options:
                        self._depends[f.name] = (owner, head)
            self.editors[f.name] = editor
            layout.addRow(tr(meta["label"]) if "label" in meta else f.name.replace("_", " ").capitalize(), editor)
            layout.labelForField(editor).setToolTip(editor.toolTip())
        for owner in {o for o, _ in self._depends.values()}:
            self.editors[owner].currentIndexChanged.connect(self._update_enabled)
        self._update_enabled()

    @staticmethod
    def _editor(name: str, default: Any, meta: dict) -> QWidget | None:
        if meta.get("choices"):
            combo = QComboBox()
            for choice in meta["choices"]:
                combo.addItem(str(choice), choice)
            combo.setCurrentIndex(max(0, combo.findData(default)))
            return combo
        if isinstance(default, bool):
            check = QCheckBox()
            check.setChecked(default)
            return check
        if isinstance(default, int):
            spin = QSpinBox()
            spin.setRange(int(meta.get("min", 0)), int(meta.get("max", 1_000_000)))
            spin.setSingleStep(int(meta.get("step", 1)))
            spin.setValue(default)
            return spin
        if isinstance(default, float):
            spin = QDoubleSpinBox()
            step = float(meta.get("step", 0.1))
            smallest = min(step, abs(default)) if default else step
            spin.setDecimals(max(2, min(6, 1 - math.floor(math.log10(smallest))) if smallest > 0 else 2))
            spin.setRange(float(meta.get("min", 0.0)), float(meta.get("max", 1e6)))
            spin.setSingleStep(step)
            spin.setValue(default)
            return spin
        return None  # tuples and other structured values are not for hand editing

    def _update_enabled(self) -> None:
        for name, (owner, choice) in self._depends.items():
            self.editors[name].setEnabled(self.editors[owner].currentData() == choice)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QComboBox):
                out[name] = editor.currentData()
            elif isinstance(editor, QCheckBox):
                out[name] = editor.isChecked()
            else:
                out[name] = editor.value()
        return out

    def set_values(self, values: dict[str, Any]) -> None:
        for name, value in values.items():
            editor = self.editors.get(name)
            if editor is None:
                continue
            if isinstance(editor, QComboBox):
                index = editor.findData(value)
                if index >= 0:
                    editor.setCurrentIndex(index)
            elif isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            else:
                editor.setValue(value)
