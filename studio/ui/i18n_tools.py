"""The translation catalogue: find every translatable string, keep the .ts file in step, compile the .qm.

    python -m studio.ui.i18n_tools          # update studio/assets/translations/studio_zh_CN.ts and compile it
    python -m studio.ui.i18n_tools --check  # exit 1 if the .ts or the .qm is behind the code

The strings come from two places:

* the UI's code: every ``tr("literal")`` and ``tr_noop("literal")`` under ``studio/ui`` (read with
  ``ast``, so nothing is imported or run);
* the fixed words the UI shows from the Qt-free core: the model registry's titles, descriptions, presets,
  option labels and help, loss-term titles and units, preview row titles; the main window's tab titles;
  the piano roll's default edit names and its no-audio-device sentence; the highlight threshold modes'
  and loudness measures' names; the completion masks' and the RBM classifier's datasets' names. The core
  stays Qt-free: the UI passes these through ``tr`` where it shows them, and this collector imports the
  modules to list them.

Updating keeps every existing translation; a message no longer in the code is marked ``vanished`` (kept,
so that its translation comes back if the text does) and the compiled file leaves it out. Messages are
sorted by their English text and carry file names without line numbers, so moving code around does not
rewrite the file. The format is Qt Linguist's, so translators can also open the .ts in Qt Linguist.
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import inspect
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from studio.resources import resource_path
from studio.ui.i18n import CONTEXT

LANGUAGES = ("zh_CN",)
UI_ROOT = Path(__file__).resolve().parent
REPO_ROOT = UI_ROOT.parent.parent
MARKERS = ("tr", "tr_noop")
PLACEHOLDER = re.compile(r"(?<!\{)\{([^{}]*)\}(?!\})")   # {name}, {n:,} – not the escaped {{ }}


SEPARATOR = "\x04"   # joins a text and its disambiguation into one key (as gettext joins msgctxt)


@dataclasses.dataclass
class Message:
    """One English text and where it comes from (file names relative to the repository). ``comment`` is
    ``tr``'s disambiguation: the same English with two meanings ("Scale:" of an export, of music)."""

    source: str
    locations: set[str] = dataclasses.field(default_factory=set)
    translation: str = ""
    kind: str = ""                      # "", "unfinished" or "vanished"
    comment: str = ""


def key(source: str, comment: str = "") -> str:
    """The catalogue's key of a text: the text, or text and disambiguation joined by ``SEPARATOR``."""
    return f"{source}{SEPARATOR}{comment}" if comment else source


def ts_path(language: str = "zh_CN") -> Path:
    return resource_path("translations", f"studio_{language}.ts")


def qm_path(language: str = "zh_CN") -> Path:
    return resource_path("translations", f"studio_{language}.qm")


# Collecting ---------------------------------------------------------------------------------------------

def literal_calls(path: Path) -> list[tuple[str, int]]:
    """``(key, line)`` of each ``tr("…")``/``tr_noop("…")`` call with a literal first argument (the key
    holds a literal disambiguation, ``tr("Scale:", "musical scale")``, too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        arg = node.args[0]
        if name in MARKERS and isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value:
            second = node.args[1] if len(node.args) > 1 else next(
                (k.value for k in node.keywords if k.arg == "disambiguation"), None)
            comment = second.value if isinstance(second, ast.Constant) and isinstance(second.value, str) else ""
            found.append((key(arg.value, comment), node.lineno))
    return found


def collect_code(root: Path = UI_ROOT) -> dict[str, set[str]]:
    """Every literal text marked in the UI's code, with the files it appears in."""
    texts: dict[str, set[str]] = {}
    for path in sorted(root.rglob("*.py")):
        where = _relative(path)
        for text, _line in literal_calls(path):
            texts.setdefault(text, set()).add(where)
    return texts


def collect_core() -> dict[str, set[str]]:
    """The fixed words of the core that the UI shows (see the module's docstring)."""
    from studio.models import registry

    texts: dict[str, set[str]] = {}

    def add(text, where: str) -> None:
        if isinstance(text, str) and text.strip():
            texts.setdefault(text, set()).add(where)

    for entry in registry.available_models():
        if not entry.model_cls.__module__.startswith("studio.models."):
            continue        # a model file of one's own (STUDIO_MODEL_PATH) brings its own words
        where = _relative(Path(inspect.getfile(entry.model_cls)))
        add(entry.title, where)
        add(entry.description, where)
        for preset in entry.presets:
            add(preset.title, where)
        for f in dataclasses.fields(entry.config_cls):
            add(f.metadata.get("label"), where)
            add(f.metadata.get("help"), where)
        configs = [{}] + [preset.config for preset in entry.presets]
        for config in configs:
            try:
                terms = entry.terms(config)
            except Exception:   # a preset of a plugin that cannot build its terms: its titles are missed
                continue
            for term in terms:
                add(getattr(term, "title", None), where)
                add(getattr(term, "unit", None), where)
        for title in getattr(entry.model_cls, "preview_titles", {}).values():
            add(title, where)
    from studio.ui import main_window

    for title, _spec in main_window.TABS:
        add(title, _relative(Path(main_window.__file__)))
    from studio.video import loudness, segments

    for module, names in ((segments, segments.MODE_NAMES), (loudness, loudness.MEASURE_NAMES)):
        for name in names.values():
            add(name, _relative(Path(module.__file__)))
    from studio.energy import features
    from studio.pixels import masks

    for module, names in ((masks, masks.MASK_TITLES), (features, features.DATASETS)):
        for name in names.values():
            add(name, _relative(Path(module.__file__)))
    from studio.music import playback

    add(playback.NO_DEVICE, _relative(Path(playback.__file__)))
    from studio.music import editing

    for _name, function in inspect.getmembers(editing, inspect.isfunction):
        label = inspect.signature(function).parameters.get("label")
        if label is not None:
            add(label.default, _relative(Path(editing.__file__)))
    return texts


