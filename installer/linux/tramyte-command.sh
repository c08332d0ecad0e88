#!/bin/sh
# The `tramyte` command on the PATH: /usr/bin/tramyte is a link to this file, which the .deb installs
# as /opt/tramyte/lib/tramyte-command (build-linux.sh copies it into the app-image). It starts the
# installed program with the Java options given in JAVA_OPTS, as the build's target/app/bin/tramyte
# does: jpackage's launcher (bin/tramyte) never reads JAVA_OPTS (its options are the [JavaOptions] of
# lib/app/tramyte.cfg), but the JVM reads JAVA_TOOL_OPTIONS, and says so on stderr
# ("Picked up JAVA_TOOL_OPTIONS: ..."). Given last, JAVA_OPTS wins over the same option there.
# Example: JAVA_OPTS=-Xmx1g tramyte
here=$(dirname "$(readlink -f "$0")")
if [ -n "${JAVA_OPTS:-}" ]; then
    JAVA_TOOL_OPTIONS="${JAVA_TOOL_OPTIONS:+$JAVA_TOOL_OPTIONS }$JAVA_OPTS"
    export JAVA_TOOL_OPTIONS
fi
exec "$here/../bin/tramyte" "$@"
