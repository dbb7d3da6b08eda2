"""The Piano roll tab: ``tab.MusicTab`` (roll, files, playback), its ``tracks`` list and ``generation`` panel."""

from studio.ui.tabs.music.tab import MusicTab

__all__ = ["MusicTab"]
