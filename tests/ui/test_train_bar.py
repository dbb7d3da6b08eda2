"""TrainBar, the train row the model tabs share: presets from the registry, Train asks the tab, a real
training's progress and end, and the workspace's run lists told."""

from __future__ import annotations

import pytest

TIMEOUT = 60000


@pytest.fixture
def bar(show_widget, app_context):
    from studio.ui.widgets.train_bar import TrainBar

    def entries(models):
        return [e for e in models.entries.values() if e.name == "vae"]

    widget = show_widget(TrainBar(app_context, "Train a new model:", entries, "Train on digits", "Train it",
                                  epochs=3), 900, 60)
    app_context.models.load()
    yield widget
    widget.shutdown()


def test_presets_come_from_the_chosen_entries(qtbot, bar, app_context):
    assert not bar.train_button.isEnabled() and bar.preset_combo.itemText(0) == "Loading models…"
    qtbot.waitUntil(app_context.models.is_ready, timeout=TIMEOUT)
    bar.load_presets()
    assert bar.presets and {model for _t, model, _c in bar.presets} == {"vae"}
    assert [bar.preset_combo.itemText(i) for i in range(bar.preset_combo.count())] == [t for t, _m, _c in bar.presets]
    assert bar.train_button.isEnabled() and bar.preset_combo.isEnabled()
    with qtbot.waitSignal(bar.requested) as asked:
        bar.train_button.click()
    assert asked.args == [0, 3]
    assert not bar.is_training()   # the tab decides what to train


def test_a_training_shows_its_progress_and_tells_the_run_lists(qtbot, bar, app_context):
    from studio.training.config import TrainConfig

    qtbot.waitUntil(app_context.models.is_ready, timeout=TIMEOUT)
    bar.load_presets()
    changes = []
    app_context.runs.changed.connect(lambda: changes.append(bar.is_training()))
    config = TrainConfig(model="vae", dataset="digits", model_config={"latent_dim": 2, "hidden": 32}, epochs=1)
    live = bar.start(config)
    assert live is bar.live and bar.is_training()
    assert bar.train_button.text() == "Stop training"
    assert bar.train_progress.isVisible() and bar.train_progress.maximum() == 0
    assert bar.train_progress.format() == "Starting…"
    with qtbot.waitSignal(bar.ended, timeout=TIMEOUT) as ended:
        pass
    assert ended.args[0] is live and ended.args[1] == "completed"
    assert changes[0] is True and changes[-1] is False   # once when the run folder appeared, once at the end
    assert bar.train_button.text() == "Train on digits" and bar.train_button.isEnabled()
    assert not bar.train_progress.isVisible() and bar.live is None


def test_a_preset_trains_on_the_device_of_the_settings(qtbot, bar, app_context, monkeypatch):
    from studio.training.config import TrainConfig

    qtbot.waitUntil(app_context.models.is_ready, timeout=TIMEOUT)     # the loader thread ends in the test
    started = []
    monkeypatch.setattr(bar.controller, "start", lambda spec, *rest: started.append(spec))
    app_context.settings.device = "cpu"          # File ▸ Settings ▸ Training device
    bar.start(TrainConfig(model="vae", dataset="digits", epochs=1))
    bar.start(TrainConfig(model="vae", dataset="digits", epochs=1, device="mps"))   # a tab's own choice stays
    assert [spec["config"]["device"] for spec in started] == ["cpu", "mps"]
