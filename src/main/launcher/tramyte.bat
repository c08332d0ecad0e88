@echo off
rem TramYTe launcher: no arguments opens the window; a subcommand runs the command line.
rem Needs Java 17 (JAVA_HOME or java on the PATH); JavaFX comes with the program in ..\javafx.
rem JAVA_OPTS: more options for the JVM, after the program's own (so they win), e.g. set JAVA_OPTS=-Xmx512m
setlocal
set "APP_HOME=%~dp0.."
rem the program's jar first on the class path: its org.h2.security.AES (the JDK's fast AES) must be found
rem before the H2 jar's own (decision 0017)
for %%J in ("%APP_HOME%\lib\tramyte-*.jar") do set "MAIN_JAR=%%~fJ"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java") else (set "JAVA=java")
"%JAVA%" --module-path "%APP_HOME%\javafx" --add-modules javafx.controls --add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true -Dfile.encoding=UTF-8 %JAVA_OPTS% -cp "%MAIN_JAR%;%APP_HOME%\lib\*" vn.tramyte.Main %*
exit /b %ERRORLEVEL%
