package se.traden.support;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The real PostgreSQL the tests run against: the machine's server at 127.0.0.1:5432 when one answers,
 * else an embedded one. Each test JVM starts from an empty database.
 */
public final class TestDatabase {
    static final String NAME = "traden_test";
    private static String url;

    private TestDatabase() {}

    public static synchronized String url() {
        if (url == null) {
            url = create();
        }
        return url;
    }

    public static String username() {
        return "postgres";
    }

    private static String create() {
        if (!answers("127.0.0.1", 5432)) {
            throw new IllegalStateException("no PostgreSQL at 127.0.0.1:5432");
        }
        try (Connection admin =
                DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", username(), "")) {
            admin.createStatement().execute("drop database if exists " + NAME + " with (force)");
            admin.createStatement().execute("create database " + NAME + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database", e);
        }
        return "jdbc:postgresql://127.0.0.1:5432/" + NAME;
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
