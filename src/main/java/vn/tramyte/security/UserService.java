package vn.tramyte.security;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tramyte.common.Ids;
import vn.tramyte.common.Messages;
import vn.tramyte.common.SearchText;
import vn.tramyte.common.UserError;
import vn.tramyte.db.AuditAction;
import vn.tramyte.db.Database;
import vn.tramyte.db.Tx;

/**
 * The users of this installation (issue 13): login with a growing wait after wrong passwords,
 * adding, disabling and resetting users by role, changing one's own password, and the recovery
 * code that resets an administrator's password. Every change is audited.
 */
public final class UserService {
    /** Written in the audit log for work done before anyone logs in (reference data at start). */
    public static final String SYSTEM_USER = "tramyte";
    static final String TABLE = "app_user";
    private static final Logger LOG = LoggerFactory.getLogger(UserService.class);

    private final Database db;
    private final UserRepository repository;
    private final Ids ids;
    private final Session session;
    /** The database key and its keyring: every password set wraps it, every user disabled loses it (0013). */
    private final DatabaseKeys keys;
    private final Passwords passwords = new Passwords();
    /** The recovery code made by the last setup, until the caller takes it to print or show (once). */
    private volatile String newRecoveryCode;

    public UserService(Database db, UserRepository repository, Ids ids, Session session, DatabaseKeys keys) {
        this.db = db;
        this.keys = keys;
        this.repository = repository;
        this.ids = ids;
        this.session = session;
    }

    public Session session() {
        return session;
    }

    /** True when nobody can log in: a new data folder, or one from a version without logins. */
    public boolean needsFirstAdministrator() {
        return db.read(tx -> repository.countUsersWhoCanLogIn(tx) == 0);
    }

    /**
     * Creates the first administrator inside the setting-up transaction (setup, demo, enrolment, or
     * the first start of an old data folder), with a new recovery code; once committed, they are logged
     * in. Refused when someone can already log in.
     */
    public User createFirstAdministrator(Tx tx, NewUser admin) {
        if (repository.countUsersWhoCanLogIn(tx) > 0) {
            throw new UserError("security.error.alreadySetUp");
        }
        User user = insert(tx, admin, Role.ADMINISTRATOR);
        tx.afterCommit(() -> keys.wrapFor(user.loginName(), admin.password()));
        newRecoveryCode(tx);
        tx.afterCommit(() -> {
            keys.claimed();
            session.signIn(user);
        });
        return user;
    }

    /** The same in its own transaction: the first start of a data folder from a version without logins. */
    public User createFirstAdministrator(NewUser admin) {
        return db.write(SYSTEM_USER, tx -> createFirstAdministrator(tx, admin));
    }

    /** More users made with the first administrator in the same setting-up transaction (the demo's). */
    public void addWhileSettingUp(Tx tx, User firstAdministrator, NewUser user) {
        if (firstAdministrator.role() != Role.ADMINISTRATOR || repository.countUsersWhoCanLogInBefore(tx, tx.now()) > 0) {
            throw new UserError("security.error.alreadySetUp");
        }
        User made = insert(tx, user, user.role());
        tx.afterCommit(() -> keys.wrapFor(made.loginName(), user.password()));
    }

    /** The recovery code made by the last setup, once: the caller prints or shows it, then it is gone. */
    public String takeRecoveryCode() {
        String code = newRecoveryCode;
        newRecoveryCode = null;
        return code;
    }

    /**
     * Logs in. A wrong login name or password gets the same answer; after {@value LoginDelay#FREE_TRIES}
     * wrong passwords the next try must wait (30 s, doubling), counted on the injected clock.
     */
    public User login(String loginName, char[] password) {
        String login = normaliseLogin(loginName);
        UserRepository.Stored stored = db.read(tx -> repository.byLogin(tx, login)).orElse(null);
        if (stored == null || stored.password() == null) {
            passwords.hash(password); // the same time as a known name: the answer does not tell which names exist
            auditFailedLogin(stored == null ? null : stored.user(), login, 0);
            throw new UserError("security.error.wrongPassword");
        }
        OffsetDateTime now = OffsetDateTime.now(db.clock());
        Duration wait = LoginDelay.after(stored.failedLogins());
        if (!wait.isZero() && stored.lastFailedAt() != null) {
            Duration left = Duration.between(now, stored.lastFailedAt().plus(wait));
            if (!left.isNegative() && !left.isZero()) {
                long seconds = (left.toMillis() + 999) / 1000;
                throw new UserError("security.error.wait", stored.failedLogins(), (seconds + 59) / 60, seconds);
            }
        }
        if (!passwords.matches(password, stored.password())) {
            int failures = stored.failedLogins() + 1;
            db.writeVoid(SYSTEM_USER, tx -> {
                repository.setFailures(tx, stored.user().id(), failures, now);
                failedLogin(tx, stored.user(), login, failures);
            });
            LOG.info("wrong password for {} ({} in a row)", login, failures);
            throw new UserError("security.error.wrongPassword");
        }
        if (!stored.user().active()) {
            throw new UserError("security.error.disabled", stored.user().fullName());
        }
        if (stored.failedLogins() > 0) {
            db.writeVoid(SYSTEM_USER, tx -> repository.setFailures(tx, stored.user().id(), 0, null));
        }
        claimKey(stored.user(), password);
        session.signIn(stored.user());
        LOG.info("{} logged in", login);
        return stored.user();
    }

