"""The `studio` command: one subcommand per capability, all on the same Qt-free core as the GUI."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from studio import __version__
from studio.core.console import Terminated, attach_log_file, fail, terminate_unwinds, warnings_as_notes
from studio.core.errors import StudioError, user_message

# Modules with a `register(subparsers)` function that adds their subcommands (and their commands in
# COMMAND_OWNERS below).
COMMAND_MODULES = [
    "studio.training.commands",
    "studio.latent.cli",
    "studio.video.cli",
    "studio.clouds.cli",
    "studio.pixels.cli",
    "studio.energy.cli",
    "studio.music.cli",
    "studio.gan.cli",
    "studio.data.cli",
]


# Which module adds each command, so that `studio COMMAND` imports and registers that module alone
# (all of them cost a command ~40 ms before it starts its work). A command missing here still works: the
# whole parser is built. tests/core/test_cli.py checks this table against what the modules register.
COMMAND_OWNERS = {
    "train": "studio.training.commands", "resume": "studio.training.commands",
    "runs": "studio.training.commands", "models": "studio.training.commands",
    "latent": "studio.latent.cli", "highlights": "studio.video.cli", "wordcloud": "studio.clouds.cli",
    "pixelcnn": "studio.pixels.cli", "rbm": "studio.energy.cli", "music": "studio.music.cli",
    "gan": "studio.gan.cli", "export": "studio.gan.cli", "data": "studio.data.cli",
}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The `studio` parser; with ``command``, only the module that owns that command registers (the
    top-level help lists every command, so it is built without one)."""
    parser = argparse.ArgumentParser(
        prog="studio",
        description="Generative Studio: train generative models on your own machine. "
                    "Run `studio` with no arguments to open the app.")
    parser.add_argument("--version", action="version", version=f"Generative Studio {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check that the studio works here: open the window offscreen, train a tiny model "
                             "for one epoch in a throwaway folder, print one line and exit (0: all good)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("gui", help="open the studio window (the same as running `studio` alone)")
    owner = COMMAND_OWNERS.get(command or "")
    for name in [owner] if owner in COMMAND_MODULES else COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv in ([], ["gui"]):
        # The window, without building the parser: every command module would be imported first (numpy,
        # PIL and more, about a quarter of a second before the first paint).
        return importlib.import_module("studio.ui.main_window").run_app()
    # The command is the first argument when no option comes before it (`studio -h …` lists them all).
    parser = build_parser(argv[0] if argv and not argv[0].startswith("-") else None)
    args = parser.parse_args(argv)
    if args.self_test:
        return importlib.import_module("studio.ui.self_test").main()
    if args.command in (None, "gui"):
        # Dispatched by name so that this module itself never imports Qt.
        return importlib.import_module("studio.ui.main_window").run_app()
    handler = _log_quietly()
    try:
        with terminate_unwinds(), warnings_as_notes():
            return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return fail("interrupted.", 130)
    except Terminated:
        return fail("stopped (terminated); nothing was left half written.", 143)
    except StudioError as exc:
        return fail(str(exc))
    except Exception as exc:  # noqa: BLE001 - the user gets a sentence, not a traceback
        logging.getLogger("studio").exception("command failed")
        return fail(user_message(exc))
    finally:
        logging.getLogger("studio").removeHandler(handler)
        handler.close()


def _log_quietly():
    """The log goes to the workspace's logs/studio.log: a traceback or a warning never reaches the terminal
    (without a handler, Python's last-resort handler would print them there). The workspace is looked up
    when the first record comes, not before every command (an unwritable one keeps the log silent)."""
    return attach_log_file(_workspace_logs)


def _workspace_logs():
    from studio.core.settings import Settings

    return Settings.load().workspace_path() / "logs"


if __name__ == "__main__":
    sys.exit(main())