def collect() -> dict[str, set[str]]:
    texts = collect_code()
    for text, where in collect_core().items():
        texts.setdefault(text, set()).update(where)
    return texts


def _relative(path: Path) -> str:
    try:
        return path.resolve().relative_to(REPO_ROOT).as_posix()
    except ValueError:
        return path.name


# The .ts file -------------------------------------------------------------------------------------------

def read_ts(path: Path) -> dict[str, Message]:
    """The messages of a .ts file (context "studio"), by English text; empty if there is no file."""
    if not path.exists():
        return {}
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for m in context.iter("message"):
            source, comment = m.findtext("source") or "", m.findtext("comment") or ""
            t = m.find("translation")
            messages[key(source, comment)] = Message(
                source, {loc.get("filename", "") for loc in m.iter("location")},
                (t.text or "") if t is not None else "", (t.get("type", "") if t is not None else "unfinished"),
                comment)
    return messages


def update(existing: dict[str, Message], texts: dict[str, set[str]]) -> dict[str, Message]:
    """The catalogue for ``texts``: existing translations kept, new texts unfinished, gone ones vanished."""
    merged = {}
    for text, where in texts.items():
        old = existing.get(text)
        source, _, comment = text.partition(SEPARATOR)
        if old is not None and old.translation:
            kind = "unfinished" if old.kind == "unfinished" else ""
            merged[text] = Message(source, set(where), old.translation, kind, comment)
        else:
            merged[text] = Message(source, set(where), "", "unfinished", comment)
    for text, old in existing.items():
        if text not in merged and old.translation:
            merged[text] = dataclasses.replace(old, locations=set(), kind="vanished")
    return merged


def write_ts(path: Path, messages: dict[str, Message], language: str) -> None:
    """Write Qt Linguist XML, sorted by English text (stable under code moves)."""
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
           f'<TS version="2.1" language="{language}" sourcelanguage="en">', "<context>",
           f"    <name>{CONTEXT}</name>"]
    for m in sorted(messages.values(), key=lambda m: (m.source.casefold(), m.source, m.comment)):
        out.append("    <message>")
        for where in sorted(m.locations):
            out.append(f'        <location filename="{_xml(where)}"/>')
        out.append(f"        <source>{_xml(m.source)}</source>")
        if m.comment:
            out.append(f"        <comment>{_xml(m.comment)}</comment>")
        kind = f' type="{m.kind}"' if m.kind else ""
        out.append(f"        <translation{kind}>{_xml(m.translation)}</translation>")
        out.append("    </message>")
    out += ["</context>", "</TS>", ""]
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text("\n".join(out), encoding="utf-8")
    os.replace(tmp, path)


def _xml(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("'", "&apos;"))


def placeholders(text: str) -> list[str]:
    """The ``{…}`` fields of a ``str.format`` text, sorted (``{{`` and ``}}`` are not fields)."""
    return sorted(PLACEHOLDER.findall(text))


def placeholder_mismatches(messages: dict[str, Message]) -> list[str]:
    """Messages whose translation does not keep exactly the English text's placeholders."""
    return [f"{m.source!r} → {m.translation!r}" for m in messages.values()
            if m.translation and m.kind != "vanished" and placeholders(m.source) != placeholders(m.translation)]


# Compiling ----------------------------------------------------------------------------------------------

def lrelease_command() -> list[str]:
    """PySide6's lrelease: the ``pyside6-lrelease`` script beside Python, or the binary in PySide6."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    import PySide6

    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
        binary = Path(PySide6.__file__).parent / name
        if binary.exists():
            return [str(binary)]
    raise FileNotFoundError("lrelease was not found: install PySide6 (it ships pyside6-lrelease)")


def compile_qm(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm`` (vanished messages and empty translations are left out)."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(lrelease_command() + ["-silent", str(ts), "-qm", str(qm)], check=True,
                   stdout=subprocess.DEVNULL)


def qm_is_current(language: str = "zh_CN") -> bool:
    """Whether the committed .qm is what the committed .ts compiles to."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "fresh.qm"
        compile_qm(ts_path(language), fresh)
        return qm_path(language).exists() and fresh.read_bytes() == qm_path(language).read_bytes()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m studio.ui.i18n_tools", description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if a catalogue or a compiled file is behind the code")
    args = parser.parse_args(argv)
    texts = collect()
    status = 0
    for language in LANGUAGES:
        existing = read_ts(ts_path(language))
        messages = update(existing, texts)
        missing = sorted(m.source for m in messages.values() if m.kind == "unfinished")
        for problem in placeholder_mismatches(messages):
            print(f"{language}: placeholders differ: {problem}", file=sys.stderr)
            status = 1
        if args.check:
            if {k: (v.translation, v.kind) for k, v in messages.items()} != \
                    {k: (v.translation, v.kind) for k, v in existing.items()}:
                print(f"{ts_path(language)} is behind the code: run python -m studio.ui.i18n_tools",
                      file=sys.stderr)
                status = 1
            elif not qm_is_current(language):
                print(f"{qm_path(language)} is not compiled from the .ts", file=sys.stderr)
                status = 1
        else:
            write_ts(ts_path(language), messages, language)
            compile_qm(ts_path(language), qm_path(language))
        print(f"{language}: {len(texts)} texts, {len(missing)} without a translation")
    return status


if __name__ == "__main__":
    sys.exit(main())
