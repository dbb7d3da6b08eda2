"""Making a word cloud: stylecloud's parameters on word_cloud, with CJK text, exact seeds, PNG and SVG.

``make_cloud(...)`` returns a CloudResult (image, layout, word counts); ``gen_stylecloud(...)`` is the
stylecloud-compatible call that also writes the file; ``cloud_job(spec)`` is the same work as a
generator for the GUI's worker thread (progress, cancellation between stages).
"""

from __future__ import annotations

import io
import os
import random
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Callable, Iterator, Sequence

import numpy as np
from PIL import Image

from studio.clouds import fonts, icons, masks, palettes, text as textmod
from studio.core.outputs import output_file
from studio.core.errors import DataError
from studio.core.tasks import Progress, TaskControl

TRANSPARENT = ("transparent", "none", "")


@dataclass(frozen=True)
class CloudSpec:
    """Everything that decides a cloud. Names follow stylecloud's ``gen_stylecloud``.

    ``size`` is an int (square) or (width, height) in output pixels; ``max_font_size`` and
    ``contour_width`` are in output pixels too. ``layout_size`` (the long side of the canvas the words
    are placed on, None = the output size) lets a large export reuse a small preview's layout exactly.
    ``icon_name`` None or "" with no ``mask_path`` gives a plain rectangle.
    """

    text: str | tuple | None = None
    file_path: str | None = None
    size: int | tuple[int, int] = 512
    icon_name: str | None = icons.DEFAULT_ICON
    mask_path: str | None = None
    invert_mask: bool = False
    palette: str | None = palettes.DEFAULT_PALETTE
    colors: str | tuple[str, ...] | None = None
    gradient: str | None = None
    background_color: str | None = "white"
    font_path: str | None = None
    max_words: int = 2000
    max_font_size: int = 200
    stopwords: bool = True
    custom_stopwords: tuple[str, ...] | None = None
    add_stopwords: bool = False
    collocations: bool = True
    random_state: int | None = None
    contour_width: float = 0.0
    contour_color: str = "black"
    exclude: tuple[str, ...] = ()
    layout_size: int | None = None

    @property
    def dimensions(self) -> tuple[int, int]:
        return _dimensions(self.size)

    @property
    def transparent(self) -> bool:
        return self.background_color is None or str(self.background_color).strip().lower() in TRANSPARENT


def _dimensions(size) -> tuple[int, int]:
    if isinstance(size, str):
        parts = size.lower().replace("×", "x").replace(",", "x").split("x")
        try:
            size = tuple(int(p) for p in parts) if len(parts) == 2 else int(parts[0])
        except ValueError:
            raise DataError(f"'{size}' is not a size; give pixels, such as 512 or 1600x900.")
    if isinstance(size, (int, np.integer)):
        w = h = int(size)
    else:
        w, h = (int(v) for v in size)
    if w < 16 or h < 16 or w > 16384 or h > 16384:
        raise DataError(f"The size {w}x{h} is out of range; use 16 to 16384 pixels a side.")
    return w, h


