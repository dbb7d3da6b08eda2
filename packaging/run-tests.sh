#!/usr/bin/env bash
# Runs the whole test suite the way CI does: offscreen Qt, PortAudio on an ALSA null device,
# the import-linter contracts, then pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}

# sounddevice really plays, into an ALSA null device, when no sound card is present.
if [ ! -e "$HOME/.asoundrc" ] && [ ! -e /proc/asound/cards -o ! -s /proc/asound/cards ]; then
  printf 'pcm.!default { type null }\n' > "$HOME/.asoundrc"
fi

export QT_QPA_PLATFORM=offscreen
"$VENV/bin/lint-imports"
exec "$VENV/bin/python" -m pytest -p no:cacheprovider "$@"
