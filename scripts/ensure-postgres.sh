#!/usr/bin/env bash
# Ensure Debian's PostgreSQL 15 server binaries (used by internal/pgtest) are installed.
# Idempotent and silent when they already are.
set -euo pipefail

if [[ -x /usr/lib/postgresql/15/bin/initdb ]]; then
	exit 0
fi

apt=(env DEBIAN_FRONTEND=noninteractive apt-get)
if [[ $(id -u) -ne 0 ]]; then
	apt=(sudo "${apt[@]}")
fi

echo "installing postgresql-15 ..." >&2
if ! "${apt[@]}" install -y --no-install-recommends postgresql-15; then
	# A fresh machine may have no package lists yet.
	"${apt[@]}" update
	"${apt[@]}" install -y --no-install-recommends postgresql-15
fi
