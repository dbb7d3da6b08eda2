"""Video highlights: find a match's loud moments from its sound and cut them into a reel (no Qt here)."""
