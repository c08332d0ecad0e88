package vn.tramyte.antenatal;

/**
 * The three periods of a pregnancy as the register A3 counts them (DOMAIN.md §4):
 * weeks 1–13, 14–27 and 28 on, in completed weeks since the last menstrual period.
 */
public enum Trimester {
    FIRST(1, 0, "antenatal.trimester.first"),
    SECOND(2, 14, "antenatal.trimester.second"),
    THIRD(3, 28, "antenatal.trimester.third");

    private final int number;
    private final int firstWeek;
    private final String messageKey;

    Trimester(int number, int firstWeek, String messageKey) {
        this.number = number;
        this.firstWeek = firstWeek;
        this.messageKey = messageKey;
    }

    public int number() {
        return number;
    }

    /**
     * The first completed week that belongs to this trimester. The first trimester starts at
     * week 0 (days 0–6 after the LMP), which DOMAIN.md leaves out of "weeks 1–13" but which can
     * only belong here.
     */
    public int firstWeek() {
        return firstWeek;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The trimester of a gestational age given in completed weeks (0 and more). */
    public static Trimester ofCompletedWeeks(int completedWeeks) {
        if (completedWeeks < 0) {
            throw new IllegalArgumentException("negative gestational week: " + completedWeeks);
        }
        if (completedWeeks >= THIRD.firstWeek) {
            return THIRD;
        }
        return completedWeeks >= SECOND.firstWeek ? SECOND : FIRST;
    }
}
