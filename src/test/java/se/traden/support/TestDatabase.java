package se.traden.support;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import se.traden.platform.embeddedpostgres.EmbeddedPostgresServer;

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
            admin.createStatement().execute("drop database if exists " + NAME + " with (force)");
            admin.createStatement().execute("create database " + NAME + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database", e);
        }
        return server + NAME;
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
