"""The "Video highlights" tab: the tab, its source bar, rules form, segment table and reel panel."""

from studio.ui.tabs.highlights.tab import HighlightsTab

__all__ = ["HighlightsTab"]
