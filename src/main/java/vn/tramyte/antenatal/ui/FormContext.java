package vn.tramyte.antenatal.ui;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import vn.tramyte.antenatal.AntenatalService;
import vn.tramyte.common.Messages;
import vn.tramyte.common.Problem;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.person.PersonRow;

/**
 * What the pregnancy, visit and delivery forms share (issue 17): the service, the background
 * runner, the words, who saves, the page's feedback and the reader of typed numbers.
 */
final class FormContext {
    final AntenatalService antenatal;
    final Messages m;
    final String user;
    final Feedback feedback;
    final FormNumbers numbers;
    private final TaskRunner runner;

    FormContext(AntenatalService antenatal, TaskRunner runner, Messages messages, String user, Feedback feedback) {
        this.antenatal = antenatal;
        this.runner = runner;
        this.m = messages;
        this.user = user;
        this.feedback = feedback;
        this.numbers = new FormNumbers(messages);
    }

    /** The woman chosen for the form, after clearing what was said before; null once it said to choose one. */
    PersonRow chosenWoman(WomanChoice choice) {
        feedback.clear();
        PersonRow w = choice.womanProperty().get();
        if (w == null) {
            feedback.refuse(m.get("antenatal.form.chooseWoman"));
        }
        return w;
    }

    /** Whether the typed values were refused: each problem is named, and nothing is saved. */
    boolean refused(List<Problem> problems) {
        if (problems.isEmpty()) {
            return false;
        }
        feedback.refuse(problems);
        return true;
    }

    /** Saves in the background; a failure is said on the page. */
    <T> void save(Callable<T> work, Consumer<T> done) {
        runner.run(work, done, feedback::fail);
    }
}
