"""The "Word clouds" tab: the tab, its text panel and its settings form."""

from studio.ui.tabs.wordcloud.tab import SETTINGS_KEY, WordCloudTab

__all__ = ["SETTINGS_KEY", "WordCloudTab"]
