package vn.tramyte.nutrition.survey;

import java.io.IOException;

/** The survey file as a whole cannot be read: empty, not UTF-8, or without a needed column. Nothing was written. */
public class SurveyFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public SurveyFormatException(String message) {
        super(message);
    }
}
