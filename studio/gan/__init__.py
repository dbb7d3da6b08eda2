"""The GAN studio's Qt-free core: sampling grids, the timeline, interpolation, exports (see ``api``).

The names below load on first use (PEP 562), so that `studio <any command>`, which imports
``studio.gan.cli`` to list its subcommands, does not import numpy and the run store for them.
"""

from importlib import import_module

_API = ["DIVERSITY_WARNING", "GAN_FAMILIES", "INTERPOLATION_MODES", "Diversity", "Generator", "NotAGAN",
        "Snapshot", "class_grid", "describe", "diversity", "diversity_history", "generate", "interpolate",
        "is_gan_run", "load_generator", "mean_pairwise_distance", "noise", "sample_grid", "slerp",
        "tiles_to_picture", "timeline", "variations"]
_EXPORT = ["ExportError", "check_output", "export_onnx", "export_timeline", "save_gif", "save_png"]
__all__ = _API + _EXPORT


def __getattr__(name: str):
    if name in _API or name in _EXPORT:
        value = getattr(import_module("studio.gan.api" if name in _API else "studio.gan.export"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'studio.gan' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(list(globals()) + __all__)
