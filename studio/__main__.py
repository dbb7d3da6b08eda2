"""`studio` and `python -m studio`: with no arguments they open the app, otherwise the command line."""

import sys


def main() -> int:
    if getattr(sys, "frozen", False):
        # A frozen (PyInstaller) app starts worker processes (training, long analyses) by running itself
        # again: let those through. (Only there: importing multiprocessing costs every command ~20 ms.)
        import multiprocessing

        multiprocessing.freeze_support()
    if sys.argv[1:] in ([], ["gui"]):
        # Straight to the window: the command line's modules would be read first (issue 11: cold start).
        from studio.ui.main_window import run_app

        return run_app()
    from studio.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
