#!/usr/bin/env bash
# Runs the whole test suite the way CI does: offscreen Qt, PortAudio on an ALSA null device (see tests/conftest.py),
# the import-linter contracts, then pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}

# sounddevice really plays, into an ALSA null device: tests/conftest.py points ALSA_CONFIG_PATH at a
# file of the test run that holds only a null default device; ~/.asoundrc is left alone.

export QT_QPA_PLATFORM=offscreen
"$VENV/bin/lint-imports"
exec "$VENV/bin/python" -m pytest -p no:cacheprovider "$@"
