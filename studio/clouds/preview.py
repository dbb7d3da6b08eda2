"""The live preview of a cloud and its exports: sizes, what an export draws, and how a result is described.

The GUI draws a small preview as the user types and exports it at any size: the export redraws the
preview's layout (``CloudResult.at_size``), so the file shows what the preview shows, or, when asked,
places the words again on a larger canvas for more detail.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable, Iterator

from studio.clouds import fonts
from studio.clouds.render import CloudResult, make_cloud
from studio.core.tasks import TaskControl

PREVIEW_LONG_SIDE = 512
# Words are placed on a 256-pixel canvas and drawn at 512: placing words costs time in proportion to the
# canvas area, and 256 keeps a 512-pixel preview of a book-length text under 300 ms (bench/). Exports
# redraw this layout exactly at any size, or place the words again at full detail when asked.
PREVIEW_LAYOUT = 256
DETAIL_LAYOUT = 1024


def preview_size(width: int, height: int) -> tuple[int, int]:
    """The preview of a ``width`` × ``height`` export: the same shape, PREVIEW_LONG_SIDE on its long side."""
    factor = PREVIEW_LONG_SIDE / max(width, height)
    return max(16, round(width * factor)), max(16, round(height * factor))


def preview_font_size(max_font: int) -> int:
    """The largest font of the preview for a largest font of ``max_font`` pixels at 512."""
    return round(max_font * PREVIEW_LONG_SIDE / 512)


def comma_list(text: str) -> tuple[str, ...]:
    """The non-empty items of "a, b, c" (colours, stop words), stripped."""
    return tuple(item.strip() for item in text.split(",") if item.strip())


def describe(result: CloudResult, latency_ms: float) -> str:
    """The status line under a preview: how many words were drawn, the seed, the time and the font, then
    any notes (a font that was swapped for a CJK one, words left out)."""
    text = (f"{len(result.layout)} words drawn of {len(result.frequencies)} · seed {result.random_state} · "
            f"{latency_ms:.0f} ms · font {fonts.font_name(result.font_path)}")
    if result.notes:
        text += "\n" + " ".join(result.notes)
    return text


def at_export_size(result: CloudResult, long_side: int, full_detail: bool = False) -> CloudResult:
    """``result`` with ``long_side`` pixels on its long side: the same layout drawn larger, or with
    ``full_detail`` a new layout on a larger canvas (more words, another arrangement)."""
    if not full_detail:
        return result.at_size(long_side)
    w, h = result.image.size
    factor = long_side / max(w, h)
    spec = result.spec
    return make_cloud(replace(spec, size=(round(w * factor), round(h * factor)),
                              layout_size=min(long_side, DETAIL_LAYOUT),
                              max_font_size=round(spec.max_font_size * factor),
                              contour_width=spec.contour_width * factor))


@dataclass(frozen=True)
class ExportOptions:
    """How to export: ``long_side`` pixels on the long side, the PNG's ``dpi``, the font inside SVG files
    or not, and ``full_detail`` to place the words again rather than redraw the preview's layout."""

    long_side: int
    dpi: int = 300
    embed_font: bool = True
    full_detail: bool = False


def export_job(result: CloudResult, path: str | None,
               options: ExportOptions) -> Callable[[TaskControl], Iterator[CloudResult]]:
    """A job for TaskWorker: draw ``result`` at export size and write it to ``path`` (PNG or SVG by its
    suffix; None writes nothing, for the clipboard); yields the exported CloudResult."""

    def job(control: TaskControl) -> Iterator[CloudResult]:
        big = at_export_size(result, options.long_side, options.full_detail)
        control.checkpoint()
        if path is not None:
            # The save dialog asked before replacing a file; the text, mask and font stay protected.
            big.save(path, dpi=options.dpi, embed_font=options.embed_font, overwrite=True)
        yield big

    return job
