package vn.tramyte.report.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * How the Reports page asks for files: the system's choosers, or another way (a test answers with
 * real paths in its temporary folder, since a native chooser cannot be driven headless).
 */
public interface ReportsFiles {

    /** A file to read (a targets file); empty when the user cancels. */
    Optional<Path> open(Window owner, String title, String filterName, String extension);

    /** Where to write a file, offering a name; empty when the user cancels. */
    Optional<Path> save(Window owner, String title, String fileName, String filterName, String extension);

    /** The system's file choosers. */
    static ReportsFiles system() {
        return new ReportsFiles() {
            @Override
            public Optional<Path> open(Window owner, String title, String filterName, String extension) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, "*." + extension));
                return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> save(Window owner, String title, String fileName, String filterName,
                                       String extension) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.setInitialFileName(fileName);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, "*." + extension));
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }
        };
    }
}
