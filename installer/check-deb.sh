#!/usr/bin/env bash
# CI proof of the Linux package (issue 15), run as root after installer/build-linux.sh:
#  1. installs the previous version with dpkg -i and makes records with it (demo data, and a
#     data folder of an older schema),
#  2. installs this version over it (a dpkg upgrade): the records are all there, the older
#     database was backed up and migrated at its first start,
#  3. removes the program: /opt/tramyte and the `tramyte` command go, the data folders stay,
#  4. installs this version afresh: menu entry, .tyt file type, `tramyte` from the PATH; removes it.
# Usage: installer/check-deb.sh [PREVIOUS.deb]. Without an argument the previous version is this
# package relabelled 0.0.0 (no release has been published yet): the upgrade is then a real dpkg
# upgrade of the files, scripts and data folder, with the same program inside.
set -euo pipefail
cd "$(dirname "$0")/.."
DEB=$(ls target/dist/tramyte_*_amd64.deb)
VERSION=$(sed -n 's/^version=//p' target/classes/tramyte-version.properties)
WORK=$(mktemp -d)
INSTALLED=no
cleanup() {
  if [ "$INSTALLED" = yes ]; then dpkg --purge tramyte >/dev/null 2>&1 || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "check-deb: FAILED: $*" >&2; exit 1; }
step() { echo "check-deb: $*"; }

# what a minimal container lacks: the package's libraries (GTK...) and xdg-utils for its menu entry
missing=()
for dep in $(dpkg-deb -f "$DEB" Depends | tr -d ' ' | tr ',' ' '); do
  dpkg-query -W -f='${Status}' "$dep" 2>/dev/null | grep -q 'ok installed' || missing+=("$dep")
done
if [ ${#missing[@]} -gt 0 ]; then
  step "installing what the package needs: ${missing[*]}"
  apt-get update -q && apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
if dpkg-query -W -f='${Status}' tramyte 2>/dev/null | grep -q 'ok installed'; then
  fail "tramyte is already installed on this machine; remove it first (dpkg -r tramyte)"
fi

PREV=${1:-}
if [ -z "$PREV" ]; then
  dpkg-deb -R "$DEB" "$WORK/prev"
  sed -i 's/^Version: .*/Version: 0.0.0-1/' "$WORK/prev/DEBIAN/control"
  PREV="$WORK/tramyte_0.0.0-1_amd64.deb"
  dpkg-deb -Zgzip -z1 -b "$WORK/prev" "$PREV" >/dev/null
  rm -rf "$WORK/prev"
fi

step "1. the previous version: $PREV"
INSTALLED=yes
dpkg -i "$PREV" >/dev/null
[ "$(command -v tramyte)" = /usr/bin/tramyte ] || fail "no tramyte command on the PATH"
# the user's data folder, ~/.local/share/tramyte, here under $WORK: the program finds it through
# XDG_DATA_HOME as it finds ~/.local/share (Java takes the home folder from the system, not $HOME)
export XDG_DATA_HOME="$WORK/home/.local/share"
USERDATA="$XDG_DATA_HOME/tramyte"
# a script logs in as the demo's administrator (issue 13; README "Users and login"); a program
# older than the logins ignores these variables
export TRAMYTE_USER=quantri TRAMYTE_PASSWORD=demo-tramyte
tramyte demo --lang en >/dev/null
[ -f "$USERDATA/tramyte.mv.db" ] || fail "the data folder is not in the user's folder"
tramyte info --lang en | grep -v '^TramYTe ' >"$WORK/before.txt"
grep -q '^  person  *[1-9]' "$WORK/before.txt" || fail "no people in the demo data"
mkdir -p "$WORK/schema7"
cp src/test/resources/fixtures/databases/schema-7/tramyte.mv.db "$WORK/schema7/"

step "2. upgrade to $VERSION"
dpkg -i "$DEB" >/dev/null
[ "$(dpkg-query -W -f='${Version}' tramyte)" = "$VERSION-1" ] || fail "the upgrade did not install $VERSION"
[ "$(command -v tramyte)" = /usr/bin/tramyte ] || fail "the upgrade lost the tramyte command"
# the program's jar first on the launcher's class path: its AES (the JDK's) replaces H2's (decision 0017)
FIRST_JAR=$(grep -m1 '^app.classpath=' /opt/tramyte/lib/app/tramyte.cfg)
[ "$FIRST_JAR" = "app.classpath=\$APPDIR/tramyte-$VERSION.jar" ] || fail "the class path begins with $FIRST_JAR"
tramyte --version | grep -qx "tramyte $VERSION" || fail "tramyte --version: $(tramyte --version)"
# JAVA_OPTS reach the installed program's JVM (jpackage's launcher alone would ignore them): a heap of 100 MB
JAVA_OPTS="-Xmx100m -XX:+PrintCommandLineFlags" tramyte --version 2>/dev/null | grep -q 'MaxHeapSize=104857600 ' \
  || fail "JAVA_OPTS are not passed to the program"
tramyte info --lang en | grep -v '^TramYTe ' >"$WORK/after.txt"
diff "$WORK/before.txt" "$WORK/after.txt" || fail "the records changed across the upgrade"
tramyte info --lang en --data-dir "$WORK/schema7" | grep -q '^Database version: ' || fail "the older database did not open"
ls "$WORK/schema7/backups/"tramyte-schema7-*.mv.db >/dev/null 2>&1 || fail "no backup before migrating the older database"

step "3. removal keeps the data"
dpkg -r tramyte >/dev/null
INSTALLED=no
[ ! -e /opt/tramyte ] || fail "/opt/tramyte is left after removal"
[ ! -e /usr/bin/tramyte ] || fail "/usr/bin/tramyte is left after removal"
[ -f "$USERDATA/tramyte.mv.db" ] || fail "removal deleted the data folder"

step "4. a fresh install of $VERSION"
INSTALLED=yes
dpkg -i "$DEB" >/dev/null
tramyte --version | grep -qx "tramyte $VERSION" || fail "tramyte --version after a fresh install"
tramyte info --data-dir "$USERDATA" --lang en | grep -q '^Mode: Health centre' || fail "tramyte info --data-dir"
DESKTOP=/usr/share/applications/tramyte-tramyte.desktop
[ -f "$DESKTOP" ] || fail "no menu entry $DESKTOP"
grep -qx 'Name\[vi\]=TramYTe – Trạm y tế' "$DESKTOP" || fail "the menu entry has no Vietnamese name"
grep -q '^Categories=Medical;' "$DESKTOP" || fail "the menu entry is not in Medical"
# the file type in the system's MIME database (what file managers read; xdg-mime query filetype
# without a desktop session asks `file`, which knows no extensions)
grep -q 'pattern="\*\.tyt"' /usr/share/mime/packages/tramyte-tramyte-MimeInfo.xml || fail "no .tyt file type installed"
if [ -f /usr/share/mime/globs2 ]; then
  grep -q ':application/x-tramyte-package:\*\.tyt$' /usr/share/mime/globs2 || fail ".tyt files are not known as TramYTe packages"
fi
grep -q '^MimeType=application/x-tramyte-package;' "$DESKTOP" || fail "the menu entry does not open .tyt packages"
dpkg --purge tramyte >/dev/null
INSTALLED=no
[ ! -e /usr/bin/tramyte ] && [ ! -e "$DESKTOP" ] || fail "the command or the menu entry is left after removal"
[ -f "$USERDATA/tramyte.mv.db" ] || fail "purging the program deleted the data folder"
step "OK: installed, upgraded from $(basename "$PREV") with the data intact, removed ($(du -h "$DEB" | cut -f1) package)"
