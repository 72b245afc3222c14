package se.traden.platform.embeddedpostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    @TempDir
    Path folder;

    @Test
    void startsAnswersAndKeepsItsDataAcrossARestart() throws Exception {
        int port = freePort();
        try (EmbeddedPostgresServer server = new EmbeddedPostgresServer(folder, port)) {
            server.start();
            assertThat(queryOne(server, "select version()")).startsWith("PostgreSQL 18");
            update(server, "create table survivor (id int primary key)");
            update(server, "insert into survivor values (42)");
        }

        try (EmbeddedPostgresServer server = new EmbeddedPostgresServer(folder, port)) {
            server.start();
            assertThat(queryOne(server, "select id from survivor")).isEqualTo("42");
        }
        assertThat(folder.resolve("pgdata/postmaster.pid")).doesNotExist();
    }

    @Test
    void startsWhileTheServerOfAKilledJvmStillRuns() throws Exception {
        int port = freePort();
        // Started and never stopped: what a JVM killed with kill -9 leaves behind.
        new EmbeddedPostgresServer(folder, port).start();

        try (EmbeddedPostgresServer server = new EmbeddedPostgresServer(folder, port)) {
            server.start();
            assertThat(queryOne(server, "select current_database()")).isEqualTo("traden");
        }
        assertThat(folder.resolve("pgdata/postmaster.pid")).doesNotExist();
    }

    @Test
    void namesThePortAndThePropertyWhenThePortIsTaken() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(folder, taken.getLocalPort());

            assertThatThrownBy(server::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Port " + taken.getLocalPort())
                    .hasMessageContaining("traden.embedded-postgres.port");
            assertThat(server.isRunning()).isFalse();
        }
    }

    @Test
    void picksTheArchiveByPlatform() {
        assertThat(EmbeddedPostgresServer.archiveResourceName("Linux", "amd64")).isEqualTo("postgres-linux-x86_64.txz");
        assertThat(EmbeddedPostgresServer.archiveResourceName("Mac OS X", "aarch64"))
                .isEqualTo("postgres-darwin-arm_64.txz");
        assertThatThrownBy(() -> EmbeddedPostgresServer.archiveResourceName("Windows 11", "amd64"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("os.name=Windows 11")
                .hasMessageContaining("traden.embedded-postgres.enabled=false");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static String queryOne(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection connection = connect(server);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }

    private static void update(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection connection = connect(server);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServer.USER, null);
    }
}
