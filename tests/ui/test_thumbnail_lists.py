from PySide6.QtCore import Qt

from studio.clouds import icons
from studio.ui.widgets.icon_picker import IconListModel
from studio.ui.widgets.palette_picker import PaletteListModel


def test_icon_model_draws_thumbnails_once_and_describes_icons(qapp):
    model = IconListModel()
    items = [icons.resolve_icon("fas fa-dog"), icons.resolve_icon("fab fa-twitter")]
    model.set_icons(items)
    index = model.index(0)
    first = model.data(index, Qt.ItemDataRole.DecorationRole)
    assert not first.isNull() and model.data(index, Qt.ItemDataRole.DecorationRole) is first
    assert items[0].stylecloud_name in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert model.row_of(items[0]) == 0 and model.icon_at(0) == items[0]
    assert model.rowCount() == len(items)


def test_palette_model_shows_names_first_and_swatches_once_ready(qapp):
    model = PaletteListModel()
    name = "cartocolors.diverging.TealRose_7"
    model.set_names([name, "no.such.palette"])
    index = model.index(0)
    assert model.data(index, Qt.ItemDataRole.DisplayRole) == name
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is None  # palettable not loaded yet
    model.colors_ready = True
    assert not model.data(index, Qt.ItemDataRole.DecorationRole).isNull()
    assert model.data(model.index(1), Qt.ItemDataRole.DecorationRole).isNull()  # unknown: an empty swatch
    assert model.row_of("missing") == -1
