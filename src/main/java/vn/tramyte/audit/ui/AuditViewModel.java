package vn.tramyte.audit.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tramyte.audit.AuditFilter;
import vn.tramyte.audit.AuditLine;
import vn.tramyte.audit.AuditPdf;
import vn.tramyte.audit.AuditService;
import vn.tramyte.audit.AuditWords;
import vn.tramyte.audit.ReadableLine;
import vn.tramyte.common.DateText;
import vn.tramyte.common.Messages;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.common.UserError;
import vn.tramyte.db.AuditCheck;
import vn.tramyte.person.PersonRow;

/**
 * The audit page (issue 13): whose record (found by name), which user, which days, which kind of
 * record; the lines in words, newest first; whether the log is whole; printed to PDF. Every read
 * goes through the {@link TaskRunner}.
 */
public final class AuditViewModel {
    /** Something to choose in a filter: the words shown and the value the filter takes (null = all). */
    public record Choice(String label, String value) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A person found by the search: name, date of birth and village, to tell namesakes apart. */
    public record PersonChoice(PersonRow person, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final AuditService audit;
    private final TaskRunner runner;
    private final Messages m;
    private final String place;
    private final Clock clock;
    private final AuditWords words;
    private final StringProperty personQuery = new SimpleStringProperty("");
    private final ObservableList<PersonChoice> people = FXCollections.observableArrayList();
    private final ObjectProperty<PersonChoice> person = new SimpleObjectProperty<>();
    private final ObservableList<Choice> users = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> user = new SimpleObjectProperty<>();
    private final ObservableList<Choice> tables = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> table = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<ReadableLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper broken = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public AuditViewModel(AuditService audit, TaskRunner runner, Messages messages, String place, Clock clock) {
        this.audit = audit;
        this.runner = runner;
        this.m = messages;
        this.place = place;
        this.clock = clock;
        this.words = new AuditWords(messages, audit.zone());
    }

    public StringProperty personQueryProperty() {
        return personQuery;
    }

    public ObservableList<PersonChoice> people() {
        return people;
    }

    public ObjectProperty<PersonChoice> personProperty() {
        return person;
    }

    public ObservableList<Choice> users() {
        return users;
    }

    public ObjectProperty<Choice> userProperty() {
        return user;
    }

    public ObservableList<Choice> tables() {
        return tables;
    }

    public ObjectProperty<Choice> tableProperty() {
        return table;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<ReadableLine> lines() {
        return lines;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** Whether the log is whole, in one sentence, once checked. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty brokenProperty() {
        return broken.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private record Choices(List<String> users, List<String> tables) {
    }

    /** When the page opens: the users and kinds of record to choose from, and the newest lines. */
    public void load() {
        runner.run(() -> new Choices(audit.users(), audit.tables()), c -> {
            List<Choice> u = new ArrayList<>();
            u.add(new Choice(m.get("audit.filter.anyone"), null));
            c.users().forEach(name -> u.add(new Choice(words.user(name), name)));
            users.setAll(u);
            user.set(u.get(0));
            List<Choice> t = new ArrayList<>();
            t.add(new Choice(m.get("audit.filter.anyKind"), null));
            c.tables().forEach(name -> t.add(new Choice(words.table(name), name)));
            tables.setAll(t);
            table.set(t.get(0));
            show();
        }, this::fail);
    }

    /** Finds the people whose name (or number) matches what was typed; the first is chosen. */
    public void searchPeople() {
        String query = personQuery.get();
        runner.run(() -> audit.people(query), found -> {
            people.setAll(found.stream().map(p -> new PersonChoice(p, m.format("audit.filter.personLabel",
                    p.fullName(), DateText.show(p.birthDate(), p.birthYearOnly()),
                    p.villageName() == null ? "" : p.villageName()))).toList());
            person.set(people.isEmpty() ? null : people.get(0));
            if (people.isEmpty()) {
                tell(m.format("audit.page.noPerson", query), true);
            } else {
                show();
            }
        }, this::fail);
    }

    /** Shows every record again, not one person's. */
    public void clearPerson() {
        personQuery.set("");
        people.clear();
        person.set(null);
        show();
    }

    /** The lines of the filter, newest first, in words. */
    public void show() {
        AuditFilter filter;
        try {
            filter = filter();
        } catch (UserError e) {
            tell(e.describe(m), true);
            return;
        }
        busy.set(true);
        runner.run(() -> {
            List<AuditLine> found = audit.lines(filter);
            boolean more = found.size() > AuditService.LIMIT;
            return new Shown(audit.read(more ? found.subList(0, AuditService.LIMIT) : found, m), more);
        }, shown -> {
            busy.set(false);
            lines.setAll(shown.lines());
            tell(shown.more() ? m.format("audit.page.more", AuditService.LIMIT)
                    : m.format("audit.page.count", shown.lines().size()), false);
        }, e -> {
            busy.set(false);
            fail(e);
        });
    }

    private record Shown(List<ReadableLine> lines, boolean more) {
    }

    private AuditFilter filter() {
        if (from.get() != null && to.get() != null && to.get().isBefore(from.get())) {
            throw new UserError("audit.error.toBeforeFrom");
        }
        return new AuditFilter(person.get() == null ? null : person.get().person().id(),
                user.get() == null ? null : user.get().value(), from.get(), to.get(),
                table.get() == null ? null : table.get().value());
    }

    /** Checks the hash chain: whole, or from which line it was changed. */
    public void check() {
        busy.set(true);
        runner.run(audit::check, (AuditCheck c) -> {
            busy.set(false);
            verdict.set(words.verdict(c));
            broken.set(!c.whole());
        }, e -> {
            busy.set(false);
            fail(e);
        });
    }

    /** Prints the lines shown, with the filter under the title, to a PDF file. */
    public void print(Path out) {
        List<ReadableLine> shown = List.copyOf(lines);
        List<String> details = filterInWords();
        busy.set(true);
        runner.run(() -> {
            new AuditPdf(m).write(out, place, details, LocalDate.now(clock), shown);
            return out;
        }, done -> {
            busy.set(false);
            tell(m.format("audit.page.printed", done.toString()), false);
        }, e -> {
            busy.set(false);
            fail(e);
        });
    }

    /** The filter as lines under the printed title. */
    List<String> filterInWords() {
        List<String> out = new ArrayList<>();
        out.add(m.format("audit.print.person", person.get() == null ? m.get("audit.filter.everyone")
                : person.get().label()));
        out.add(m.format("audit.print.user", user.get() == null ? m.get("audit.filter.anyone") : user.get().label()));
        out.add(m.format("audit.print.days", from.get() == null ? "…" : DateText.show(from.get(), false),
                to.get() == null ? "…" : DateText.show(to.get(), false)));
        out.add(m.format("audit.print.kind", table.get() == null ? m.get("audit.filter.anyKind") : table.get().label()));
        return out;
    }

    private void tell(String sentence, boolean failure) {
        message.set(sentence);
        failed.set(failure);
    }

    private void fail(Throwable e) {
        org.slf4j.LoggerFactory.getLogger(AuditViewModel.class).warn("audit page", e);
        tell(m.describe(e), true);
    }
}
