@echo off
rem Builds the Windows installer (tramyte-VERSION.msi) from `mvn package` output.
rem Needs JDK 17 (jlink, jpackage) and the WiX Toolset 3 on the PATH. Run on Windows:
rem the JavaFX jars of a Windows build carry the Windows native code.
setlocal
cd /d "%~dp0.."
for /f "tokens=2 delims==" %%v in (target\classes\tramyte-version.properties) do set VERSION=%%v
set JDK_MODULES=java.compiler,java.desktop,java.instrument,java.management,java.naming,java.scripting,java.sql,jdk.jfr,jdk.net,jdk.unsupported,jdk.localedata,jdk.crypto.ec
if exist target\runtime rmdir /s /q target\runtime
jlink --module-path target\app\javafx --add-modules javafx.controls,%JDK_MODULES% --strip-debug --no-man-pages --no-header-files --strip-native-commands --include-locales=en,vi --compress=2 --output target\runtime || exit /b 1
jpackage --type msi --dest target\dist --name TramYTe --app-version %VERSION% --vendor TramYTe --icon icons\tramyte.ico --runtime-image target\runtime --input target\app\lib --main-jar tramyte-%VERSION%.jar --main-class vn.tramyte.Main --win-menu --win-shortcut --win-dir-chooser --win-per-user-install --java-options "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED" --java-options "-Dorg.jooq.no-logo=true" --java-options "-Dorg.jooq.no-tips=true" --java-options "-Dfile.encoding=UTF-8" || exit /b 1
echo built: target\dist
