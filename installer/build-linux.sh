#!/usr/bin/env bash
# Builds a self-contained TramYTe (its own Java runtime, no JDK needed on the PC) from
# `mvn package` output: an app-image folder, and with `--deb` a Debian package.
# Run on the target OS: JavaFX jars carry native code (TOOLCHAIN.md §2.7).
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=$(sed -n 's/^version=//p' target/classes/tramyte-version.properties)
JDK_MODULES=java.compiler,java.desktop,java.instrument,java.management,java.naming,java.scripting,java.sql,jdk.jfr,jdk.net,jdk.unsupported,jdk.localedata,jdk.crypto.ec
rm -rf target/runtime target/dist
jlink --module-path target/app/javafx --add-modules "javafx.controls,$JDK_MODULES" \
  --strip-debug --no-man-pages --no-header-files --strip-native-commands \
  --include-locales=en,vi --compress=2 --output target/runtime
# JavaFX's native libraries beside the runtime: nothing unpacked into $HOME at first start
unzip -q -o -j target/app/javafx/javafx-graphics-*-linux.jar '*.so' -d target/runtime/lib/
TYPE=app-image
EXTRA=()
if [ "${1:-}" = "--deb" ]; then
  TYPE=deb
  EXTRA=(--linux-package-name tramyte --linux-app-category medical --linux-shortcut
         --linux-deb-maintainer "tramyte@localhost" --description "TramYTe: records and reports for commune health stations")
fi
jpackage --type "$TYPE" --dest target/dist --name tramyte --app-version "$VERSION" --vendor TramYTe \
  --icon icons/tramyte-256.png --runtime-image target/runtime \
  --input target/app/lib --main-jar "tramyte-$VERSION.jar" --main-class vn.tramyte.Main \
  --java-options "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED" \
  --java-options "-Dorg.jooq.no-logo=true" --java-options "-Dorg.jooq.no-tips=true" \
  --java-options "-Dfile.encoding=UTF-8" "${EXTRA[@]}"
echo "built: $(ls -d target/dist/*)"
