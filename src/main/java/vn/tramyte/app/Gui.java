package vn.tramyte.app;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import vn.tramyte.common.Logging;
import vn.tramyte.db.DataDirectory;

/** Starts the window; returns when it is closed. */
public final class Gui {
    private Gui() {
    }

    public static void launch(String dataDirOption, String language) {
        Logging.toDataFolder(DataDirectory.resolveForThisSystem(dataDirOption));
        List<String> args = new ArrayList<>();
        if (dataDirOption != null) {
            args.add("--data-dir=" + dataDirOption);
        }
        if (language != null) {
            args.add("--lang=" + language);
        }
        Application.launch(App.class, args.toArray(String[]::new));
    }
}
