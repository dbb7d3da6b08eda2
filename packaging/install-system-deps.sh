#!/usr/bin/env bash
# Installs the system libraries the studio needs on Debian/Ubuntu: Qt's xcb and EGL libraries,
# PortAudio (sounddevice), FluidSynth (piano-roll playback; a built-in synth plays without it),
# libpulse (QtMultimedia), fonts with Chinese glyphs (word clouds),
# and Xvfb for screenshots in tests. Skips what is already there; does nothing on other systems.
set -euo pipefail

packages=(
  libegl1 libgl1 libopengl0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xfixes0 libxcb-xkb1
  libx11-xcb1 libxrender1 libxi6
  libportaudio2 libpulse0 libasound2 libfluidsynth3
  fonts-noto-cjk fonts-dejavu-core
  xvfb xauth
)

if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
  echo "install-system-deps: not a Debian-style system; install Qt 6's xcb libraries and PortAudio yourself." >&2
  exit 0
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "install-system-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
