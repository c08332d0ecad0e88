package vn.tramyte.security;

/** A user to add, as typed: full name, login name, role and the first password. */
public record NewUser(String fullName, String loginName, Role role, char[] password) {

    /** The name the audit gives the transaction that creates this user (before anyone is logged in). */
    public String auditName() {
        String name = vn.tramyte.common.SearchText.clean(fullName);
        return name + " (" + UserService.normaliseLogin(loginName) + ")";
    }

    /** The same person with another role. */
    public NewUser as(Role other) {
        return new NewUser(fullName, loginName, other, password);
    }
}
