#!/usr/bin/env bash
# Ensure a Chromium for the dashboard's browser tests (dashboard/), looking where they look
# ($LTVKEEPER_CHROMIUM, then a Chromium on $PATH): Debian's chromium package, installed with
# apt-get when none is found and apt is usable (as root, or with sudo). Only the test path
# (make test, make go-test) runs it. Idempotent and silent when one is installed; when none can
# be had it says so and exits 0, and the browser tests skip saying what to install.
set -euo pipefail

if [[ -n ${LTVKEEPER_CHROMIUM:-} ]]; then
	if command -v "$LTVKEEPER_CHROMIUM" >/dev/null 2>&1; then
		exit 0
	fi
	echo "LTVKEEPER_CHROMIUM=$LTVKEEPER_CHROMIUM: not found (give the path of a Chromium, or unset it to look for one)" >&2
	exit 1
fi
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