    /**
     * The wrong passwords typed before the encrypted folder could open ({@link FailedUnlocks}), into the
     * audit now, one line per login name with how many in a row; then the file is emptied.
     */
    public void auditFailedUnlocks(java.nio.file.Path dataDir) {
        FailedUnlocks failed = FailedUnlocks.load(dataDir);
        Map<String, Integer> pending = failed.pending();
        if (pending.isEmpty()) {
            return;
        }
        db.writeVoid(SYSTEM_USER, tx -> pending.forEach((login, count) -> failedLogin(tx,
                repository.byLogin(tx, login).map(UserRepository.Stored::user).orElse(null), login, count)));
        failed.clear();
    }

    /** A failed login in the audit log, in its own transaction (a name that is no user, or no password yet). */
    private void auditFailedLogin(User user, String login, int failures) {
        db.writeVoid(SYSTEM_USER, tx -> failedLogin(tx, user, login, failures));
    }

    /**
     * Who tried and when: the user of the typed login name (its line is theirs); for a name that is
     * no user only its first two letters, since a password typed into the name's box by mistake must
     * not be kept (a login name is never a secret, a password always is).
     */
    private static void failedLogin(Tx tx, User user, String login, int failures) {
        String shown = login.length() <= 2 ? login : login.substring(0, 2) + "…";
        String who = user != null ? user.auditName() : shown;
        UUID row = user != null ? user.id()
                : UUID.nameUUIDFromBytes(("login:" + login).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String what = user != null ? "failed_logins: " + failures : "login_name: " + shown;
        // no record changed: no change number is taken (0), so the sync's sequence of changes has no gap
        tx.auditAs(who, TABLE, row, AuditAction.LOGIN_FAILED, 0, what);
    }

    /**
     * A user logging in whose password does not wrap the key yet (an upgraded folder: their password could
     * not be known before) gets their wrap now; the first administrator to log in to a folder whose key is
     * still kept unwrapped claims it: a new recovery code wraps the key (shown once, as at setup) and the
     * unwrapped key is removed (decision 0013).
     */
    private void claimKey(User user, char[] password) {
        if (!keys.hasUser(user.loginName())) {
            keys.wrapFor(user.loginName(), password);
        }
        if (user.role() == Role.ADMINISTRATOR && keys.unclaimed()) {
            db.writeVoid(SYSTEM_USER, this::newRecoveryCode);
            keys.claimed();
        }
    }

    public void logout() {
        session.signOut();
    }

    /** Adds a user: an administrator any role, a station head the station's staff and heads. */
    public User add(NewUser user) {
        User by = session.require(Permission.MANAGE_USERS);
        if (user.role() == null || !by.role().manages().contains(user.role())) {
            throw new UserError("security.error.roleNotYours", new Messages.Label(by.role().labelKey()),
                    new Messages.Label(user.role() == null ? "security.role.none" : user.role().labelKey()));
        }
        User made = db.write(by.auditName(), tx -> insert(tx, user, user.role()));
        keys.wrapFor(made.loginName(), user.password());
        return made;
    }

    /** Every user, for the users page and {@code tramyte user list}. */
    public List<User> users() {
        session.require(Permission.MANAGE_USERS);
        return db.read(repository::all);
    }

    /** Disables a user: they can no longer log in; their name stays in the audit log. */
    public void disable(String loginName) {
        User by = session.require(Permission.MANAGE_USERS);
        String login = normaliseLogin(loginName);
        db.writeVoid(by.auditName(), tx -> {
            User target = managed(tx, by, login);
            if (target.id().equals(by.id())) {
                throw new UserError("security.error.disableSelf");
            }
            if (target.role() == Role.ADMINISTRATOR && target.active() && repository.countActiveAdministrators(tx) <= 1) {
                throw new UserError("security.error.lastAdministrator");
            }
            repository.setActive(tx, target.id(), false);
            tx.audit(TABLE, target.id(), AuditAction.UPDATE, tx.nextChangeSeq(), "active: true → false");
        });
        keys.remove(login);
    }

    /** Sets another user's password (they forgot it); a station head may not reset an administrator's. */
    public void resetPassword(String loginName, char[] newPassword) {
        User by = session.require(Permission.MANAGE_USERS);
        String login = normaliseLogin(loginName);
        checkPassword(newPassword, login);
        PasswordHash hash = passwords.hash(newPassword);
        db.writeVoid(by.auditName(), tx -> {
            User target = managed(tx, by, login);
            repository.setPassword(tx, target.id(), hash, tx.now());
            tx.audit(TABLE, target.id(), AuditAction.UPDATE, tx.nextChangeSeq(), "password: reset by " + by.auditName());
        });
        keys.wrapFor(login, newPassword);
    }

    /** The logged-in user changes their own password, giving the current one first. */
    public void changeOwnPassword(char[] current, char[] newPassword) {
        User me = session.user().orElseThrow(() -> new UserError("security.error.notLoggedIn"));
        UserRepository.Stored stored = db.read(tx -> repository.byLogin(tx, me.loginName()))
                .orElseThrow(() -> new UserError("security.error.notLoggedIn"));
        if (!passwords.matches(current, stored.password())) {
            throw new UserError("security.error.currentPasswordWrong");
        }
        checkPassword(newPassword, me.loginName());
        PasswordHash hash = passwords.hash(newPassword);
        db.writeVoid(me.auditName(), tx -> {
            repository.setPassword(tx, me.id(), hash, tx.now());
            tx.audit(TABLE, me.id(), AuditAction.UPDATE, tx.nextChangeSeq(), "password: changed by the user");
        });
        keys.wrapFor(me.loginName(), newPassword);
    }

    /**
     * The last administrator forgot the password: the recovery code printed at setup sets a new one
     * for an administrator (made active again), and the audit log says the code was used.
     */
    public User resetWithRecoveryCode(String recoveryCode, String loginName, char[] newPassword) {
        String login = normaliseLogin(loginName);
        PasswordHash code = db.read(repository::recoveryCode).orElseThrow(() -> new UserError("security.error.noRecoveryCode"));
        if (!passwords.matches(RecoveryCodes.normalise(recoveryCode).toCharArray(), code)) {
            LOG.warn("a wrong recovery code was typed");
            throw new UserError("security.error.wrongRecoveryCode");
        }
        checkPassword(newPassword, login);
        PasswordHash hash = passwords.hash(newPassword);
        User reset = db.write(SYSTEM_USER, tx -> {
            User target = repository.byLogin(tx, login).map(UserRepository.Stored::user)
                    .filter(u -> u.role() == Role.ADMINISTRATOR)
                    .orElseThrow(() -> new UserError("security.error.notAnAdministrator", login));
            repository.setPassword(tx, target.id(), hash, tx.now());
            repository.setActive(tx, target.id(), true);
            tx.audit(TABLE, target.id(), AuditAction.UPDATE, tx.nextChangeSeq(),
                    "password: reset with the recovery code; active: true");
            return target;
        });
        keys.wrapFor(reset.loginName(), newPassword);
        return reset;
    }

    /** The name the audit log records for this session's changes. */
    public String currentUserName() {
        String name = session.auditName();
        return name == null ? SYSTEM_USER : name;
    }

    private User managed(Tx tx, User by, String login) {
        User target = repository.byLogin(tx, login).map(UserRepository.Stored::user)
                .orElseThrow(() -> new UserError("security.error.noSuchUser", login));
        if (!by.role().manages().contains(target.role())) {
            throw new UserError("security.error.roleNotYours", new Messages.Label(by.role().labelKey()),
                    new Messages.Label(target.role().labelKey()));
        }
        return target;
    }

    private User insert(Tx tx, NewUser user, Role role) {
        String fullName = SearchText.clean(user.fullName());
        if (fullName.length() < 2) {
            throw new UserError("setup.error.userRequired");
        }
        String login = normaliseLogin(user.loginName());
        if (!login.matches("[a-z0-9._-]{2,32}")) {
            throw new UserError("security.error.loginName", String.valueOf(user.loginName()));
        }
        if (repository.byLogin(tx, login).isPresent()) {
            throw new UserError("security.error.loginTaken", login);
        }
        checkPassword(user.password(), login);
        User made = new User(ids.next(), login, fullName, role, true);
        repository.insert(tx, made, passwords.hash(user.password()), tx.now());
        tx.audit(TABLE, made.id(), AuditAction.INSERT, tx.nextChangeSeq(),
                "full_name: " + fullName + "; login_name: " + login + "; role: " + role.name());
        return made;
    }

    private void newRecoveryCode(Tx tx) {
        String code = RecoveryCodes.make(passwords);
        repository.setRecoveryCode(tx, passwords.hash(code.toCharArray()), tx.now());
        tx.afterCommit(() -> {
            keys.recoveryCode(code);
            newRecoveryCode = code;
        });
    }

    static void checkPassword(char[] password, String login) {
        if (password == null || password.length < Passwords.MIN_LENGTH) {
            throw new UserError("security.error.passwordShort", Passwords.MIN_LENGTH);
        }
        if (new String(password).trim().equalsIgnoreCase(login)) {
            throw new UserError("security.error.passwordIsLogin");
        }
    }

    /** Login names are kept lower case without surrounding spaces: "Huong " is "huong". */
    public static String normaliseLogin(String loginName) {
        return loginName == null ? "" : loginName.trim().toLowerCase(Locale.ROOT);
    }

    /** Forgets a typed password once it is no longer needed. */
    public static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
