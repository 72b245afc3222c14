package se.traden.platform.rowsecurity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.traden.shared.MunicipalityScope;

/**
 * Hands out connections that show one municipality: before a connection leaves, its session setting
 * {@code traden.municipality} is set to {@link MunicipalityScope#current()}, which PostgreSQL's row-level
 * security policies read. The setting stays on the pooled connection, so it is written only when it
 * changes: a pool that serves one municipality pays for it once per connection, not once per statement.
 *
 * <p>It is set while the connection is still in auto-commit (Spring starts its transaction after taking
 * the connection), so a transaction that later rolls back cannot undo it behind the cache's back; a
 * connection handed out in a transaction already is set every time.
 */
final class MunicipalityScopedDataSource extends DelegatingDataSource {
    private static final String SET = "select set_config('traden.municipality', ?, false)";

    /** The setting each physical connection carries now (weak: a connection the pool retires is forgotten). */
    private static final Map<Object, String> carried = Collections.synchronizedMap(new WeakHashMap<>());

    MunicipalityScopedDataSource(DataSource target) {
        super(target);
        MunicipalityScope.install(MunicipalityScopedDataSource::rescopeRunningTransaction);
    }

    /**
     * A scope chosen inside a transaction: set on the connections the transaction holds. The cache forgets
     * them, since a rollback would undo the setting.
     */
    static void rescopeRunningTransaction(String scope) {
        for (Object resource :
                TransactionSynchronizationManager.getResourceMap().values()) {
            if (resource instanceof ConnectionHolder holder && holder.getConnectionHandle() != null) {
                Connection connection = holder.getConnection();
                try (PreparedStatement set = connection.prepareStatement(SET)) {
                    set.setString(1, scope);
                    set.execute();
                    carried.remove(physical(connection));
                } catch (SQLException e) {
                    throw new IllegalStateException("could not set the municipality scope", e);
                }
            }
        }
    }

    // The scope is found before the connection is taken: finding it may load the acting person's security
    // context from the session, which Spring Session reads with a connection of its own. Taken the other way
    // round, every request held one connection while it waited for a second, and as many requests as the
    // pool has connections held the whole pool, waiting for each other (found by bench/nodes.sh: pool 5,
    // 8 concurrent requests, every request timed out after 30 s).

    @Override
    public Connection getConnection() throws SQLException {
        String scope = MunicipalityScope.current();
        return scoped(super.getConnection(), scope);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        String scope = MunicipalityScope.current();
        return scoped(super.getConnection(username, password), scope);
    }

    private Connection scoped(Connection connection, String scope) throws SQLException {
        Object physical = physical(connection);
        boolean cacheable = connection.getAutoCommit();
        if (cacheable && scope.equals(carried.get(physical))) {
            return connection;
        }
        try (PreparedStatement set = connection.prepareStatement(SET)) {
            set.setString(1, scope);
            set.execute();
        } catch (SQLException | RuntimeException e) {
            carried.remove(physical);
            connection.close();
            throw e;
        }
        if (cacheable) {
            carried.put(physical, scope);
        } else {
            carried.remove(physical);
        }
        return connection;
    }

    private static Object physical(Connection connection) throws SQLException {
        return connection.isWrapperFor(Connection.class) ? connection.unwrap(Connection.class) : connection;
    }
}
