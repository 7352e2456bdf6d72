#!/usr/bin/env bash
# Installs the Debian packages Stadtdialog needs; does nothing when they are present.
set -euo pipefail
PKGS=(python3-qgis qgis-providers qgis-server qgis python3-gdal python3-requests python3-venv
      xvfb xauth poppler-utils curl gdal-bin time pyqt5-dev-tools qttools5-dev-tools git
      qttranslations5-l10n python3-jsonschema tzdata python3-psycopg2 postgresql-postgis)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "Missing Debian packages: ${missing[*]} (run as root, or: sudo apt-get install ${missing[*]})" >&2
    exit 1
  fi
  echo "Installing Debian packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
