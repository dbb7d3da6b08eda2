"""The "GAN grids" tab: watch a GAN learn, scrub its timeline, re-roll, explore tiles, save and export."""

from studio.ui.tabs.gan.tab import GanTab

__all__ = ["GanTab"]
