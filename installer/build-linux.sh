#!/usr/bin/env bash
# Builds the self-contained TramYTe for Linux from `mvn package` output (target/app):
#   target/dist/tramyte/               app-image: a folder with its own Java runtime (bin/tramyte)
#   target/dist/tramyte_<v>-1_amd64.deb  Debian/Ubuntu package: /opt/tramyte, `tramyte` on the PATH,
#                                      menu entry "TramYTe – Trạm y tế" (Medical), .tyt packages open in it
# `--app-image` stops after the folder. `mvn -B -Pinstaller package` runs this script.
# Run on Linux: the JavaFX jars carry the native code of the OS they were resolved for (TOOLCHAIN.md §2.7).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f target/classes/tramyte-version.properties ] || [ ! -d target/app/lib ]; then
  echo "build-linux.sh: run 'mvn -B package' first (target/app is missing)" >&2
  exit 1
fi
VERSION=$(sed -n 's/^version=//p' target/classes/tramyte-version.properties)
# jdeps of the program (TOOLCHAIN.md §2.8) plus jdk.localedata (Vietnamese dates), jdk.crypto.ec and
# jdk.charsets (Windows-1258: the CSV that Excel saves on a Vietnamese Windows)
JDK_MODULES=java.compiler,java.desktop,java.instrument,java.management,java.naming,java.scripting,java.sql,jdk.jfr,jdk.net,jdk.unsupported,jdk.localedata,jdk.crypto.ec,jdk.charsets
DESCRIPTION="Records and reports for commune health stations"
SECONDS=0
rm -rf target/runtime target/dist
mkdir -p target/dist
# a runtime of the modules the program needs; --generate-cds-archive: the JDK's classes pre-parsed
# (class-data sharing), which the launcher maps at start instead of loading them one by one. It
# runs the runtime's own java, so the commands in bin/ are removed after it, not by jlink
jlink --module-path target/app/javafx --add-modules "javafx.controls,$JDK_MODULES" \
  --strip-debug --no-man-pages --no-header-files \
  --include-locales=en,vi --compress=2 --generate-cds-archive --output target/runtime
rm -rf target/runtime/bin target/runtime/lib/server/classes_nocoops.jsa  # nocoops: only for heaps over 32 GB
# JavaFX's native libraries beside the runtime: nothing unpacked into $HOME at first start, and the
# .deb's Depends names GTK (TOOLCHAIN.md §2.9)
unzip -q -o -j target/app/javafx/javafx-graphics-*-linux.jar '*.so' -d target/runtime/lib/
echo "runtime: $(du -sh target/runtime | cut -f1) (${SECONDS}s)"
jpackage --type app-image --dest target/dist --name tramyte --app-version "$VERSION" --vendor TramYTe \
  --description "$DESCRIPTION" --icon icons/tramyte-256.png --runtime-image target/runtime \
  --input target/app/lib --main-jar "tramyte-$VERSION.jar" --main-class vn.tramyte.Main \
  --java-options "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED" \
  --java-options "-Dorg.jooq.no-logo=true" --java-options "-Dorg.jooq.no-tips=true" \
  --java-options "-Dfile.encoding=UTF-8"
# the `tramyte` command of the PATH: the program with the Java options of JAVA_OPTS, which jpackage's
# launcher does not read (installer/README.md, "Java options")
install -m 755 installer/linux/tramyte-command.sh target/dist/tramyte/lib/tramyte-command
echo "app-image: target/dist/tramyte $(du -sh target/dist/tramyte | cut -f1) (${SECONDS}s)"
if [ "${1:-}" = "--app-image" ]; then
  exit 0
fi
# the package is made of that same folder; installer/linux holds the menu entry and the scripts
# that put `tramyte` on the PATH (jpackage fills in their upper-case words)
jpackage --type deb --dest target/dist --app-image target/dist/tramyte --name tramyte \
  --app-version "$VERSION" --vendor TramYTe --description "$DESCRIPTION" \
  --icon icons/tramyte-256.png --resource-dir installer/linux \
  --file-associations installer/tyt-association.properties \
  --linux-package-name tramyte --linux-app-category science --linux-menu-group Medical \
  --linux-shortcut --linux-deb-maintainer tramyte@localhost
echo "deb: $(ls target/dist/*.deb) $(du -h target/dist/*.deb | cut -f1) (${SECONDS}s)"
