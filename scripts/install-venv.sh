#!/usr/bin/env bash
# Creates a venv (idempotent): install-venv.sh DIR REQUIREMENTS [--system-site-packages]
# Debian's /usr/bin/python3 is the interpreter PyQGIS is built for, and its sqlite3 can
# load extensions (pygeoapi's GeoPackage provider needs that).
set -euo pipefail
dir=$1; req=$2; shift 2
stamp="$dir/.installed-$(sha1sum "$req" | cut -c1-12)"
[ -f "$stamp" ] && exit 0
rm -rf "$dir"
/usr/bin/python3 -m venv "$@" "$dir"
"$dir/bin/pip" install -q --disable-pip-version-check -r "$req"
touch "$stamp"