@dataclass
class CloudResult:
    """A finished cloud: the image at output size plus what is needed to export it again as SVG."""

    spec: CloudSpec
    image: Image.Image
    frequencies: dict[str, float]
    font_path: str
    random_state: int
    notes: tuple[str, ...] = ()
    wordcloud: object = field(default=None, repr=False)
    shape: np.ndarray | None = field(default=None, repr=False)

    @property
    def size(self) -> tuple[int, int]:
        return self.image.size

    @property
    def layout(self) -> list:
        """word_cloud's layout: ((word, freq), font_size, (row, col), orientation, colour) in layout pixels."""
        return list(getattr(self.wordcloud, "layout_", []))

    @property
    def drawn_words(self) -> list[str]:
        return [item[0][0] for item in self.layout]

    def at_size(self, long_side: int) -> "CloudResult":
        """The same cloud, words where they are, drawn again with ``long_side`` pixels on its long side.

        This is how the GUI exports exactly what its preview shows, at print size, without a new layout.
        """
        import copy

        wc = copy.copy(self.wordcloud)
        w, h = self.image.size
        factor = long_side / max(w, h)
        width, height = max(1, round(w * factor)), max(1, round(h * factor))
        wc.scale = self.wordcloud.scale * factor
        image = _fit_canvas(draw_words(wc), width, height)
        spec = replace(self.spec, size=(width, height), layout_size=max(wc.width, wc.height),
                       contour_width=self.spec.contour_width * factor)
        shape = _shape(spec, width, height) if self.shape is not None else None
        image = _add_contour(image, spec, shape)
        return CloudResult(spec=spec, image=image, frequencies=self.frequencies, font_path=self.font_path,
                           random_state=self.random_state, notes=self.notes, wordcloud=wc, shape=shape)

    def png_bytes(self, dpi: int | None = None) -> bytes:
        buffer = io.BytesIO()
        kwargs = {"dpi": (dpi, dpi)} if dpi else {}
        self.image.save(buffer, format="PNG", **kwargs)
        return buffer.getvalue()

    def svg(self, embed_font: bool = True) -> str:
        from studio.clouds.svg import cloud_to_svg

        return cloud_to_svg(self, embed_font=embed_font)

    def inputs(self) -> list[tuple[str, str]]:
        """The files this cloud was made from, named for the output guard's message."""
        spec = self.spec
        return [(p, what) for p, what in ((spec.file_path, "the text file"), (spec.mask_path, "the mask"),
                                          (spec.font_path, "the font"), (self.font_path, "the font"))
                if p and Path(str(p)).is_file()]

    def save(self, path: str | os.PathLike, dpi: int | None = None, embed_font: bool = True,
             overwrite: bool = False) -> Path:
        """Write PNG, SVG or JPEG by the name's suffix, through the output guard: never over the text,
        mask or font it was made from, over an existing file only with ``overwrite``, atomically."""
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix == "":
            path, suffix = path.with_suffix(".png"), ".png"
        if suffix == ".svg":
            data = self.svg(embed_font=embed_font).encode("utf-8")
        elif suffix == ".png":
            data = self.png_bytes(dpi)
        elif suffix in (".jpg", ".jpeg"):
            buffer = io.BytesIO()
            image = self.image
            if image.mode == "RGBA":  # JPEG has no transparency: put it on white
                flat = Image.new("RGB", image.size, "white")
                flat.paste(image, mask=image.getchannel("A"))
                image = flat
            image.save(buffer, format="JPEG", quality=95, **({"dpi": (dpi, dpi)} if dpi else {}))
            data = buffer.getvalue()
        else:
            raise DataError(f"Cannot save a word cloud as '{suffix}'; use .png, .svg or .jpg.")
        with output_file(path, self.inputs(), overwrite=overwrite) as tmp:
            tmp.write_bytes(data)
        return path


def spec_from_kwargs(**kwargs) -> CloudSpec:
    names = {f.name for f in fields(CloudSpec)}
    unknown = set(kwargs) - names
    if unknown:
        raise TypeError(f"unknown word cloud parameter(s): {', '.join(sorted(unknown))}")
    for key in ("custom_stopwords", "exclude"):
        if kwargs.get(key) is not None and not isinstance(kwargs[key], tuple):
            kwargs[key] = tuple(kwargs[key])
    if isinstance(kwargs.get("colors"), list):
        kwargs["colors"] = tuple(kwargs["colors"])
    text = kwargs.get("text")
    if isinstance(text, dict):
        kwargs["text"] = tuple((str(k), float(v)) for k, v in text.items())
    elif isinstance(text, list):
        kwargs["text"] = tuple((str(w), float(v)) for w, v in text)
    return CloudSpec(**kwargs)


def _shape(spec: CloudSpec, width: int, height: int) -> np.ndarray | None:
    """The allowed area at ``width`` x ``height``, or None for the whole rectangle."""
    if spec.mask_path:
        image = masks.load_mask_image(spec.mask_path)
        inside = masks.shape_from_image(image, invert=spec.invert_mask)
        masks.check_shape(inside)
        inside = masks.fit_shape(inside, width, height)
        masks.check_shape(inside)
        return inside
    if spec.icon_name:
        icon = icons.resolve_icon(spec.icon_name)
        margin = 0.02 + (spec.contour_width / max(width, height) if spec.contour_width else 0.0)
        inside = np.asarray(icons.render_icon(icon, width, height, margin)) >= 128
        if spec.invert_mask:
            inside = ~inside
        masks.check_shape(inside, f"The icon '{spec.icon_name}'")
        return inside
    if spec.invert_mask:
        raise DataError("'Invert mask' needs an icon or a mask image to invert.")
    return None


