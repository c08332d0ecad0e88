package vn.tramyte.security;

import static vn.tramyte.db.generated.Tables.APP_USER;
import static vn.tramyte.db.generated.Tables.RECOVERY_CODE;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Record;
import vn.tramyte.db.Tx;

/** The only class that reads and writes the app_user and recovery_code tables. */
public final class UserRepository {

    /** A user with what login needs: the stored hash and the wrong passwords counted so far. */
    public record Stored(User user, PasswordHash password, int failedLogins, OffsetDateTime lastFailedAt) {
    }

    public void insert(Tx t, User user, PasswordHash password, OffsetDateTime now) {
        t.dsl().insertInto(APP_USER)
                .set(APP_USER.ID, user.id())
                .set(APP_USER.FULL_NAME, user.fullName())
                .set(APP_USER.LOGIN_NAME, user.loginName())
                .set(APP_USER.ROLE, user.role().name())
                .set(APP_USER.ACTIVE, user.active())
                .set(APP_USER.PASSWORD_HASH, password.hash())
                .set(APP_USER.PASSWORD_SALT, password.salt())
                .set(APP_USER.KDF_MEMORY_KIB, password.memoryKib())
                .set(APP_USER.KDF_ITERATIONS, password.iterations())
                .set(APP_USER.KDF_PARALLELISM, password.parallelism())
                .set(APP_USER.PASSWORD_CHANGED_AT, now)
                .set(APP_USER.CREATED_AT, now)
                .execute();
    }

    public List<User> all(Tx t) {
        return t.dsl().selectFrom(APP_USER).orderBy(APP_USER.CREATED_AT, APP_USER.ID).fetch(UserRepository::user);
    }

    public Optional<Stored> byLogin(Tx t, String loginName) {
        return t.dsl().selectFrom(APP_USER).where(APP_USER.LOGIN_NAME.eq(loginName)).fetchOptional(UserRepository::stored);
    }

    public int countActiveAdministrators(Tx t) {
        return t.dsl().fetchCount(APP_USER, APP_USER.ACTIVE.isTrue().and(APP_USER.ROLE.eq(Role.ADMINISTRATOR.name()))
                .and(APP_USER.PASSWORD_HASH.isNotNull()));
    }

    public int countUsersWhoCanLogIn(Tx t) {
        return t.dsl().fetchCount(APP_USER, APP_USER.ACTIVE.isTrue().and(APP_USER.PASSWORD_HASH.isNotNull()));
    }

    /** Users who could log in before this moment (the users made by a setting-up transaction are not). */
    public int countUsersWhoCanLogInBefore(Tx t, OffsetDateTime moment) {
        return t.dsl().fetchCount(APP_USER, APP_USER.ACTIVE.isTrue().and(APP_USER.PASSWORD_HASH.isNotNull())
                .and(APP_USER.CREATED_AT.lt(moment)));
    }

    public void setPassword(Tx t, UUID id, PasswordHash password, OffsetDateTime now) {
        t.dsl().update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, password.hash())
                .set(APP_USER.PASSWORD_SALT, password.salt())
                .set(APP_USER.KDF_MEMORY_KIB, password.memoryKib())
                .set(APP_USER.KDF_ITERATIONS, password.iterations())
                .set(APP_USER.KDF_PARALLELISM, password.parallelism())
                .set(APP_USER.PASSWORD_CHANGED_AT, now)
                .set(APP_USER.FAILED_LOGINS, 0)
                .setNull(APP_USER.LAST_FAILED_AT)
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    public void setActive(Tx t, UUID id, boolean active) {
        t.dsl().update(APP_USER).set(APP_USER.ACTIVE, active).where(APP_USER.ID.eq(id)).execute();
    }

    public void setFailures(Tx t, UUID id, int count, OffsetDateTime at) {
        t.dsl().update(APP_USER).set(APP_USER.FAILED_LOGINS, count).set(APP_USER.LAST_FAILED_AT, at)
                .where(APP_USER.ID.eq(id)).execute();
    }

    public Optional<PasswordHash> recoveryCode(Tx t) {
        return t.dsl().selectFrom(RECOVERY_CODE).where(RECOVERY_CODE.ID.eq(1)).fetchOptional(r -> new PasswordHash(
                r.getCodeHash(), r.getCodeSalt(), r.getKdfMemoryKib(), r.getKdfIterations(), r.getKdfParallelism()));
    }

    public void setRecoveryCode(Tx t, PasswordHash code, OffsetDateTime now) {
        t.dsl().deleteFrom(RECOVERY_CODE).execute();
        t.dsl().insertInto(RECOVERY_CODE)
                .set(RECOVERY_CODE.ID, 1)
                .set(RECOVERY_CODE.CODE_HASH, code.hash())
                .set(RECOVERY_CODE.CODE_SALT, code.salt())
                .set(RECOVERY_CODE.KDF_MEMORY_KIB, code.memoryKib())
                .set(RECOVERY_CODE.KDF_ITERATIONS, code.iterations())
                .set(RECOVERY_CODE.KDF_PARALLELISM, code.parallelism())
                .set(RECOVERY_CODE.CREATED_AT, now)
                .execute();
    }

    private static User user(Record r) {
        return new User(r.get(APP_USER.ID), r.get(APP_USER.LOGIN_NAME), r.get(APP_USER.FULL_NAME),
                Role.parse(r.get(APP_USER.ROLE)).orElse(Role.STATION_STAFF), Boolean.TRUE.equals(r.get(APP_USER.ACTIVE)));
    }

    private static Stored stored(Record r) {
        PasswordHash hash = r.get(APP_USER.PASSWORD_HASH) == null ? null : new PasswordHash(r.get(APP_USER.PASSWORD_HASH),
                r.get(APP_USER.PASSWORD_SALT), r.get(APP_USER.KDF_MEMORY_KIB), r.get(APP_USER.KDF_ITERATIONS),
                r.get(APP_USER.KDF_PARALLELISM));
        return new Stored(user(r), hash, r.get(APP_USER.FAILED_LOGINS), r.get(APP_USER.LAST_FAILED_AT));
    }
}
