package vn.tramyte.demo;

/**
 * How far the demo has come, reported while it is built (the window shows it; no JavaFX here).
 * Called on the thread that builds the demo.
 */
@FunctionalInterface
public interface DemoProgress {
    /** The steps of building the demo, in order. */
    enum Step {
        /** Making each station's households and history in memory. */
        MAKING,
        /** Saving each station's records. */
        SAVING,
        /** Logging the data packages the centre has received. */
        PACKAGES,
        /** Writing the enrolment files of the stations a trainer can set up. */
        ENROLMENT
    }

    /**
     * @param item     the item of this step now under way (station 3 of 12), from 1 to {@code total}
     * @param fraction the share of the whole demo already done, from 0 to 1
     */
    void update(Step step, int item, int total, double fraction);

    DemoProgress NONE = (step, item, total, fraction) -> { };
}
