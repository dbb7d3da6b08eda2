"""The GAN studio's Qt-free core: sampling grids, the timeline, interpolation, exports (see ``api``)."""

from studio.gan.api import (DIVERSITY_WARNING, GAN_FAMILIES, INTERPOLATION_MODES, Diversity, Generator, NotAGAN,
                            Snapshot, class_grid, describe, diversity, diversity_history, generate, interpolate,
                            is_gan_run, load_generator, mean_pairwise_distance, noise, sample_grid, slerp,
                            tiles_to_picture, timeline, variations)

__all__ = ["DIVERSITY_WARNING", "GAN_FAMILIES", "INTERPOLATION_MODES", "Diversity", "Generator", "NotAGAN",
           "Snapshot", "class_grid", "describe", "diversity", "diversity_history", "generate", "interpolate",
           "is_gan_run", "load_generator", "mean_pairwise_distance", "noise", "sample_grid", "slerp",
           "tiles_to_picture", "timeline", "variations"]

from studio.gan.export import ExportError, check_output, export_onnx, export_timeline, save_gif, save_png  # noqa: E402

__all__ += ["ExportError", "check_output", "export_onnx", "export_timeline", "save_gif", "save_png"]
