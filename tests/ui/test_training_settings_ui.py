"""Training settings per model in the GUI: the Training monitor's form takes a model's own learning rate when
the model changes, the tabs' presets carry theirs, and the GAN grids tab opens a preset's full settings
("Settings…") and trains with what the user changed there."""

from __future__ import annotations

import pytest

from tests.latent.small_runs import one_torch_thread
from tests.ui.gan_runs import TINY_DCGAN

TIMEOUT = 60_000


@pytest.fixture
def monitor(qtbot, show_widget, app_context):
    from studio.ui.tabs.training import TrainingTab

    widget = show_widget(TrainingTab(app_context), 1280, 800)
    qtbot.waitUntil(widget.models_ready, timeout=TIMEOUT)
    yield widget
    widget.shutdown()


def choose(tab, model: str) -> None:
    tab.model_combo.setCurrentIndex(tab.model_combo.findData(model))


def test_the_monitor_fills_in_each_models_learning_rate_and_keeps_a_typed_one(monitor):
    assert monitor.lr_spin.value() == pytest.approx(1e-3)          # the VAE, chosen first
    choose(monitor, "dcgan")
    assert monitor.lr_spin.value() == pytest.approx(2e-4)
    assert monitor.train_config().lr == pytest.approx(2e-4) and monitor.train_config().model == "dcgan"
    choose(monitor, "vae")
    assert monitor.lr_spin.value() == pytest.approx(1e-3)          # not left at the GAN's
    monitor.lr_spin.setValue(5e-3)                                  # the user's own choice stays
    choose(monitor, "cgan")
    assert monitor.lr_spin.value() == pytest.approx(5e-3) and monitor.train_config().lr == pytest.approx(5e-3)


@pytest.fixture
def bar(qtbot, show_widget, app_context):
    from studio.ui.widgets.train_bar import TrainBar

    widget = show_widget(TrainBar(app_context, "Train:", lambda models: [models.entries["dcgan"]], "Train", "",
                                  epochs=3, settings=True), 900, 60)
    app_context.models.load()
    qtbot.waitUntil(app_context.models.is_ready, timeout=TIMEOUT)
    widget.load_presets()
    yield widget
    widget.shutdown()


def test_presets_bring_their_training_settings(bar):
    titles = [title for title, _model, _config in bar.presets]
    ttur = titles.index("DCGAN, hinge loss + TTUR")
    assert bar.training_for(ttur) == {"lr": 1e-4} and bar.training_for(0) == {}
    # A preset that says how long it trains sets the epochs; the others leave the user's number.
    bar.set_presets([("Quick", "dcgan", {}), ("Long", "dcgan", {})], training=[{}, {"epochs": 40, "lr": 1e-4}])
    bar.epochs_spin.setValue(5)
    bar.preset_combo.setCurrentIndex(1)
    assert bar.epochs_spin.value() == 40 and bar.training_for(1) == {"lr": 1e-4}
    bar.preset_combo.setCurrentIndex(0)
    assert bar.epochs_spin.value() == 40


def test_the_settings_dialog_shows_the_presets_full_settings_and_restores_them(qtbot, bar):
    titles = [title for title, _model, _config in bar.presets]
    bar.preset_combo.setCurrentIndex(titles.index("DCGAN, hinge loss + TTUR"))
    bar.settings_button.click()
    dialog = bar.settings_dialog
    assert dialog is not None and dialog.isVisible() and "TTUR" in dialog.windowTitle()
    assert dialog.model_settings()["loss"] == "hinge" and dialog.model_settings()["d_lr_scale"] == 4.0
    assert dialog.training_settings() == {"epochs": 3, "batch_size": 32, "lr": pytest.approx(1e-4), "seed": 0}
    dialog.form.set_values({"loss": "nonsaturating"})
    dialog.lr_spin.setValue(2e-3)
    dialog.restore_button.click()
    assert dialog.model_settings()["loss"] == "hinge" and dialog.training_settings()["lr"] == pytest.approx(1e-4)
    with qtbot.waitSignal(bar.customised) as asked:
        dialog.batch_spin.setValue(16)
        dialog.train_button.click()
    preset, epochs, model_settings, training = asked.args
    assert (preset, epochs) == (titles.index("DCGAN, hinge loss + TTUR"), 3)
    assert model_settings["loss"] == "hinge" and training == {"batch_size": 16, "lr": pytest.approx(1e-4), "seed": 0}
    qtbot.waitUntil(lambda: bar.settings_dialog is None)


def test_the_gan_tab_trains_with_what_the_settings_dialog_says(qtbot, show_widget, app_context, monkeypatch):
    from studio.ui.tabs.gan import GanTab

    with one_torch_thread():
        tab = show_widget(GanTab(app_context), 1300, 820)
        try:
            qtbot.waitUntil(tab.models_ready, timeout=TIMEOUT)
            tab.presets = [("DCGAN", "dcgan", dict(TINY_DCGAN))]
            assert tab.train_bar.settings_button.isVisible() and tab.train_bar.settings_button.isEnabled()
            tab.train_bar.settings_button.click()
            dialog = tab.train_bar.settings_dialog
            assert dialog.model_settings()["hidden"] == TINY_DCGAN["hidden"]
            assert dialog.training_settings()["lr"] == pytest.approx(2e-4)       # the GANs' own
            dialog.form.set_values({"hidden": 8, "ema_decay": 0.0})
            dialog.epochs_spin.setValue(1)
            dialog.batch_spin.setValue(128)
            dialog.lr_spin.setValue(5e-4)
            # What the tab hands the bar to train (the bar's own real training is tests/ui/test_train_bar.py's).
            started = []
            monkeypatch.setattr(tab.train_bar, "start", started.append)
            dialog.train_button.click()
            qtbot.waitUntil(lambda: tab.train_bar.settings_dialog is None)
            config, = started
            assert (config.model, config.epochs, config.batch_size, config.lr, config.seed) == ("dcgan", 1, 128, 5e-4, 0)
            settings = config.model_config          # the form's every field: the preset's, then the edits
            assert (settings["latent_dim"], settings["hidden"], settings["ema_decay"]) == (TINY_DCGAN["latent_dim"], 8, 0.0)
            assert config.dataset == "digits" and app_context.reporter.last_message is None
        finally:
            tab.shutdown()
