"""`studio` and `python -m studio`: with no arguments they open the app, otherwise the command line."""

import sys


def main() -> int:
    import multiprocessing

    # Long analyses run in worker processes; a frozen (PyInstaller) app must hand those back here.
    multiprocessing.freeze_support()
    from studio.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
