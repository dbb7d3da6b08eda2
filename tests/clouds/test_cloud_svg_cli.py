"""SVG output and the stylecloud-compatible command line."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from studio.cli import main
from studio.clouds.render import make_cloud
from tests.clouds.conftest import SMALL

SVG = "{http://www.w3.org/2000/svg}"


def test_svg_is_valid_xml_and_embeds_its_font(alice_head):
    result = make_cloud(text=alice_head, **{**SMALL, "contour_width": 3})
    root = ET.fromstring(result.svg())
    assert root.tag == f"{SVG}svg" and root.get("viewBox") == "0 0 256 256"
    texts = root.findall(f"{SVG}text")
    assert len(texts) == len(result.layout)
    style = "".join(s.text or "" for s in root.findall(f"{SVG}style"))
    assert "@font-face" in style and "data:font/woff;base64," in style and '"Bebas Neue"' in style
    assert root.findall(f"{SVG}image")  # the contour
    named = ET.fromstring(result.svg(embed_font=False))
    style = "".join(s.text or "" for s in named.findall(f"{SVG}style"))
    assert "@font-face" not in style and "font-family:\"Bebas Neue\"" in style


def test_chinese_svg_embeds_a_subset_of_the_collection_font():
    result = make_cloud(text="鲁迅 小说 呐喊 鲁迅 小说 故乡 故乡 " * 5, size=160, random_state=1,
                        collocations=False)
    root = ET.fromstring(result.svg())
    assert "鲁迅" in [t.text for t in root.findall(f"{SVG}text")]
    style = "".join(s.text or "" for s in root.findall(f"{SVG}style"))
    assert "data:font/woff;base64," in style
    assert len(result.svg()) < 200_000  # a subset, not the 20 MB collection


def test_cli_stylecloud_command(tmp_path, shared_data, capsys):
    out = tmp_path / "out.png"
    code = main(["wordcloud", "--file_path", str(shared_data / "text" / "en" / "gettysburg.txt"),
                 "--icon_name", "fas fa-flag", "--palette", "cartocolors.diverging.TealRose_7",
                 "--background_color", "black", "--output_name", str(out), "--size", "200",
                 "--random_state", "1"])
    assert code == 0 and out.stat().st_size > 1000
    assert "Wrote" in capsys.readouterr().out
    code = main(["wordcloud", "--file-path", str(shared_data / "text" / "en" / "gettysburg.txt"), "--svg",
                 "--output_name", str(out), "--size", "200", "--colors", "['#ecf0f1', '#3498db']",
                 "--custom_stopwords", "[nation, dedicated]", "--add_stopwords", "--invert_mask"])
    assert code == 0 and (tmp_path / "out.svg").read_text().startswith("<svg")


@pytest.mark.parametrize("args, message", [
    (["--text", "hello world", "--icon_name", "fas fa-dgo"], "Did you mean 'fas fa-dog'"),
    (["--text", "hello world", "--palette", "cartocolors.diverging.TealRos_7"], "TealRose_7"),
    (["--text", "the of and"], "stop word"),
    (["--file_path", "/no/such.txt"], "was not found"),
])
def test_cli_errors_are_one_line(tmp_path, capsys, args, message):
    code = main(["wordcloud", *args, "--output_name", str(tmp_path / "x.png"), "--size", "64"])
    err = capsys.readouterr().err
    assert code == 1 and message in err and "Traceback" not in err
    assert not (tmp_path / "x.png").exists()


def test_cli_listings(capsys):
    assert main(["wordcloud", "--list_icons", "puppy"]) == 0
    assert "fas fa-dog" in capsys.readouterr().out
    assert main(["wordcloud", "--list_palettes", "TealRose_7"]) == 0
    assert "cartocolors.diverging.TealRose_7" in capsys.readouterr().out
    assert main(["wordcloud", "--list_fonts"]) == 0
    assert "Bebas Neue" in capsys.readouterr().out


def test_cli_mask_image_non_square_and_stdin(tmp_path, circle_jpeg_like, monkeypatch, capsys):
    import io

    from PIL import Image

    path, _disc = circle_jpeg_like
    out = tmp_path / "wide.png"
    monkeypatch.setattr("sys.stdin", io.StringIO("rabbit hole tea party queen rabbit hole tea rabbit"))
    code = main(["wordcloud", "--mask_path", str(path), "--size", "300x150", "--output_name", str(out),
                 "--background_color", "transparent", "--random_state", "3"])
    assert code == 0
    with Image.open(out) as image:
        assert image.size == (300, 150) and image.mode == "RGBA"
        assert image.getpixel((2, 2))[3] == 0
