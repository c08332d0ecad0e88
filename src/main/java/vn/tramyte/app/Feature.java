package vn.tramyte.app;

/** The sections of the main window, in the order of the navigation. */
enum Feature {
    PEOPLE("nav.people", true),
    VACCINATION("nav.vaccination", true),
    ANTENATAL("nav.antenatal", true),
    NUTRITION("nav.nutrition", true),
    DEATHS("nav.deaths", true),
    SYNC("nav.sync", true),
    REPORTS("nav.reports", true);

    private final String messageKey;
    private final boolean available;

    Feature(String messageKey, boolean available) {
        this.messageKey = messageKey;
        this.available = available;
    }

    String messageKey() {
        return messageKey;
    }

    /** False while the feature's issue is still open: its page says so. */
    boolean available() {
        return available;
    }
}
