#!/usr/bin/env bash
# Installs what frontline needs on Debian (apt packages), skipping what is already there.
# Usage: scripts/setup.sh [extra-package ...]
set -euo pipefail

packages=(pkg-config libproj-dev proj-data libgeos-dev libjs-leaflet "$@")
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

command -v swift >/dev/null || {
  echo "setup: swift is not on PATH; install Swift 6.1 or later from swift.org" >&2
  exit 1
}
