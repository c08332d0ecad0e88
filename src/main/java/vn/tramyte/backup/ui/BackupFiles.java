package vn.tramyte.backup.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * How the backups page asks for a backup file and a folder: the system's choosers, or another way
 * (a test gives real paths, since a native chooser cannot be driven headless).
 */
public interface BackupFiles {

    /** The backup to restore; empty when the user cancels. */
    Optional<Path> backup(Window owner, String title, String filterName, Path startIn);

    /** A folder on a USB stick to copy the backup into. */
    Optional<Path> folder(Window owner, String title);

    static BackupFiles system() {
        return new BackupFiles() {
            @Override
            public Optional<Path> backup(Window owner, String title, String filterName, Path startIn) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, "*.zip", "*.mv.db"));
                if (startIn.toFile().isDirectory()) {
                    chooser.setInitialDirectory(startIn.toFile());
                }
                return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> folder(Window owner, String title) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(title);
                return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
            }
        };
    }
}
