"""The "Pixels & RBM" tab: PixelCNN sampling pixel by pixel, the completion canvas, the RBM classifier report."""

from studio.ui.tabs.pixels.tab import PixelsTab

__all__ = ["PixelsTab"]
