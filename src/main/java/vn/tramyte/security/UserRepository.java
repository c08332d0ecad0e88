package vn.tramyte.security;

import static vn.tramyte.db.generated.Tables.APP_USER;

import java.time.OffsetDateTime;
import java.util.List;
import vn.tramyte.db.Tx;

/** The only class that reads and writes the app_user table. */
public final class UserRepository {

    public void insert(Tx t, User user, OffsetDateTime now) {
        t.dsl().insertInto(APP_USER)
                .set(APP_USER.ID, user.id())
                .set(APP_USER.FULL_NAME, user.fullName())
                .set(APP_USER.ROLE, user.role().name())
                .set(APP_USER.CREATED_AT, now)
                .execute();
    }

    public List<User> all(Tx t) {
        return t.dsl().selectFrom(APP_USER).orderBy(APP_USER.CREATED_AT, APP_USER.ID)
                .fetch(r -> new User(r.getId(), r.getFullName(), User.Role.valueOf(r.getRole())));
    }
}
