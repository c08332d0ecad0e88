package vn.tramyte.sync.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * How the sync page asks for files and folders: the system's choosers, or another way (a test
 * gives real paths in its temporary folder, since a native chooser cannot be driven headless).
 */
public interface SyncFiles {

    /** Package files to import; empty when the user cancels. */
    List<Path> packages(Window owner, String title, String filterName);

    /** A folder (a USB stick) to read from or write into. */
    Optional<Path> folder(Window owner, String title);

    /** Where to save a PDF, offering a file name. */
    Optional<Path> savePdf(Window owner, String title, String fileName);

    /** The system's file and folder choosers. */
    static SyncFiles system() {
        return new SyncFiles() {
            @Override
            public List<Path> packages(Window owner, String title, String filterName) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, "*.tyt"));
                List<File> files = chooser.showOpenMultipleDialog(owner);
                return files == null ? List.of() : files.stream().map(File::toPath).toList();
            }

            @Override
            public Optional<Path> folder(Window owner, String title) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(title);
                return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> savePdf(Window owner, String title, String fileName) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.setInitialFileName(fileName);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }
        };
    }
}
