"""make_cloud / gen_stylecloud: each parameter does what the docs say; seeds give the same bytes."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from studio.clouds import fonts, icons, palettes
from studio.clouds.render import CloudSpec, draw_words, gen_stylecloud, make_cloud
from studio.core.errors import DataError
from tests.clouds.conftest import SMALL


@pytest.fixture(scope="module")
def base(alice_head):
    return make_cloud(text=alice_head, **SMALL)


def _pixels(result) -> np.ndarray:
    return np.asarray(result.image.convert("RGB")).astype(int)


def _ink(result, background=(255, 255, 255)) -> np.ndarray:
    """Where something other than the background was drawn."""
    return np.abs(_pixels(result) - np.array(background)).sum(axis=2) > 30


def test_same_random_state_gives_the_same_bytes(alice_head, base):
    again = make_cloud(text=alice_head, **SMALL)
    assert again.png_bytes() == base.png_bytes()
    assert again.svg() == base.svg()
    other = make_cloud(text=alice_head, **{**SMALL, "random_state": 8})
    assert other.png_bytes() != base.png_bytes()


def test_unseeded_cloud_reports_its_seed(alice_head):
    first = make_cloud(text=alice_head, **{**SMALL, "random_state": None})
    again = make_cloud(text=alice_head, **{**SMALL, "random_state": first.random_state})
    assert again.png_bytes() == first.png_bytes()


def test_icon_shapes_the_words(base):
    icon = icons.resolve_icon("fas fa-flag")
    inside = np.asarray(icons.render_icon(icon, 256, 256, 0.02)) >= 128
    ink = _ink(base)
    assert ink[~inside].mean() < 0.01
    assert ink[inside].mean() > 0.2
    dog = make_cloud(text=base.spec.text, **{**SMALL, "icon_name": "fa-solid fa-dog"})
    assert dog.png_bytes() != base.png_bytes()


def test_no_icon_fills_the_rectangle(alice_head):
    plain = make_cloud(text=alice_head, **{**SMALL, "icon_name": None})
    ink = _ink(plain)
    assert ink[:, :40].mean() > 0.05 and ink[:, -40:].mean() > 0.05


def test_invert_mask_puts_words_around_the_shape(alice_head):
    result = make_cloud(text=alice_head, **{**SMALL, "icon_name": "fas fa-circle", "invert_mask": True})
    inside = np.asarray(icons.render_icon(icons.resolve_icon("fas fa-circle"), 256, 256, 0.02)) >= 128
    ink = _ink(result)
    assert ink[inside].mean() < 0.01 and ink[~inside].mean() > 0.1


def test_mask_image_with_off_white_background(alice_head, circle_jpeg_like):
    path, disc = circle_jpeg_like
    result = make_cloud(text=alice_head, **{**SMALL, "mask_path": str(path)})
    fitted = np.asarray(Image.fromarray(disc.astype(np.uint8) * 255).resize((256, 256))) >= 128
    ink = _ink(result)
    assert ink[~fitted].mean() < 0.01 and ink[fitted].mean() > 0.2


def test_palette_and_colors_decide_word_colours(alice_head, base):
    bold = {c.lower() for c in palettes.palette_colors("cartocolors.qualitative.Bold_5")}
    assert {item[4].lower() for item in base.layout} <= bold
    teal = make_cloud(text=alice_head, **{**SMALL, "palette": "cartocolors.diverging.TealRose_7"})
    assert {item[4].lower() for item in teal.layout} <= {c.lower() for c in
                                                         palettes.palette_colors("cartocolors.diverging.TealRose_7")}
    mine = make_cloud(text=alice_head, **{**SMALL, "colors": ["#ff0000", "#0000ff"]})
    assert {item[4] for item in mine.layout} == {"#ff0000", "#0000ff"}


@pytest.mark.parametrize("direction, axis", [("horizontal", 1), ("vertical", 0)])
def test_gradient_follows_its_direction(alice_head, direction, axis):
    result = make_cloud(text=alice_head, **{**SMALL, "icon_name": None, "colors": ["#000000", "#ffffff"],
                                            "gradient": direction})
    pos = np.array([item[2][axis] for item in result.layout], float)
    shade = np.array([palettes.parse_color(item[4])[0] for item in result.layout], float)
    assert np.corrcoef(pos, shade)[0, 1] > 0.8


def test_background_colour_and_transparency(alice_head):
    black = make_cloud(text=alice_head, **{**SMALL, "background_color": "black"})
    assert black.image.getpixel((0, 0))[:3] == (0, 0, 0)
    clear = make_cloud(text=alice_head, **{**SMALL, "background_color": "transparent"})
    assert clear.image.mode == "RGBA" and clear.image.getpixel((0, 0))[3] == 0
    with pytest.raises(DataError, match="not a colour"):
        make_cloud(text=alice_head, **{**SMALL, "background_color": "blurple"})


def test_non_square_size(alice_head):
    result = make_cloud(text=alice_head, **{**SMALL, "size": (400, 200)})
    assert result.image.size == (400, 200)
    assert make_cloud(text=alice_head, **{**SMALL, "size": "300x150"}).image.size == (300, 150)


def test_font_choice(alice_head, base):
    mono = make_cloud(text=alice_head, **{**SMALL, "font_path": "DejaVu Sans Mono"})
    assert mono.font_path.endswith("DejaVuSansMono.ttf")
    assert mono.png_bytes() != base.png_bytes()
    with pytest.raises(DataError, match="was not found"):
        make_cloud(text=alice_head, **{**SMALL, "font_path": "No Such Font"})


def test_max_words_and_max_font_size(alice_head, base):
    few = make_cloud(text=alice_head, **{**SMALL, "max_words": 10})
    assert len(few.layout) <= 10 < len(base.layout)
    small = make_cloud(text=alice_head, **{**SMALL, "max_font_size": 20})
    assert max(item[1] for item in small.layout) <= 20
    assert max(item[1] for item in base.layout) > 20


def test_stopwords_custom_and_added(alice_head, base):
    assert "the" not in {w.lower() for w in base.frequencies}
    with_all = make_cloud(text=alice_head, **{**SMALL, "stopwords": False})
    assert "the" in {w.lower() for w in with_all.frequencies}
    custom = make_cloud(text=alice_head, **{**SMALL, "custom_stopwords": ["alice", "said"]})
    lowered = {w.lower() for w in custom.frequencies}
    assert "alice" not in lowered and "the" in lowered  # custom stop words replace the defaults
    added = make_cloud(text=alice_head, **{**SMALL, "custom_stopwords": ["alice"], "add_stopwords": True})
    lowered = {w.lower() for w in added.frequencies}
    assert "alice" not in lowered and "the" not in lowered


def test_collocations(alice_head, base):
    assert any(" " in w for w in base.frequencies)
    single = make_cloud(text=alice_head, **{**SMALL, "collocations": False})
    assert not any(" " in w for w in single.frequencies)


def test_contour_is_drawn_outside_the_shape(alice_head):
    result = make_cloud(text=alice_head, **{**SMALL, "contour_width": 4, "contour_color": "#ff0000"})
    pixels = _pixels(result)
    red = (pixels[..., 0] > 200) & (pixels[..., 1] < 60) & (pixels[..., 2] < 60)
    assert red.sum() > 200
    assert not red[result.shape].any()


def test_exclude_and_csv_weights(tmp_path, alice_head):
    result = make_cloud(text=alice_head, **{**SMALL, "exclude": ("Alice",)})
    assert "alice" not in {w.lower() for w in result.drawn_words}
    csv = tmp_path / "w.csv"
    csv.write_text("word,weight\nbig,100\nsmall,1\n", encoding="utf-8")
    weighted = make_cloud(file_path=str(csv), **SMALL)
    sizes = {item[0][0]: item[1] for item in weighted.layout}
    assert sizes["big"] > sizes["small"]


def test_at_size_redraws_the_preview_exactly_larger(alice_head):
    preview = make_cloud(text=alice_head, **{**SMALL, "contour_width": 2})
    big = preview.at_size(1024)
    assert big.image.size == (1024, 1024) and preview.image.size == (256, 256)
    assert big.layout == preview.layout
    small_again = np.asarray(big.image.convert("L").resize((256, 256), Image.Resampling.BOX), float)
    original = np.asarray(preview.image.convert("L"), float)
    assert np.corrcoef(small_again.ravel(), original.ravel())[0, 1] > 0.8  # the same picture, sharper
    assert 'width="1024"' in big.svg(embed_font=False)


def test_layout_size_places_words_on_a_smaller_canvas(alice_head):
    result = make_cloud(text=alice_head, **{**SMALL, "layout_size": 128, "size": 384})
    assert result.image.size == (384, 384)
    assert result.wordcloud.width == 128


def test_gen_stylecloud_writes_png_and_svg(tmp_path, alice_head):
    out = tmp_path / "stylecloud.png"
    gen_stylecloud(text=alice_head, output_name=str(out), icon_name="fas fa-dog",
                   palette="colorbrewer.diverging.Spectral_11", background_color="black", gradient="horizontal",
                   size=200, random_state=1, dpi=300)
    with Image.open(out) as image:
        assert image.size == (200, 200)
        assert round(image.info["dpi"][0]) == 300
    gen_stylecloud(text={"hello": 3, "world": 1}, output_name=str(tmp_path / "c.svg"), size=128, random_state=1)
    assert (tmp_path / "c.svg").read_text().startswith("<svg")


@pytest.mark.parametrize("kwargs, message", [
    (dict(text=""), "no text"),
    (dict(text="the of and the a"), "stop word"),
    (dict(text="hello world", icon_name="fas fa-dgo"), "Did you mean"),
    (dict(text="hello world", palette="cartocolors.diverging.TealRos_7"), "Did you mean"),
    (dict(text="hello world", size=4), "out of range"),
    (dict(text="hello world", icon_name=None, invert_mask=True), "needs an icon"),
])
def test_bad_input_gives_one_clear_sentence(kwargs, message):
    with pytest.raises(DataError, match=message):
        make_cloud(**kwargs)


def test_mask_with_no_shape(tmp_path):
    path = tmp_path / "blank.png"
    Image.new("RGBA", (50, 50), (0, 0, 0, 0)).save(path)
    with pytest.raises(DataError, match="has no shape"):
        make_cloud(text="hello world again", mask_path=str(path), size=64)


def test_spec_is_a_frozen_value():
    spec = CloudSpec(text="a b c")
    with pytest.raises(Exception):
        spec.size = 10  # type: ignore[misc]
    assert fonts.resolve_font(None).endswith("BebasNeue-Regular.otf")


@pytest.mark.parametrize("icon_name", ["fas fa-flag", "fas fa-dog", "fas fa-grin", "fab fa-twitter"])
def test_stylecloud_documented_icons_make_clouds(alice_head, icon_name):
    """The icons of stylecloud's README and examples repository, through the whole pipeline."""
    result = make_cloud(text=alice_head, **{**SMALL, "size": 160, "icon_name": icon_name})
    assert len(result.layout) > 10
    assert _ink(result)[~result.shape].mean() < 0.01


def test_odd_sizes_are_exact_and_sharp(alice_head):
    result = make_cloud(text=alice_head, **{**SMALL, "size": (512, 288), "layout_size": 288,
                                            "colors": ["#000000"], "icon_name": None})
    assert result.image.size == (512, 288)
    drawn = np.asarray(draw_words(result.wordcloud))  # a pixel short of 288 rows: 512/288 does not divide
    rows = min(drawn.shape[0], 288)
    assert np.array_equal(np.asarray(result.image)[:rows], drawn[:rows])  # padded, not resampled
    assert result.at_size(1001).image.size == (1001, 563)
