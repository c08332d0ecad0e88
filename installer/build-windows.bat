@echo off
rem Builds the Windows installer target\dist\TramYTe-VERSION.msi from `mvn package` output
rem (`mvn -B -Pinstaller package` runs this script). Run on Windows with JDK 17 (jlink, jpackage)
rem and the WiX Toolset 3.14 (candle.exe, light.exe) on the PATH: the JavaFX jars of a Windows
rem build carry the Windows native code. installer\README.md says what the .msi does.
setlocal
cd /d "%~dp0.."
if not exist target\classes\tramyte-version.properties (
  echo build-windows.bat: run "mvn -B package" first, target\app is missing 1>&2
  exit /b 1
)
for /f "tokens=2 delims==" %%v in (target\classes\tramyte-version.properties) do set VERSION=%%v
rem Never change: Windows Installer knows a new version of the same program by this code, and
rem replaces the old one instead of installing a second copy (InstallerConfigTest checks it).
set UPGRADE_UUID=51087eb1-6409-4478-b9c0-7c394e542ce6
set JDK_MODULES=java.compiler,java.desktop,java.instrument,java.management,java.naming,java.scripting,java.sql,jdk.jfr,jdk.net,jdk.unsupported,jdk.localedata,jdk.crypto.ec,jdk.charsets
if exist target\runtime rmdir /s /q target\runtime
if exist target\dist rmdir /s /q target\dist
rem --generate-cds-archive runs the runtime's java.exe, so the runtime keeps its bin folder (it
rem holds the DLLs of Java on Windows anyway)
jlink --module-path target\app\javafx --add-modules javafx.controls,%JDK_MODULES% --strip-debug --no-man-pages --no-header-files --include-locales=en,vi --compress=2 --generate-cds-archive --output target\runtime || exit /b 1
rem JavaFX's DLLs beside Java's: nothing unpacked into the user's folder at first start (tar.exe
rem comes with Windows 10 1803 and later and reads zip files)
for %%j in (target\app\javafx\javafx-graphics-*-win.jar) do tar -xf "%%j" -C target\runtime\bin "*.dll" || exit /b 1
rem --win-per-user-install: no administrator rights; the program goes to
rem %LOCALAPPDATA%\Programs\TramYTe, apart from the data folder %LOCALAPPDATA%\TramYTe that
rem upgrades and uninstalling leave alone. tramyte-cli.exe: the command line in a console window.
rem --resource-dir installer\windows: TramYTe's main.wxs makes the Start-menu and desktop shortcuts
rem named "TramYTe - Tram y te" in Vietnamese (jpackage's own would be named TramYTe, after the
rem launcher), so neither --win-menu nor --win-shortcut is given; MsiInstallerStrings_en.wxl holds
rem the name in code page 65001. jpackage says "Using custom package resource [Main WiX project
rem file] (loaded from main.wxs)" with --verbose when it took them.
jpackage --type msi --dest target\dist --name TramYTe --app-version %VERSION% --vendor TramYTe ^
  --description "TramYTe - Records and reports for commune health stations" ^
  --icon icons\tramyte.ico --runtime-image target\runtime ^
  --input target\app\lib --main-jar tramyte-%VERSION%.jar --main-class vn.tramyte.Main ^
  --java-options "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED" ^
  --java-options "-Dorg.jooq.no-logo=true" --java-options "-Dorg.jooq.no-tips=true" ^
  --java-options "-Dfile.encoding=UTF-8" ^
  --file-associations installer\tyt-association.properties ^
  --win-per-user-install --install-dir Programs\TramYTe --win-upgrade-uuid %UPGRADE_UUID% ^
  --add-launcher tramyte-cli=installer\windows\tramyte-cli.properties ^
  --resource-dir installer\windows --verbose || exit /b 1
echo built: target\dist\TramYTe-%VERSION%.msi
