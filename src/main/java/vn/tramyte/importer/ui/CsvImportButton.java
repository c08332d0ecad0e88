package vn.tramyte.importer.ui;

import vn.tramyte.common.Messages;

/**
 * "Nhập từ tệp CSV": a menu button that chooses files (or a folder), imports them all or nothing
 * and shows the report. The shell puts it in the people page's toolbar.
 */
public final class CsvImportButton {
    private final CsvImportViewModel importer;
    private final Messages m;
    private final javafx.scene.control.MenuButton button;
    private final javafx.scene.Node progress;

    public CsvImportButton(CsvImportViewModel importer, Messages messages) {
        this.importer = importer;
        this.m = messages;
        this.button = importButton();
        this.progress = progressLine();
    }

    public javafx.scene.control.MenuButton root() {
        return button;
    }

    /** A line for under the toolbar, shown while an import runs: how far it has come, and its stop button. */
    public javafx.scene.Node progress() {
        return progress;
    }

    private javafx.scene.Node progressLine() {
        javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar();
        bar.setId("importProgress");
        bar.setPrefWidth(160);
        bar.progressProperty().bind(importer.progressProperty());
        javafx.scene.control.Label text = new javafx.scene.control.Label();
        text.setId("importProgressText");
        text.textProperty().bind(importer.progressTextProperty());
        javafx.scene.control.Button stop = new javafx.scene.control.Button(m.get("import.ui.stop"));
        stop.setId("importStop");
        stop.disableProperty().bind(importer.stoppingProperty());
        stop.setOnAction(e -> importer.stop());
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(8, bar, text, stop);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box.setId("importProgressBox");
        box.visibleProperty().bind(importer.busyProperty());
        box.managedProperty().bind(importer.busyProperty());
        return box;
    }

    /** "Nhập từ tệp CSV": choose files (or a folder), import all or nothing, show the report. */
    private javafx.scene.control.MenuButton importButton() {
        javafx.scene.control.MenuItem files = new javafx.scene.control.MenuItem(m.get("import.ui.files"));
        files.setId("importFiles");
        files.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle(m.get("import.ui.files"));
            // registers as Excel keeps them: CSV (or its "Unicode text" .txt) and workbooks
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("CSV, Excel", "*.csv",
                    "*.CSV", "*.xlsx", "*.XLSX", "*.txt", "*.TXT"));
            java.util.List<java.io.File> chosen = chooser.showOpenMultipleDialog(button.getScene().getWindow());
            if (chosen != null) {
                runImport(chosen.stream().map(java.io.File::toPath).toList());
            }
        });
        javafx.scene.control.MenuItem folder = new javafx.scene.control.MenuItem(m.get("import.ui.folder"));
        folder.setId("importFolder");
        folder.setOnAction(e -> {
            javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
            chooser.setTitle(m.get("import.ui.folder"));
            java.io.File dir = chooser.showDialog(button.getScene().getWindow());
            if (dir != null) {
                runImport(java.util.List.of(dir.toPath()));
            }
        });
        javafx.scene.control.MenuButton menu = new javafx.scene.control.MenuButton(m.get("import.ui.button"), null,
                files, folder);
        menu.setId("importCsv");
        menu.disableProperty().bind(importer.busyProperty());
        return menu;
    }

    private void runImport(java.util.List<java.nio.file.Path> paths) {
        importer.importPaths(paths, () -> {
            javafx.scene.control.Alert alert = new javafx.scene.control.Alert(importer.okProperty().get()
                    ? javafx.scene.control.Alert.AlertType.INFORMATION : javafx.scene.control.Alert.AlertType.WARNING);
            alert.initOwner(button.getScene().getWindow());
            alert.setTitle(m.get("import.ui.button"));
            alert.setHeaderText(importer.titleProperty().get());
            javafx.scene.control.TextArea text = new javafx.scene.control.TextArea(String.join("\n", importer.lines()));
            text.setId("importReport");
            text.setEditable(false);
            text.setWrapText(true);
            text.setPrefSize(640, 300);
            alert.getDialogPane().setContent(text);
            alert.show();
        });
    }
}
