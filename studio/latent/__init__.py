"""The latent explorer: touch, sketch into and export the latent spaces of VAE and AAE runs (no Qt)."""
