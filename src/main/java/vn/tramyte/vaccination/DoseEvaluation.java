package vn.tramyte.vaccination;

import java.util.List;
import vn.tramyte.common.Problem;
import vn.tramyte.common.UserError;

/**
 * The answer to "may these doses be recorded?": either refusals (then nothing is recorded, as a
 * batch given the same day is one act) or every dose with its verdict, in the order given.
 */
public record DoseEvaluation(List<Refusal> refusals, List<RecordedDose> accepted) {
    /** One dose that cannot be recorded: its position in the input, the dose, and why. */
    public record Refusal(int index, GivenDose dose, Problem problem) {
    }

    public DoseEvaluation {
        refusals = List.copyOf(refusals);
        accepted = List.copyOf(accepted);
        if (!refusals.isEmpty() && !accepted.isEmpty()) {
            throw new IllegalArgumentException("a refused batch records nothing");
        }
    }

    public boolean isAccepted() {
        return refusals.isEmpty();
    }

    /** The refusals as sentences, in the order of the input. */
    public List<Problem> problems() {
        return refusals.stream().map(Refusal::problem).toList();
    }

    /** The accepted doses that do not count for their series, each with the reason, to show. */
    public List<Problem> warnings() {
        return accepted.stream().filter(r -> !r.isValid()).map(r -> r.verdict().describe(r.vaccineCode())).toList();
    }

    /** The doses to store, with their verdicts. @throws UserError with the refusals */
    public List<RecordedDose> acceptedOrThrow() {
        if (!isAccepted()) {
            throw new UserError(problems());
        }
        return accepted;
    }
}
