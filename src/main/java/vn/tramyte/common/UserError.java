package vn.tramyte.common;

import java.util.List;

/**
 * A mistake the user can fix: carries message keys, never a stack trace for the screen.
 * Each problem names the field, what is wrong and what to do, in the bundles.
 */
public class UserError extends RuntimeException {
    private final List<Problem> problems;

    public UserError(String key, Object... args) {
        this(List.of(new Problem(null, key, args)));
    }

    public UserError(List<Problem> problems) {
        super(problems.isEmpty() ? "user error" : problems.get(0).key());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a user error needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Translates every problem into one sentence each. */
    public String describe(Messages messages) {
        StringBuilder sb = new StringBuilder();
        for (Problem p : problems) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(messages.format(p.key(), p.args()));
        }
        return sb.toString();
    }
}
