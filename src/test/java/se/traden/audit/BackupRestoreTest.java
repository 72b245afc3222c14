package se.traden.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import se.traden.support.IntegrationTest;
import se.traden.support.TestDatabase;

/**
 * The documented backup and restore (scripts/backup.sh and scripts/restore.sh, docs/operations.md) on the
 * test database: the dump restores into a new, empty database with every table holding the same number of
 * rows, every municipality's access-log hash chain verifies in the copy exactly as in the original (intact
 * for the demo municipality), and a second restore into the
 * copy is refused. Skipped, saying why, only when the PostgreSQL client tools for the server are missing.
 */
@Tag("backup")
class BackupRestoreTest extends IntegrationTest {
    @org.springframework.beans.factory.annotation.Autowired
    javax.sql.DataSource dataSource;

    static final Path WORK = Path.of("target", "backup-test");

    @Test
    void aBackupRestoresIntoAnEmptyDatabaseWithTheSameRowsAndAnIntactAccessLog() throws Exception {
        Server info = connectionInfo();
        requireClientTools();
        registeredChild();
        Files.createDirectories(WORK);
        Path dump = WORK.resolve("traden-" + ProcessHandle.current().pid() + ".dump");
        Files.deleteIfExists(dump);
        String copy = "traden_restore_" + ProcessHandle.current().pid();
        dropDatabase(info, copy);

        Map<String, Long> before = rowCounts(TestDatabase.owner());
        Map<UUID, Long> entries = new LinkedHashMap<>();
        jdbc.sql("select municipality_id, count(*) from access_log group by municipality_id")
                .query(rs -> {
                    entries.put(rs.getObject(1, UUID.class), rs.getLong(2));
                });
        assertThat(entries).isNotEmpty();

        Result backup = run(info, "scripts/backup.sh", "-d", info.database(), "-o", dump.toString());
        assertThat(backup.exit()).as(backup.output()).isZero();
        assertThat(dump).isNotEmptyFile();
        assertThat(dump.resolveSibling(dump.getFileName() + ".sha256")).isNotEmptyFile();

        try {
            Result restore = run(info, "scripts/restore.sh", "-d", copy, dump.toString());
            assertThat(restore.exit()).as(restore.output()).isZero();

            var restored = new DriverManagerDataSource(info.server() + copy, info.user(), "");
            assertThat(rowCounts(JdbcClient.create(restored))).isEqualTo(before);
            // Another test breaks one municipality's chain on purpose: the copy must verify exactly as the
            // original does, and the demo municipality's chain must be intact in both.
            AccessLogVerifier original = new AccessLogVerifier(dataSource);
            AccessLogVerifier copied = new AccessLogVerifier(restored);
            entries.forEach((municipality, count) -> assertThat(copied.verify(municipality))
                    .as("access log of " + municipality + " in the restored copy")
                    .isEqualTo(original.verify(municipality)));
            UUID sjostad = jdbc.sql("select id from municipality where code = 'sjostad'")
                    .query(UUID.class)
                    .single();
            AccessLogVerification demo = copied.verify(sjostad);
            assertThat(demo.isIntact()).isTrue();
            assertThat(demo.entriesChecked()).isEqualTo(entries.get(sjostad));

            Result again = run(info, "scripts/restore.sh", "-d", copy, dump.toString());
            assertThat(again.exit()).isNotZero();
            assertThat(again.output()).contains("is not empty");
        } finally {
            dropDatabase(info, copy);
            Files.deleteIfExists(dump);
            Files.deleteIfExists(dump.resolveSibling(dump.getFileName() + ".sha256"));
        }
    }

    /** The number of rows of every table of the schema. */
    private static Map<String, Long> rowCounts(JdbcClient db) {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> tables = db.sql("""
                        select table_name from information_schema.tables
                         where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name
                        """).query(String.class).list();
        for (String table : tables) {
            counts.put(
                    table,
                    db.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }

    record Server(String server, String host, String port, String database, String user) {}

    record Result(int exit, String output) {}

    private static Server connectionInfo() {
        String url = TestDatabase.url();
        var m = java.util.regex.Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/(.+)")
                .matcher(url);
        assertThat(m.matches()).as(url).isTrue();
        return new Server(
                "jdbc:postgresql://" + m.group(1) + ":" + m.group(2) + "/",
                m.group(1),
                m.group(2),
                m.group(3),
                TestDatabase.username());
    }

    /** Skips the test, saying why, when pg_dump is missing or older than the server. */
    private void requireClientTools() throws Exception {
        Result which = shell("command -v pg_dump && command -v pg_restore && command -v psql && command -v createdb");
        Assumptions.assumeTrue(
                which.exit() == 0,
                "pg_dump, pg_restore, psql or createdb not found on PATH: install the PostgreSQL client tools"
                        + " (Debian: postgresql-client) to run the backup and restore test");
        int client = Integer.parseInt(shell("pg_dump --version | sed -E 's/^[^0-9]*([0-9]+).*/\\1/'")
                .output()
                .strip());
        int server = jdbc.sql("select current_setting('server_version_num')::int / 10000")
                .query(Integer.class)
                .single();
        Assumptions.assumeTrue(
                client >= server,
                "pg_dump " + client + " cannot dump the PostgreSQL " + server + " test server: install the client"
                        + " tools of version " + server + " or newer to run the backup and restore test");
    }

    private static Result run(Server info, String script, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", script));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGHOST", info.host());
        builder.environment().put("PGPORT", info.port());
        builder.environment().put("PGUSER", info.user());
        return finish(builder);
    }

    private static Result shell(String line) throws Exception {
        return finish(new ProcessBuilder("bash", "-c", line).redirectErrorStream(true));
    }

    private static Result finish(ProcessBuilder builder) throws IOException, InterruptedException {
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + builder.command());
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private static void dropDatabase(Server info, String name) throws Exception {
        try (java.sql.Connection admin = DriverManager.getConnection(info.server() + "postgres", info.user(), "")) {
            admin.createStatement().execute("drop database if exists " + name + " with (force)");
        }
    }
}
