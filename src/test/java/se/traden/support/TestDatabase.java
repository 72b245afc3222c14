package se.traden.support;

import com.zaxxer.hikari.HikariDataSource;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.traden.platform.embeddedpostgres.EmbeddedPostgresServer;

/**
 * The real PostgreSQL the tests run against: the machine's server at 127.0.0.1:5432 when one answers,
 * else an embedded one. Each test JVM starts from an empty database.
 */
public final class TestDatabase {
    /** One database per test JVM, so that parallel runs on one machine never meet. */
    static final String NAME = "traden_test_" + ProcessHandle.current().pid();

    /** The role the application connects as in tests, as in production: bound by row-level security. */
    public static final String APP_USER = EmbeddedPostgresServer.APP_USER;

    private static String url;
    private static JdbcClient owner;

    private TestDatabase() {}

    public static synchronized String url() {
        if (url == null) {
            url = create();
        }
        return url;
    }

    /** A small pool connected as the owner (the superuser), for tests that look at rows themselves. */
    public static synchronized JdbcClient owner() {
        if (owner == null) {
            HikariDataSource pool = new HikariDataSource();
            pool.setJdbcUrl(url());
            pool.setUsername(username);
            pool.setMaximumPoolSize(4);
            pool.setMinimumIdle(1);
            pool.setIdleTimeout(10_000);
            pool.setPoolName("test-owner");
            owner = JdbcClient.create(pool);
        }
        return owner;
    }

    /**
     * Changes rows the way only someone with the owner's powers could: in one transaction, with the
     * database's triggers switched off ({@code session_replication_role = replica}). For tests that prove
     * tampering is found.
     */
    public static int tamper(String sql, Object... params) {
        try (Connection connection = DriverManager.getConnection(url(), username, "")) {
            connection.setAutoCommit(false);
            connection.createStatement().execute("set local session_replication_role = replica");
            int changed;
            try (var statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    statement.setObject(i + 1, params[i]);
                }
                changed = statement.executeUpdate();
            }
            connection.commit();
            return changed;
        } catch (SQLException e) {
            throw new IllegalStateException("could not tamper: " + sql, e);
        }
    }

    public static String username() {
        url();
        return username;
    }

    private static String username = "postgres";

    private static String create() {
        String server = "jdbc:postgresql://127.0.0.1:5432/";
        if (!answers("127.0.0.1", 5432)) {
            server = startEmbedded();
        }
        try (Connection admin = DriverManager.getConnection(server + "postgres", username, "")) {
            dropLeftovers(admin);
            admin.createStatement().execute("drop database if exists " + NAME + " with (force)");
            admin.createStatement().execute("create database " + NAME + " encoding 'UTF8' template template0");
            EmbeddedPostgresServer.createApplicationRole(admin, APP_USER);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database", e);
        }
        dropAtExit(server);
        return server + NAME;
    }

    /** Databases of test JVMs that are gone (killed before they could clean up). */
    private static void dropLeftovers(Connection admin) throws SQLException {
        var names = new java.util.ArrayList<String>();
        try (var rs = admin.createStatement()
                .executeQuery("select datname from pg_database where datname like 'traden\\_test\\_%'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        for (String name : names) {
            String pid = name.substring("traden_test_".length());
            boolean alive = pid.chars().allMatch(Character::isDigit)
                    && ProcessHandle.of(Long.parseLong(pid)).isPresent();
            if (!alive) {
                admin.createStatement().execute("drop database if exists " + name + " with (force)");
            }
        }
    }

    private static void dropAtExit(String server) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection admin = DriverManager.getConnection(server + "postgres", username, "")) {
                admin.createStatement().execute("drop database if exists " + NAME + " with (force)");
            } catch (SQLException ignored) {
                // the next run drops it as a leftover
            }
        }));
    }

    /** No server on this machine: start the embedded one in target/, stopped when the JVM ends. */
    private static String startEmbedded() {
        var embedded = new EmbeddedPostgresServer(Path.of("target", "test-postgres"), 54339);
        embedded.start();
        Runtime.getRuntime().addShutdownHook(new Thread(embedded::stop));
        username = EmbeddedPostgresServer.USER;
        return "jdbc:postgresql://127.0.0.1:" + embedded.port() + "/";
    }

    static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
