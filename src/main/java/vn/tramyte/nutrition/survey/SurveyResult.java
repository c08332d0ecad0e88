package vn.tramyte.nutrition.survey;

import java.util.List;

/**
 * What a survey calculation did.
 *
 * @param rows     data rows read (blank lines are not rows)
 * @param scored   rows with at least one z-score
 * @param badRows  rows with at least one problem; they have no z-scores
 * @param problems every problem, in file order (a bad row may have several)
 */
public record SurveyResult(int rows, int scored, int badRows, List<RowProblem> problems) {
    public SurveyResult {
        problems = List.copyOf(problems);
    }
}
