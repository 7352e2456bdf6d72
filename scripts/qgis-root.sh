#!/usr/bin/env bash
# Runs a make target of this checkout on a newer QGIS, inside a Debian root built from Debian's own packages:
#   scripts/qgis-root.sh VERSION TARGET [MAKE VARIABLES...]      (VERSION: 3.40 = Debian 13, 3.44 = forky)
# The root is built once and kept outside the clone (STADTDIALOG_ROOTS, default /var/cache/stadtdialog), so a
# fresh clone in another folder (CI) reuses it; it is rebuilt when missing or unfinished. Inside it, `make`
# installs QGIS and the rest from that suite exactly as it does on the host; venvs and build files stay in
# the root, so the host's .venv and build/ are never touched.
set -euo pipefail
version=${1:?QGIS version (3.40 or 3.44)}; target=${2:?make target}; shift 2
case $version in
  3.40) suite=trixie; script= ;;
  3.44) suite=forky; script=/usr/share/debootstrap/scripts/sid ;;  # Debian 12's debootstrap has no forky script
  *) echo "QGIS $version is not in the matrix: use 3.40 (Debian 13) or 3.44 (Debian forky)." >&2; exit 2 ;;
esac
[ "$(id -u)" = 0 ] || { echo "Building and entering a Debian root needs root." >&2; exit 1; }
src=$(cd "$(dirname "$0")/.." && pwd)
cache=${STADTDIALOG_ROOTS:-/var/cache/stadtdialog}
root=$cache/$suite
mirror=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)
mirror=${mirror:-http://deb.debian.org/debian}
ready=$root/.stadtdialog-root-ready

mounted=()
unmount_all() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -R "${mounted[$i]}" 2>/dev/null || umount -lR "${mounted[$i]}" || true; done
  mounted=()
}
trap unmount_all EXIT
trap 'exit 130' INT TERM

enter() {  # mount what a running system needs, once per run
  local dir=$1
  mountpoint -q "$dir/proc" || { mount -t proc proc "$dir/proc"; mounted+=("$dir/proc"); }
  mountpoint -q "$dir/sys" || { mount --rbind /sys "$dir/sys"; mount --make-rslave "$dir/sys"; mounted+=("$dir/sys"); }
  mountpoint -q "$dir/dev" || { mount --rbind /dev "$dir/dev"; mount --make-rslave "$dir/dev"; mounted+=("$dir/dev"); }
  cp -L /etc/resolv.conf "$dir/etc/resolv.conf"
  cp /etc/hosts "$dir/etc/hosts"
}

in_root() {  # a clean environment: no pyenv or venv on PATH (QGIS finds its prefix through PATH)
  local dir=$1; shift
  chroot "$dir" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive CI="${CI:-}" TERM=dumb "$@"
}

build_root() {
  command -v debootstrap >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null; }
  local tmp=$root.building
  [ -d "$tmp" ] && { umount -R "$tmp"/{proc,sys,dev} 2>/dev/null || true; rm -rf --one-file-system "$tmp"; }
  mkdir -p "$cache"
  echo "Building a Debian $suite root for QGIS $version in $root (once; a few minutes)"
  debootstrap --variant=minbase --include=ca-certificates,make,python3,python3-venv "$suite" "$tmp" "$mirror" \
    ${script:+"$script"} >"$cache/$suite-debootstrap.log" 2>&1 || { tail -20 "$cache/$suite-debootstrap.log" >&2; exit 1; }
  # The forky index on the mirror can be past its Valid-Until date; testing is not signed for long anyway.
  echo 'Acquire::Check-Valid-Until "false";' >"$tmp/etc/apt/apt.conf.d/99stadtdialog"
  # The machine's own certificate authorities (a TLS-inspecting proxy on the way to the registries).
  if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
    mkdir -p "$tmp/usr/local/share/ca-certificates"
    cp /usr/local/share/ca-certificates/*.crt "$tmp/usr/local/share/ca-certificates/"
  fi
  enter "$tmp"
  in_root "$tmp" update-ca-certificates >/dev/null
  unmount_all
  touch "$tmp/.stadtdialog-root-ready"
  rm -rf --one-file-system "$root"
  mv "$tmp" "$root"
}

[ -f "$ready" ] || build_root
enter "$root"
mkdir -p "$root/src/stadtdialog"
mountpoint -q "$root/src/stadtdialog" || { mount --bind "$src" "$root/src/stadtdialog"; mounted+=("$root/src/stadtdialog"); }
# The venvs and build files of this suite live in the root, next to its QGIS.
in_root "$root" make -C /src/stadtdialog --no-print-directory "$target" \
  VENV=/opt/stadtdialog/venv PYGEOAPI_VENV=/opt/stadtdialog/venv-pygeoapi CHECK_VENV=/opt/stadtdialog/venv-check \
  BUILD=/opt/stadtdialog/build "$@"
