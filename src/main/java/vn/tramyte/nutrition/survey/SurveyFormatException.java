package vn.tramyte.nutrition.survey;

import java.io.IOException;
import java.util.Arrays;

/**
 * The survey file as a whole cannot be read: empty, not UTF-8, or without a needed column. Nothing
 * was written. Carries the sentence's key and its arguments (issue 17: the user reads words in
 * their language, never the exception's message, which names the key for the log).
 */
public class SurveyFormatException extends IOException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    public SurveyFormatException(String key, Object... args) {
        super(key + " " + Arrays.toString(args));
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
