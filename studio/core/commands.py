"""Core subcommands: `studio train`, `studio runs` (being built)."""


def register(sub) -> None:
    pass
