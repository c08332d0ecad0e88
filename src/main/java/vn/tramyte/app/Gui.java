package vn.tramyte.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import vn.tramyte.common.Logging;
import vn.tramyte.db.DataDirectory;

/** Starts the window; returns when it is closed, or at once when the open program took the package. */
public final class Gui {
    private Gui() {
    }

    public static void launch(String dataDirOption, String language) {
        launch(dataDirOption, language, null);
    }

    /** The same, then imports a sync package (a double-clicked .tyt file) once the window is open. */
    public static void launch(String dataDirOption, String language, Path packageToOpen) {
        Path dataDir = DataDirectory.resolveForThisSystem(dataDirOption);
        Logging.toDataFolder(dataDir);
        if (packageToOpen != null && PackageHandOver.pass(dataDir, packageToOpen)) {
            // a second double-click while the program is open: the open window imports it (issue 15)
            org.slf4j.LoggerFactory.getLogger(Gui.class).info("{} handed over to the open program", packageToOpen);
            return;
        }
        List<String> args = new ArrayList<>();
        if (dataDirOption != null) {
            args.add("--data-dir=" + dataDirOption);
        }
        if (language != null) {
            args.add("--lang=" + language);
        }
        if (packageToOpen != null) {
            args.add("--open=" + packageToOpen.toAbsolutePath());
        }
        Application.launch(App.class, args.toArray(String[]::new));
    }
}
