package vn.tramyte.nutrition.survey;

/**
 * Something wrong in one row of a survey file. The row is still written to the output, with
 * empty z-scores and {@link #message()} in its {@code error} column.
 *
 * @param line    the line of the file where the row starts (the header is line 1)
 * @param column  the column concerned, as named in the header; empty for the row as a whole
 * @param value   the value found, as written in the file
 * @param reason  what is wrong, with a message key for the user's language
 * @param message the same in English, e.g. {@code weight_kg 'abc' is not a number}
 */
public record RowProblem(long line, String column, String value, Reason reason, String message) {
    /** What can be wrong with a value. */
    public enum Reason {
        MISSING("survey.problem.missing", "is missing"),
        NOT_A_NUMBER("survey.problem.notANumber", "is not a number"),
        NOT_A_DATE("survey.problem.notADate", "is not a date (yyyy-mm-dd or dd/mm/yyyy)"),
        UNKNOWN_SEX("survey.problem.unknownSex", "is not a sex (1/2 or M/F)"),
        UNKNOWN_MEASURE("survey.problem.unknownMeasure", "is not a position (L or H)"),
        UNKNOWN_OEDEMA("survey.problem.unknownOedema", "is not y or n"),
        NEGATIVE_AGE("survey.problem.negativeAge", "is negative"),
        VISIT_BEFORE_BIRTH("survey.problem.visitBeforeBirth", "is before birth_date"),
        FIELD_COUNT("survey.problem.fieldCount", "has not as many values as the header has columns");

        private final String messageKey;
        private final String english;

        Reason(String messageKey, String english) {
            this.messageKey = messageKey;
            this.english = english;
        }

        /**
         * Key of the sentence in the message bundles; arguments {0} = column, {1} = value (for
         * {@link #FIELD_COUNT}: the number of values found).
         */
        public String messageKey() {
            return messageKey;
        }
    }

    static RowProblem of(long line, String column, String value, Reason reason) {
        String message = value.isEmpty()
                ? column + " " + reason.english
                : column + " '" + value + "' " + reason.english;
        return new RowProblem(line, column, value, reason, message);
    }

    /** A row with more or fewer values than the header has columns: the values may have shifted. */
    static RowProblem fieldCount(long line, int found, int expected) {
        String message = "the row has " + found + " values, but the header has " + expected + " columns";
        return new RowProblem(line, "", String.valueOf(found), Reason.FIELD_COUNT, message);
    }

    /** One line for a report: {@code line 7: weight_kg 'abc' is not a number}. */
    public String describe() {
        return "line " + line + ": " + message;
    }
}
