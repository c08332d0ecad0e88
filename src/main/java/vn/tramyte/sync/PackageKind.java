package vn.tramyte.sync;

/** The three packages of DESIGN.md §5. */
public enum PackageKind {
    ENROLMENT, DATA, FEEDBACK
}
