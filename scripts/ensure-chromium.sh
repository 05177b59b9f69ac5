#!/usr/bin/env bash
# Ensure a Chromium for the dashboard's browser tests (dashboard/): Debian's chromium
# package, installed with apt-get when no Chromium is found and apt is usable (as root, or
# with sudo). Idempotent and silent when one is installed; when none can be had it says so
# and exits 0, and the browser tests skip saying what to install.
set -euo pipefail

for bin in chromium chromium-browser google-chrome google-chrome-stable; do
	if command -v "$bin" >/dev/null 2>&1; then
		exit 0
	fi
done

if ! command -v apt-get >/dev/null 2>&1; then
	echo "no Chromium and no apt-get: install Chromium yourself to run the dashboard's browser tests" >&2
	exit 0
fi
apt=(env DEBIAN_FRONTEND=noninteractive apt-get)
if [[ $(id -u) -ne 0 ]]; then
	if ! sudo -n true 2>/dev/null; then
		echo "no Chromium, and apt-get needs root: run 'sudo apt-get install chromium' to run the dashboard's browser tests" >&2
		exit 0
	fi
	apt=(sudo -n "${apt[@]}")
fi

echo "installing chromium ..." >&2
if ! "${apt[@]}" install -y --no-install-recommends chromium; then
	# A fresh machine may have no package lists yet.
	"${apt[@]}" update
	"${apt[@]}" install -y --no-install-recommends chromium
fi
