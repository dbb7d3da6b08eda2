"""Where a file or folder goes when it is dropped on the window or chosen from File ▸ Open Recent.

Qt-free, so that the rules are tested without a display: ``route(path)`` looks at the path (its suffix, or
a folder's first few entries) and returns a ``Route``: what the path is and which activity opens it. The
window (``studio.ui.welcome.opener``) then calls the chosen tab's public method.

Rules: a MIDI file opens in the piano roll; a video, or a sound file (analysed alone), in the video
highlights; a text in the word clouds; a single picture becomes the word cloud's shape (it works without a
trained model, unlike the Pixels completion canvas, whose model sees only 28×28 grey digits); a folder of
pictures is a dataset for the GAN grids (previewed first); a run folder opens in the tab of its model;
anything else is refused in one sentence.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

MIDI_SUFFIXES = frozenset({".mid", ".midi", ".smf", ".kar"})
VIDEO_SUFFIXES = frozenset({".mp4", ".mov", ".mkv", ".m4v", ".avi", ".webm", ".ts", ".mts", ".mpg", ".mpeg",
                            ".flv", ".wmv", ".3gp"})
AUDIO_SUFFIXES = frozenset({".wav", ".mp3", ".flac", ".ogg", ".oga", ".opus", ".m4a", ".aac", ".aif", ".aiff",
                            ".wma"})
TEXT_SUFFIXES = frozenset({".txt", ".md", ".csv", ".text"})
# As studio.data.folder_stream reads them (a test keeps the two lists the same).
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp", ".tif", ".tiff"})

# A folder is looked into this far (entries, two levels: sub-folders are a dataset's classes), so that a
# drop of a huge folder never freezes the window.
SCAN_LIMIT = 2000

# Destinations (the activities of the window).
MUSIC, HIGHLIGHTS, WORDS, WORD_MASK, GAN_DATASET, RUN, NOWHERE = (
    "music", "highlights", "words", "word_mask", "gan_dataset", "run", "nowhere")


@dataclass(frozen=True)
class Route:
    """What ``path`` is (``kind``: "midi", "video", "audio", "text", "image", "image_folder", "run", "other"
    or "missing") and where it goes (``target``, one of the destinations above; for a run, ``tab`` says which
    of "latent", "gan", "pixels", "music" or "training")."""

    path: Path
    kind: str
    target: str
    tab: str = ""

    @property
    def opens(self) -> bool:
        return self.target != NOWHERE


def route(path: str | os.PathLike) -> Route:
    """Where ``path`` goes (see the module's docstring); never raises for an odd path."""
    path = Path(path)
    try:
        if path.is_dir():
            return _route_folder(path)
        if not path.exists():
            return Route(path, "missing", NOWHERE)
    except OSError:
        return Route(path, "missing", NOWHERE)
    suffix = path.suffix.lower()
    if suffix in MIDI_SUFFIXES:
        return Route(path, "midi", MUSIC)
    if suffix in VIDEO_SUFFIXES:
        return Route(path, "video", HIGHLIGHTS)
    if suffix in AUDIO_SUFFIXES:
        return Route(path, "audio", HIGHLIGHTS)
    if suffix in TEXT_SUFFIXES:
        return Route(path, "text", WORDS)
    if suffix in IMAGE_SUFFIXES:
        return Route(path, "image", WORD_MASK)
    if path.name == "run.json":
        return _route_folder(path.parent)
    return Route(path, "other", NOWHERE)


def _route_folder(folder: Path) -> Route:
    if (folder / "run.json").is_file():
        return Route(folder, "run", RUN, run_tab(folder))
    if has_images(folder):
        return Route(folder, "image_folder", GAN_DATASET)
    return Route(folder, "other", NOWHERE)


def has_images(folder: Path, limit: int = SCAN_LIMIT) -> bool:
    """Whether ``folder`` or one of its sub-folders holds a picture (looking at ``limit`` entries at most)."""
    seen = 0
    subfolders = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                seen += 1
                if seen > limit:
                    return False
                if entry.is_dir(follow_symlinks=True):
                    subfolders.append(entry.path)
                elif os.path.splitext(entry.name)[1].lower() in IMAGE_SUFFIXES:
                    return True
        for sub in subfolders:
            with os.scandir(sub) as entries:
                for entry in entries:
                    seen += 1
                    if seen > limit:
                        return False
                    if os.path.splitext(entry.name)[1].lower() in IMAGE_SUFFIXES and entry.is_file():
                        return True
    except OSError:
        return False
    return False


def run_tab(folder: Path) -> str:
    """The tab that opens the run in ``folder``: the GAN grids for a GAN, the piano roll for a music model,
    Pixels & RBM for a model that completes pictures, the latent explorer for one that encodes and decodes,
    else the training monitor (its curves)."""
    from studio.core.errors import StudioError
    from studio.core.run_summary import RunSummary
    from studio.core.workspace import Run

    try:
        summary = RunSummary.read(Run(folder))
    except StudioError:
        return "training"
    from studio.gan.api import GAN_FAMILIES
    from studio.music.generate import MUSIC_MODELS

    caps = set(summary.capabilities or ())
    if summary.model in MUSIC_MODELS:
        return "music"
    if summary.model in GAN_FAMILIES:
        return "gan"
    if not summary.epochs_done:
        return "training"   # nothing to open yet: its curves, and resume
    if {"encode", "decode"} <= caps:
        return "latent"
    if {"sample", "complete"} <= caps or (summary.capabilities is None and summary.model == "pixelcnn"):
        return "pixels"
    return "training"
