package vn.tramyte.db;

import vn.tramyte.common.UserError;

/**
 * The database server could not be used: not reached, the login refused, no such database (issue 16).
 * Its own kind, so the command line ends with its own exit code (2) and a script can tell it from a mistake.
 */
public final class ServerUnavailable extends UserError {
    public ServerUnavailable(String key, Object... args) {
        super(key, args);
    }
}
