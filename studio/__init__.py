"""Generative Studio: train generative models on your own machine and play with what they learn."""

__version__ = "0.1.0"
APP_ID = "org.generativestudio.Studio"
APP_NAME = "Generative Studio"