def _pick_font(spec: CloudSpec, freqs: dict[str, float]) -> tuple[str, dict[str, float], list[str]]:
    """The font to draw with and the words it can draw: no boxes in place of glyphs, ever."""
    notes: list[str] = []
    chosen = fonts.resolve_font(spec.font_path)
    chars = set("".join(freqs))
    font = chosen
    if fonts.missing_characters(chosen, chars):
        font = fonts.find_font_for("".join(chars), preferred=chosen) or chosen
        if font != chosen:
            notes.append(f"{fonts.font_name(chosen)} lacks some characters of this text, "
                         f"so {fonts.font_name(font)} was used instead.")
    missing = fonts.missing_characters(font, chars)
    if missing:
        kept = {w: c for w, c in freqs.items() if not (set(w) & missing)}
        dropped = len(freqs) - len(kept)
        if not kept:
            raise DataError("No installed font can draw the characters of this text. "
                            "Install a font for its script and choose it as the font.")
        notes.append(f"{dropped} word(s) with characters no installed font has (such as "
                     f"'{''.join(sorted(missing))[:5]}') were left out.")
        freqs = kept
    return font, freqs, notes


def cloud_job(spec: CloudSpec) -> Callable[[TaskControl], Iterator[object]]:
    """A job factory for TaskWorker: yields Progress, then the CloudResult."""

    def job(control: TaskControl) -> Iterator[object]:
        yield from _make(spec, control)

    return job


def _make(spec: CloudSpec, control: TaskControl | None = None) -> Iterator[object]:
    from wordcloud import WordCloud

    def step(done: int, message: str) -> Progress:
        if control is not None:
            control.checkpoint()
        return Progress(done, 5, message)

    yield step(0, "Reading the text")
    width, height = spec.dimensions
    source = textmod.read_input(spec.text, spec.file_path)
    if isinstance(source, tuple):
        source = list(source)
    cjk = isinstance(source, str) and textmod.contains_cjk(source)
    if spec.max_words < 1:
        raise DataError("The number of words must be at least 1.")
    if spec.max_font_size < 4:
        raise DataError("The largest font size must be at least 4 pixels.")

    yield step(1, "Counting words")
    stop = textmod.stopword_set(spec.stopwords, spec.custom_stopwords, spec.add_stopwords, cjk)
    # All counted words (excluded ones too, so a word list can offer them back), then the ones to draw.
    all_freqs = textmod.word_frequencies(source, stop, spec.collocations)
    freqs = textmod.word_frequencies(source, stop, spec.collocations, spec.exclude) if spec.exclude else all_freqs
    font, freqs, notes = _pick_font(spec, freqs)
    colors = palettes.resolve_colors(spec.palette, spec.colors)
    background = None if spec.transparent else palettes.to_hex(palettes.parse_color(spec.background_color))
    if spec.contour_width > 0:
        palettes.parse_color(spec.contour_color)  # a bad colour is reported before the slow part

    yield step(2, "Drawing the shape")
    # Words are placed on a canvas whose long side is layout_size, then drawn `scale` times larger.
    long_side = max(width, height)
    layout_long = min(spec.layout_size or long_side, long_side)
    scale = long_side / layout_long
    lw, lh = max(16, round(width / scale)), max(16, round(height / scale))
    shape_layout = _shape(spec, lw, lh)
    shape_full = _shape(spec, width, height) if (shape_layout is not None and scale != 1.0) else shape_layout

    yield step(3, "Placing words")
    seed = spec.random_state if spec.random_state is not None else random.randrange(2**31)
    cloud = WordCloud(
        font_path=font, width=lw, height=lh, scale=scale,
        mask=masks.wordcloud_mask(shape_layout) if shape_layout is not None else None,
        max_words=int(spec.max_words), max_font_size=max(4, int(round(spec.max_font_size / scale))),
        random_state=int(seed), background_color=background, mode="RGBA" if background is None else "RGB",
        color_func=palettes.CloudColors(colors, spec.gradient, lw, lh), collocations=spec.collocations,
        stopwords=set(), contour_width=0,
    )
    cloud.generate_from_frequencies(freqs)
    if not cloud.layout_:
        raise DataError("No word fits in the shape. Use a larger size, a bigger or bolder icon, "
                        "or a smaller largest font size.")

    yield step(4, "Drawing words")
    image = _fit_canvas(draw_words(cloud), width, height)
    image = _add_contour(image, spec, shape_full)
    yield CloudResult(spec=spec, image=image, frequencies=all_freqs, font_path=font, random_state=int(seed),
                      notes=tuple(notes), wordcloud=cloud, shape=shape_full)


