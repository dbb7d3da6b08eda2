"""The welcome page's six one-click starts, each a few calls on a tab's public methods.

Each start brings its tab to the front and sets off the work that ends in something to look at: a
trained VAE's latent map, a GAN's grid learning to draw, a chorale's takes, a video's highlights, a word
cloud. The trainings are short on purpose (measured in docs/benchmarks.md, "Welcome page starts"): long
enough to show the idea, with the tab's own controls there to train for longer.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from studio.ui.i18n import tr
from studio.ui.welcome.opener import Opener

# Epochs of the short trainings (the built-in digits: 1,797 pictures; the chorales: ~350 pieces).
VAE_EPOCHS = 15          # a 2-D VAE: digit clusters on the map from about epoch 10
GAN_EPOCHS = 10          # a DCGAN's grid goes from noise to blurry digit strokes
FOLDER_EPOCHS = 10       # a folder's pictures at 32 px (300 pictures: ~100 steps with DiffAugment and R1)
# The GANs' own learning rate is DCGAN's 2e-4, right for long runs; a one-click start has a minute, and in
# short CPU runs 1e-3 draws recognisable digits several times sooner (docs/benchmarks.md, the cGAN table).
QUICK_GAN_LR = 1e-3
FOLDER_SIDE = 32
# The small note-RNN: chorale-like chords and rhythm, not Bach. Two epochs (~31 CPU-seconds of training on one
# core): its takes' pitch range, polyphony and in-scale rate are those of three epochs' (45 CPU-s), which
# the first start could not afford within a minute on two cores (docs/benchmarks.md, "Welcome page starts").
CHORALE_EPOCHS = 2
CHORALE_PRESET = "Small (quick on a CPU)"


@dataclass(frozen=True)
class Start:
    """A one-click start: its ``key`` (also its card's picture), title and sentence."""

    key: str
    title: str
    text: str


def starts() -> list[Start]:
    """The six starts in the page's order (their strings translated when called)."""
    return [
        Start("vae", tr("Train a VAE on handwritten digits and explore its latent space"),
              tr("A small VAE learns the built-in digits in well under a minute; then drag across its map "
                 "and watch one digit turn into another.")),
        Start("gan", tr("Watch a GAN learn to draw digits"),
              tr("A DCGAN starts from noise: its grid of samples is redrawn after every epoch as it learns "
                 "the strokes.")),
        Start("folder", tr("Train a GAN on a folder of your own pictures"),
              tr("Choose a folder: see the pictures as the GAN will (32 px), then watch it learn them. A few "
                 "hundred similar pictures work best.")),
        Start("chorale", tr("Generate a Bach-like chorale"),
              tr("A small music model learns the built-in Bach chorales for a few epochs, then writes three "
                 "takes in the piano roll. Expect Bach's chords and rhythm, not his counterpoint.")),
        Start("video", tr("Find the highlights of a video"),
              tr("Open one of your videos (or a sound file); its loudest moments become a list of highlights "
                 "you can edit and export as a reel. The studio ships no video.")),
        Start("words", tr("Make a word cloud"),
              tr("A word cloud of a sample text, drawn as you type: paste your own text or open a file, "
                 "pick a shape and colours.")),
    ]


class QuickStarts:
    """Runs the starts on the window's tabs through ``opener`` (which finds the tabs and says things)."""

    def __init__(self, opener: Opener) -> None:
        self.opener = opener
        self.context = opener.window.context

    def run(self, key: str) -> bool:
        """Start ``key`` (see ``starts``); False when it could not start (said in the status bar)."""
        action: Callable[[], bool] = {"vae": self.vae, "gan": self.gan, "folder": self.folder,
                                      "chorale": self.chorale, "video": self.video, "words": self.words}[key]
        return action()

    def _busy(self, tab) -> bool:
        if tab.is_training():
            self.opener.say(tr("This tab is training already: stop it first (Ctrl+T) or wait for it."))
            return True
        return False

    def vae(self) -> bool:
        tab = self.opener.show_tab("latent")
        if tab is None or self._busy(tab):
            return False
        return tab.start_preset("vae", VAE_EPOCHS, preset="VAE, 2-D latent")

    def gan(self) -> bool:
        tab = self.opener.show_tab("gan")
        if tab is None or self._busy(tab):
            return False
        tab.set_dataset("digits")
        return tab.start_preset("dcgan", GAN_EPOCHS, preset="DCGAN", lr=QUICK_GAN_LR)

    def folder(self, folder: str | None = None) -> bool:
        """Ask for a folder (unless given), preview it and train the small-folder DCGAN on it."""
        tab = self.opener.show_tab("gan")
        if tab is None or self._busy(tab):
            return False
        if folder is None:
            folder = QFileDialog.getExistingDirectory(tab, tr("A folder of your pictures"), str(Path.home()))
            if not folder:
                return False
        from studio.ui.welcome.routing import has_images

        if not has_images(Path(folder)):
            self.opener.say(tr("{name} has no pictures (PNG, JPEG, WebP, BMP, GIF or TIFF).").format(
                name=Path(folder).name))
            return False
        tab.set_picture_size(FOLDER_SIDE)
        tab.set_dataset(folder)                    # the preview of what the GAN sees (and a recent folder)
        return tab.start_preset("dcgan", FOLDER_EPOCHS, preset="DCGAN, small folder (DiffAugment, R1)",
                                lr=QUICK_GAN_LR)

    def chorale(self) -> bool:
        tab = self.opener.show_tab("music")
        if tab is None:
            return False
        models = self.context.models
        if not models.is_ready():
            models.ready.connect(self.chorale, Qt.ConnectionType.SingleShotConnection)
            models.load()
            return True
        entry = models.entry("note-rnn")
        config = next((p.config for p in entry.presets if p.title == CHORALE_PRESET), {}) if entry else {}
        if not tab.generation.train_and_generate("note-rnn", CHORALE_EPOCHS, dict(config)):
            self.opener.say(tr("The piano roll is busy: wait for its training or generation to end."))
            return False
        return True

    def video(self, path: str | None = None) -> bool:
        tab = self.opener.show_tab("highlights")
        if tab is None:
            return False
        if path is None:
            tab.choose_file()
            return True
        return self.opener.open_path(path)

    def words(self) -> bool:
        tab = self.opener.show_tab("words")
        if tab is None:
            return False
        tab.show_sample()
        return True
