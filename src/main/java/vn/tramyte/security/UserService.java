package vn.tramyte.security;

import java.util.List;
import vn.tramyte.common.Ids;
import vn.tramyte.common.SearchText;
import vn.tramyte.common.UserError;
import vn.tramyte.db.Database;
import vn.tramyte.db.Tx;

/** The users of this installation. Until sign-in arrives, the first user is the one who works. */
public final class UserService {
    /** Written in the audit log for changes made from the command line without a user. */
    public static final String SYSTEM_USER = "tramyte";

    private final Database db;
    private final UserRepository repository;
    private final Ids ids;

    public UserService(Database db, UserRepository repository, Ids ids) {
        this.db = db;
        this.repository = repository;
        this.ids = ids;
    }

    public User addFirstUser(Tx tx, String fullName) {
        String name = SearchText.clean(fullName);
        if (name.length() < 2) {
            throw new UserError("setup.error.userRequired");
        }
        User user = new User(ids.next(), name, User.Role.ADMIN);
        repository.insert(tx, user, tx.now());
        return user;
    }

    public List<User> users() {
        return db.read(tx -> repository.all(tx));
    }

    /** The name the audit log records for this session's changes. */
    public String currentUserName() {
        return users().stream().findFirst().map(User::fullName).orElse(SYSTEM_USER);
    }
}
