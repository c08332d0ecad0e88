@echo off
rem TramYTe launcher: no arguments opens the window; a subcommand runs the command line.
rem Needs Java 17 (JAVA_HOME or java on the PATH); JavaFX comes with the program in ..\javafx.
rem JAVA_OPTS: more options for the JVM, after the program's own (so they win), e.g. set JAVA_OPTS=-Xmx512m
setlocal
set "APP_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java") else (set "JAVA=java")
"%JAVA%" --module-path "%APP_HOME%\javafx" --add-modules javafx.controls --add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true -Dfile.encoding=UTF-8 %JAVA_OPTS% -cp "%APP_HOME%\lib\*" vn.tramyte.Main %*
exit /b %ERRORLEVEL%