def draw_words(wc) -> Image.Image:
    """word_cloud's ``to_image`` (same calls, same pixels) with each font size loaded once, not once per
    word: loading a face is most of the drawing time for a preview, and more with a CJK collection."""
    from PIL import ImageDraw, ImageFont

    if wc.mask is not None:
        height, width = wc.mask.shape[:2]
    else:
        height, width = wc.height, wc.width
    image = Image.new(wc.mode, (int(width * wc.scale), int(height * wc.scale)), wc.background_color)
    draw = ImageDraw.Draw(image)
    faces: dict[int, ImageFont.FreeTypeFont] = {}
    for (word, _count), font_size, position, orientation, color in wc.layout_:
        size = int(font_size * wc.scale)
        if size not in faces:
            faces[size] = ImageFont.truetype(wc.font_path, size)
        font = ImageFont.TransposedFont(faces[size], orientation=orientation)
        draw.text((int(position[1] * wc.scale), int(position[0] * wc.scale)), word, fill=color, font=font)
    return image


def _fit_canvas(image: Image.Image, width: int, height: int) -> Image.Image:
    """``image`` on a ``width`` x ``height`` canvas: the scaled layout can be a pixel short or over
    (rounding); padding or trimming that pixel keeps every other one sharp, where a resize would blur."""
    if image.size == (width, height):
        return image
    corner = image.getpixel((0, 0))
    canvas = Image.new(image.mode, (width, height), corner)
    canvas.paste(image, (0, 0))
    return canvas


def _add_contour(image: Image.Image, spec: CloudSpec, shape: np.ndarray | None) -> Image.Image:
    if spec.contour_width <= 0 or shape is None:
        return image
    layer = masks.contour_layer(shape, spec.contour_width, palettes.parse_color(spec.contour_color))
    mode = image.mode
    image = image.convert("RGBA")
    image.alpha_composite(layer)
    return image if mode == "RGBA" else image.convert(mode)


def make_cloud(spec: CloudSpec | None = None, **kwargs) -> CloudResult:
    """Make a word cloud from a CloudSpec or stylecloud's keyword arguments (``text=``, ``icon_name=``…)."""
    if spec is None:
        spec = spec_from_kwargs(**kwargs)
    elif kwargs:
        spec = replace(spec, **kwargs)
    result = None
    for item in _make(spec):
        if isinstance(item, CloudResult):
            result = item
    assert result is not None
    return result


def gen_stylecloud(text=None, file_path=None, size=512, icon_name=icons.DEFAULT_ICON,
                   palette=palettes.DEFAULT_PALETTE, colors=None, background_color="white", max_font_size=200,
                   max_words=2000, stopwords=True, custom_stopwords=None, add_stopwords=False,
                   icon_dir=None, output_name="stylecloud.png", gradient=None, font_path=None,
                   random_state=None, collocations=True, invert_mask=False, pro_icon_path=None,
                   pro_css_path=None, mask_path=None, contour_width=0.0, contour_color="black",
                   dpi=None) -> CloudResult:
    """stylecloud's ``gen_stylecloud``, same parameters, working on today's libraries; writes ``output_name``.

    ``icon_dir``, ``pro_icon_path`` and ``pro_css_path`` are accepted and ignored (icons come from the
    fontawesomefree package). An ``output_name`` ending in .svg writes SVG.
    """
    result = make_cloud(
        text=text, file_path=file_path, size=size, icon_name=icon_name, palette=palette, colors=colors,
        background_color=background_color, max_font_size=max_font_size, max_words=max_words,
        stopwords=stopwords, custom_stopwords=custom_stopwords, add_stopwords=add_stopwords,
        gradient=gradient, font_path=font_path, random_state=random_state, collocations=collocations,
        invert_mask=invert_mask, mask_path=mask_path, contour_width=contour_width,
        contour_color=contour_color)
    result.save(output_name, dpi=dpi, overwrite=True)  # stylecloud replaces its output; inputs stay safe
    return result


def sequence_arg(value: str | Sequence[str] | None) -> tuple[str, ...] | None:
    """A list from stylecloud's CLI forms: "[a, b, 'c d']", "a,b" or a real list."""
    if value is None:
        return None
    if not isinstance(value, str):
        return tuple(str(v).strip() for v in value)
    body = value.strip()
    if body.startswith("[") and body.endswith("]"):
        body = body[1:-1]
    items = [p.strip().strip("'\"").strip() for p in body.split(",")]
    return tuple(p for p in items if p)
