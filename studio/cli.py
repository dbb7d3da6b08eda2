"""The `studio` command: one subcommand per capability, all on the same Qt-free core as the GUI."""

from __future__ import annotations

import argparse
import importlib
import sys

from studio import __version__
from studio.core.console import fail
from studio.core.errors import StudioError, user_message

# Modules with a `register(subparsers)` function that adds their subcommands.
COMMAND_MODULES = [
    "studio.training.commands",
    "studio.latent.cli",
    "studio.video.cli",
    "studio.clouds.cli",
    "studio.gan.cli",
    "studio.data.cli",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="studio",
        description="Generative Studio: train generative models on your own machine. "
                    "Run `studio` with no arguments to open the app.")
    parser.add_argument("--version", action="version", version=f"Generative Studio {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("gui", help="open the studio window (the same as running `studio` alone)")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command in (None, "gui"):
        # Dispatched by name so that this module itself never imports Qt.
        return importlib.import_module("studio.ui.main_window").run_app()
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return fail("interrupted.", 130)
    except StudioError as exc:
        return fail(str(exc))
    except Exception as exc:  # noqa: BLE001 - the user gets a sentence, not a traceback
        import logging
        logging.getLogger("studio").exception("command failed")
        return fail(user_message(exc))


if __name__ == "__main__":
    sys.exit(main())
