"""Word clouds: stylecloud's ideas on word_cloud, with CJK text, SVG and exact seeds (no Qt here)."""
