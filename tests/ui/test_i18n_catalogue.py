"""Every user-visible string is translatable, and the Chinese catalogue is complete, consistent and compiled.

The static test reads the UI's code with ``ast``: no English literal (nor f-string) may reach a setter or a
constructor that shows text without going through ``tr``. The catalogue tests read the committed .ts.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from studio.ui import i18n_tools

UI_ROOT = Path(i18n_tools.__file__).parent

# Calls whose text arguments a user reads; the value is which positional arguments are text (None: all).
VISIBLE_CALLS: dict[str, tuple[int, ...] | None] = {
    "setText": (0,), "setToolTip": (0,), "setStatusTip": (0,), "setWhatsThis": (0,), "setPlaceholderText": (0,),
    "setWindowTitle": (0,), "setTitle": (0,), "setFormat": (0,), "setSuffix": (0,), "setPrefix": (0,),
    "setSpecialValueText": (0,), "setLabelText": (0,), "setInformativeText": (0,), "setDetailedText": (0,),
    "showMessage": (0,), "addTab": (1,), "insertTab": (2,), "setTabText": (1,), "setTabToolTip": (1,),
    "addItem": (0,), "addItems": (0,), "insertItem": (1,), "setItemText": (1,), "addRow": (0,),
    "addMenu": (0,), "addAction": (0,), "setHorizontalHeaderLabels": (0,), "setHeaderLabels": (0,),
    "setLabel": (1,), "drawText": None, "set_placeholder": (0,), "set_caption": (0,),
    "QLabel": (0,), "QPushButton": (0,), "QToolButton": (0,), "QCheckBox": (0,), "QRadioButton": (0,),
    "QGroupBox": (0,), "QAction": None, "QMenu": (0,), "QListWidgetItem": None, "QTableWidgetItem": (0,),
    "QTreeWidgetItem": None, "QStandardItem": (0,), "QMessageBox": None, "question": (1, 2),
    "warning": (1, 2), "information": (1, 2), "critical": (1, 2), "about": (1, 2), "getText": (1, 2),
    "getOpenFileName": (1, 3), "getOpenFileNames": (1, 3), "getSaveFileName": (1, 3),
    "getExistingDirectory": (1,), "getColor": (2,), "StudioError": (0,), "report": (0,),
}
VISIBLE_KEYWORDS = {"text", "title", "label", "tip", "tooltip", "toolTip", "placeholder", "caption", "message",
                    "button_text", "button_tip", "combo_tip", "empty_text", "suffix", "prefix"}
# Calls that take strings no user reads (log lines, object names, keys, styles).
NOT_SHOWN = {"debug", "info", "exception", "error", "getLogger", "setObjectName", "setStyleSheet",
             "TemporaryDirectory", "mkdtemp"}
# A line may keep an English literal on purpose (a value the user types, such as the dataset name
# "digits") when it says so: ``# not translated: <why>``.
KEEP_MARK = "# not translated"
# Names the user types as they are (the built-in datasets of the Data field and the command line).
NAMES = {"digits", "bach"}
SHORTCUT = re.compile(r"^((Ctrl|Shift|Alt|Meta)\+\S*|Esc|Space|Home|End|Up|Down|Left|Right|Return|F\d+)$")


def _words(node: ast.AST) -> str:
    """The literal text of a string or f-string node ('' for anything else)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.IfExp):
        return _words(node.body) + " " + _words(node.orelse)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _words(node.left) + " " + _words(node.right)
    return ""


def _is_english(text: str) -> bool:
    text = re.sub(r"<[^>]+>|#[0-9a-fA-F]{3,8}\b", " ", text)     # markup and colours are not text
    return (bool(re.search(r"[A-Za-z]{2,}", text)) and not SHORTCUT.match(text.strip())
            and text.strip() not in NAMES)


