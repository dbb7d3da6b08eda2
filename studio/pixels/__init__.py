"""Pixel-by-pixel generation (PixelCNN): sampling and completion jobs, masks, and the `studio pixelcnn` command."""
