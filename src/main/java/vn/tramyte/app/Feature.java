package vn.tramyte.app;

/** The sections of the main window, in the order of the navigation. */
enum Feature {
    PEOPLE("nav.people"),
    VACCINATION("nav.vaccination"),
    ANTENATAL("nav.antenatal"),
    NUTRITION("nav.nutrition"),
    DEATHS("nav.deaths"),
    SYNC("nav.sync"),
    REPORTS("nav.reports"),
    USERS("nav.users"),
    BACKUPS("nav.backups"),
    AUDIT("nav.audit");

    private final String messageKey;

    Feature(String messageKey) {
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }

}
