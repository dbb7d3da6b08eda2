"""The Latent explorer tab: ``tab.LatentTab`` with its code ``tools`` and its ``sketching`` panels."""

from studio.ui.tabs.latent.tab import LatentTab
from studio.ui.tabs.latent.tools import GridSizeSpinBox

__all__ = ["GridSizeSpinBox", "LatentTab"]
