package vn.tramyte.db;

import org.h2.jdbcx.JdbcConnectionPool;

/** jOOQ's connections come from the pool in use now, which a compaction replaces. */
final class CurrentPool implements javax.sql.DataSource {
    private final java.util.function.Supplier<JdbcConnectionPool> pool;

    CurrentPool(java.util.function.Supplier<JdbcConnectionPool> pool) {
        this.pool = pool;
    }

    @Override
    public java.sql.Connection getConnection() throws java.sql.SQLException {
        return pool.get().getConnection();
    }

    @Override
    public java.sql.Connection getConnection(String user, String password) throws java.sql.SQLException {
        return pool.get().getConnection(user, password);
    }

    @Override
    public java.io.PrintWriter getLogWriter() {
        return pool.get().getLogWriter();
    }

    @Override
    public void setLogWriter(java.io.PrintWriter out) {
        pool.get().setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) {
        pool.get().setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return pool.get().getLoginTimeout();
    }

    @Override
    public java.util.logging.Logger getParentLogger() {
        return java.util.logging.Logger.getLogger(java.util.logging.Logger.GLOBAL_LOGGER_NAME);
    }

    @Override
    public <U> U unwrap(Class<U> iface) throws java.sql.SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new java.sql.SQLException("not a wrapper of " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
