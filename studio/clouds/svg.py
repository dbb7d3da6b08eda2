"""SVG export: word_cloud's text layout, plus a viewBox, the font embedded (TTC too) and the contour.

word_cloud's own ``to_svg(embed_font=True)`` cannot read a font collection (.ttc, which is how CJK fonts
ship) and draws no contour (word_cloud issues #694, #781). Here the word elements come from word_cloud,
so positions match the PNG exactly; the font is subset with fontTools and embedded as WOFF.
"""

from __future__ import annotations

import base64
import functools
import io
import re
from xml.sax.saxutils import quoteattr

from PIL import ImageFont


@functools.lru_cache(maxsize=4)
def _font_face(font_path: str, chars: str) -> str:
    """An @font-face rule with the subset of ``font_path`` that draws ``chars``, as WOFF data."""
    from fontTools import subset

    options = subset.Options()
    options.hinting = False
    options.desubroutinize = True
    options.ignore_missing_glyphs = True
    options.ignore_missing_unicodes = True
    if font_path.lower().endswith((".ttc", ".otc")):
        options.font_number = 0  # what Pillow (and so the PNG) uses
    font = subset.load_font(font_path, options, dontLoadGlyphNames=True)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=chars)
    subsetter.subset(font)
    font.flavor = "woff"
    buffer = io.BytesIO()
    font.save(buffer)
    font.close()
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f'@font-face{{font-family:{_family_css(font_path)};src:url("data:font/woff;base64,{data}")format("woff");}}'


def _family_css(font_path: str) -> str:
    family, _style = ImageFont.truetype(font_path, 12).getname()
    return '"' + (family or "sans-serif").replace('"', "") + '"'


def cloud_to_svg(result, embed_font: bool = True) -> str:
    """The cloud as an SVG document (a string), the same size and layout as its PNG."""
    wc = result.wordcloud
    width, height = result.image.size
    body = wc.to_svg(embed_font=False)
    family = _family_css(result.font_path)
    # word_cloud names the family with Python's repr(); use CSS quoting and a generic fallback.
    body = re.sub(r"<style>text\{font-family:[^;]*;", f"<style>text{{font-family:{family},sans-serif;", body, 1)
    header = (f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
              f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">')
    body = re.sub(r"<svg[^>]*>", lambda _m: header, body, 1)
    extra = ["<title>Word cloud</title>", f"<desc>Font: {_escape(family.strip(chr(34)))}</desc>"]
    if embed_font:
        chars = "".join(sorted({c for item in wc.layout_ for c in item[0][0]}))
        extra.append(f"<style>{_font_face(result.font_path, chars)}</style>")
    body = body.replace(header, header + "\n" + "\n".join(extra), 1)
    if result.spec.contour_width > 0 and result.shape is not None:
        body = body.replace("</svg>", _contour_image(result) + "\n</svg>")
    return body


def _contour_image(result) -> str:
    from studio.clouds import masks, palettes

    layer = masks.contour_layer(result.shape, result.spec.contour_width,
                                palettes.parse_color(result.spec.contour_color))
    buffer = io.BytesIO()
    layer.save(buffer, format="PNG", optimize=True)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    w, h = layer.size
    return f'<image x="0" y="0" width="{w}" height="{h}" href={quoteattr("data:image/png;base64," + data)}/>'


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
