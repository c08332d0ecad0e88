package vn.tramyte.sync;

/** The three packages of DESIGN.md §5, and the centre's upward package to its province (decision 0016). */
public enum PackageKind {
    ENROLMENT, DATA, FEEDBACK, UPWARD
}