def untranslated_literals(root: Path = UI_ROOT) -> list[str]:
    problems = []
    for path in sorted(root.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        tree = ast.parse(source)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name in NOT_SHOWN or name in ("tr", "tr_noop"):
                continue
            args: list[ast.AST] = []
            if name in VISIBLE_CALLS:
                positions = VISIBLE_CALLS[name]
                args += [a for i, a in enumerate(node.args) if positions is None or i in positions]
            args += [k.value for k in node.keywords if k.arg in VISIBLE_KEYWORDS]
            for arg in args:
                if _is_english(_words(arg)) and KEEP_MARK not in lines[arg.lineno - 1]:
                    problems.append(f"{path.relative_to(root.parent.parent)}:{arg.lineno}: {ast.unparse(arg)[:80]}")
    return problems


def test_every_user_visible_literal_goes_through_tr():
    problems = untranslated_literals()
    assert not problems, "strings shown without tr():\n" + "\n".join(problems)


def test_the_scan_finds_a_bare_literal(tmp_path):
    """The scanner itself works: it flags bare and f-string texts and lets tr() through."""
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "sample.py").write_text(
        'label = QLabel("Hello there")\nbutton.setToolTip(f"Saved {path}")\nok = QLabel(tr("Fine"))\n'
        'combo.addItem(tr("Shown"), "key")\nself.setObjectName("status bar")\n', encoding="utf-8")
    problems = untranslated_literals(tmp_path / "ui")
    assert [p.split(": ", 1)[1] for p in problems] == ["'Hello there'", "f'Saved {path}'"]


def test_the_catalogue_is_up_to_date_with_the_code():
    """Every text of the code is in the .ts (run ``python -m studio.ui.i18n_tools`` after adding one)."""
    messages = i18n_tools.read_ts(i18n_tools.ts_path("zh_CN"))
    current = {text for text, m in messages.items() if m.kind != "vanished"}
    missing = sorted(set(i18n_tools.collect()) - current)
    assert not missing, "not in the catalogue:\n" + "\n".join(missing)


def test_every_text_has_a_chinese_translation():
    messages = i18n_tools.read_ts(i18n_tools.ts_path("zh_CN"))
    untranslated = sorted(m.source for m in messages.values() if m.kind != "vanished" and not m.translation)
    assert not untranslated, f"{len(untranslated)} texts without a translation, e.g. {untranslated[:10]}"


def test_translations_keep_the_placeholders():
    messages = i18n_tools.read_ts(i18n_tools.ts_path("zh_CN"))
    assert not i18n_tools.placeholder_mismatches(messages)


def test_placeholders_are_read_like_str_format():
    assert i18n_tools.placeholders("Saved {path} ({n:,} {{literal}})") == ["n:,", "path"]
    mismatch = {"a": i18n_tools.Message("Epoch {epoch}", translation="第 {epch} 轮")}
    assert i18n_tools.placeholder_mismatches(mismatch)


def test_the_compiled_qm_is_current():
    """The committed .qm is what lrelease makes of the committed .ts (recompile after editing it)."""
    assert i18n_tools.qm_is_current("zh_CN")


def test_update_keeps_translations_and_marks_vanished_texts(tmp_path):
    ts = tmp_path / "x.ts"
    old = {"Open": i18n_tools.Message("Open", {"a.py"}, "打开"), "Gone": i18n_tools.Message("Gone", set(), "走了")}
    i18n_tools.write_ts(ts, old, "zh_CN")
    merged = i18n_tools.update(i18n_tools.read_ts(ts), {"Open": {"b.py"}, "New & <shiny>": {"b.py"}})
    i18n_tools.write_ts(ts, merged, "zh_CN")
    again = i18n_tools.read_ts(ts)
    assert (again["Open"].translation, again["Open"].kind) == ("打开", "")
    assert (again["Gone"].translation, again["Gone"].kind) == ("走了", "vanished")
    assert (again["New & <shiny>"].translation, again["New & <shiny>"].kind) == ("", "unfinished")
    back = i18n_tools.update(again, {"Gone": {"c.py"}})             # a text that comes back regains its words
    assert (back["Gone"].translation, back["Gone"].kind) == ("走了", "")


def test_a_disambiguated_text_is_a_message_of_its_own(tmp_path):
    source = tmp_path / "ui.py"
    source.write_text('a = tr("Scale:")\nb = tr("Scale:", "musical scale")\n', encoding="utf-8")
    keys = [k for k, _line in i18n_tools.literal_calls(source)]
    assert keys == ["Scale:", i18n_tools.key("Scale:", "musical scale")]
    ts = tmp_path / "x.ts"
    merged = i18n_tools.update({}, {k: {"ui.py"} for k in keys})
    merged[keys[1]].translation = "音阶："
    i18n_tools.write_ts(ts, merged, "zh_CN")
    again = i18n_tools.read_ts(ts)
    assert again[keys[1]].comment == "musical scale" and again[keys[1]].translation == "音阶："
    assert again["Scale:"].translation == ""


@pytest.mark.parametrize("text", ["Ctrl+Z", "<b></b>", "1/16", "×"])
def test_non_words_are_not_flagged(text):
    assert not _is_english(text)
