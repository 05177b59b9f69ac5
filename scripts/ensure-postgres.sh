#!/usr/bin/env bash
# Ensure PostgreSQL server binaries (used by internal/pgtest and the devnet) are installed:
# look where ltvkeeper looks (internal/pgcluster BinDir: $LTVKEEPER_PG_BIN, Debian's
# /usr/lib/postgresql/15/bin, then initdb on $PATH), and install Debian's postgresql-15 with
# apt only when none has initdb. Idempotent and silent when they already are.
# PG_DEBIAN_BIN overrides the Debian folder, for tests.
set -euo pipefail

if [[ -n ${LTVKEEPER_PG_BIN:-} ]]; then
	if [[ -x $LTVKEEPER_PG_BIN/initdb ]]; then
		exit 0
	fi
	echo "LTVKEEPER_PG_BIN=$LTVKEEPER_PG_BIN: no initdb there (point it at Postgres's bin directory, or unset it)" >&2
	exit 1
fi
if [[ -x ${PG_DEBIAN_BIN:-/usr/lib/postgresql/15/bin}/initdb ]] || command -v initdb >/dev/null; then
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
