package vn.tramyte.backup.ui;

import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.tramyte.common.Messages;

/** The backups page: binds the list and the buttons; the choosers and the question are shown here. */
public final class BackupsView {
    private final VBox root = new VBox(12);
    private final BackupsViewModel vm;
    private final Messages m;
    private BackupFiles files = BackupFiles.system();

    public BackupsView(BackupsViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        root.setId("backupsPage");
        root.getProperties().put(BackupsView.class, this);
        root.getStyleClass().add("page");
        root.setPadding(new Insets(16));
        Label title = new Label(m.get("backup.page.title"));
        title.getStyleClass().add("title-2");
        Label intro = new Label(vm.intro());
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");
        Label failure = new Label();
        failure.setId("backupLastFailure");
        failure.setWrapText(true);
        failure.getStyleClass().add("error-text");
        failure.textProperty().bind(vm.lastFailureProperty());
        failure.visibleProperty().bind(vm.lastFailureProperty().isNotEmpty());
        failure.managedProperty().bind(failure.visibleProperty());
        Label message = new Label();
        message.setId("backupMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(vm.messageProperty().isNotEmpty());
        vm.failedProperty().addListener((o, was, is) -> {
            message.getStyleClass().remove("error-text");
            if (is) {
                message.getStyleClass().add("error-text");
            }
        });
        if (vm.failedProperty().get()) {
            message.getStyleClass().add("error-text");
        }
        TableView<BackupsViewModel.Row> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(title, intro, buttons(), failure, message, table);
        vm.refresh();
    }

    public Parent root() {
        return root;
    }

    /** Tests answer the choosers with real paths (a native chooser cannot be driven headless). */
    public static void useFiles(Node page, BackupFiles files) {
        ((BackupsView) page.getProperties().get(BackupsView.class)).files = files;
    }

    private Node buttons() {
        Button now = new Button(m.get("backup.page.backUpNow"));
        now.setId("backupNow");
        now.getStyleClass().add("accent");
        now.setOnAction(e -> vm.backUpNow());
        Button usb = new Button(m.get("backup.page.toUsb"));
        usb.setId("backupToUsb");
        usb.setOnAction(e -> files.folder(window(), m.get("backup.page.chooseFolder")).ifPresent(vm::backUpTo));
        Button restore = new Button(m.get("backup.page.restore"));
        restore.setId("backupRestore");
        restore.setOnAction(e -> files.backup(window(), m.get("backup.page.chooseFile"), m.get("backup.page.fileType"),
                vm.folder()).ifPresent(file -> vm.inspect(file, question -> ask(file, question))));
        for (Button b : new Button[] {now, usb, restore}) {
            b.disableProperty().bind(vm.busyProperty());
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        FlowPane bar = new FlowPane(8, 8, now, usb, restore);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** The question, with what the backup holds; the restore only on "Restore". */
    private void ask(Path file, String question) {
        RestoreQuestion.ask(window(), m, question, () -> vm.restore(file));
    }

    private TableView<BackupsViewModel.Row> table() {
        TableView<BackupsViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("backupList");
        table.setPlaceholder(new Label(m.get("backup.page.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("backup.page.column.date", BackupsViewModel.Row::when, 150));
        table.getColumns().add(column("backup.page.column.kind", BackupsViewModel.Row::kind, 170));
        table.getColumns().add(column("backup.page.column.size", BackupsViewModel.Row::size, 100));
        table.getColumns().add(column("backup.page.column.contents", BackupsViewModel.Row::contents, 320));
        return table;
    }

    private TableColumn<BackupsViewModel.Row, String> column(String key,
            java.util.function.Function<BackupsViewModel.Row, String> value, double width) {
        TableColumn<BackupsViewModel.Row, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
