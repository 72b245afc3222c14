import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's HTTP driver (bench/run starts it; docs/performance.md). Logs in as the demo users with form
 * login (one session per simulated user and function), then runs each operation alone for the given seconds at
 * the given concurrency, then the realistic mix, and writes one line per operation to results.tsv: requests,
 * errors, throughput, p50/p95/p99 latency (ms, measured at the client over loopback), and the mean of the
 * server's X-Traden-Statements header. Before measuring, one request per operation is sent with
 * X-Traden-Capture so that the server writes the statements it ran as a pgbench script.
 *
 * <p>java bench/Driver.java --base http://127.0.0.1:18080 --work DIR --users 16 --seconds 20 --warmup 10 --solo 5
 */
public class Driver {
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    static final DateTimeFormatter OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    /** The operations, in the order they are measured alone; the weight is their share of the mix. */
    enum Op {
        INBOX("ic inbox", 15),
        CASE("case page", 30),
        SEARCH("child search", 15),
        CONCERN("register concern", 10),
        CONTACT("log contact", 15),
        PLAN("revise plan", 5),
        SITUATION("situation year", 0),
        EXPORT("steering export year", 0),
        /** The picture counted anew instead of served as computed ahead (decision 0130): one user only. */
        SITUATION_LIVE("situation year, counted live", 0);

        final String label;
        final int weight;

        Op(String label, int weight) {
            this.label = label;
            this.weight = weight;
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    final String base;
    final Path work;
    final int users;
    final int seconds;
    final int warmup;
    final int solo;
    final List<String> cases;
    final List<String[]> children;
    final AtomicLong serial = new AtomicLong();
    /** The server's process, when it runs on this machine: its CPU time per request is measured too. */
    final String pid;

    Driver(Map<String, String> args) throws IOException {
        base = args.getOrDefault("base", "http://127.0.0.1:18080");
        work = Path.of(args.getOrDefault("work", "bench/work"));
        users = Integer.parseInt(args.getOrDefault("users", "16"));
        seconds = Integer.parseInt(args.getOrDefault("seconds", "20"));
        warmup = Integer.parseInt(args.getOrDefault("warmup", "10"));
        solo = Integer.parseInt(args.getOrDefault("solo", "5"));
        pid = args.get("pid");
        cases = Files.readAllLines(work.resolve("cases.txt")).stream()
                .filter(s -> !s.isBlank())
                .toList();
        children = Files.readAllLines(work.resolve("children.txt")).stream()
                .filter(s -> !s.isBlank())
                .map(s -> s.split("\\|"))
                .toList();
        if (cases.isEmpty() || children.isEmpty()) {
            throw new IllegalStateException("no cases or children to drive in " + work);
        }
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            args.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
        }
        new Driver(args).run();
    }

    /** One simulated person: a session per function it acts in. */
    final class Worker {
        final Session ic = new Session("ic");
        final Session cm = new Session("cm1");
        final Session school = new Session("skola");
        final Session steering = new Session("styrgrupp");
        final Random random;

        final int n;

        Worker(int n) {
            this.n = n;
            random = new Random(1000L + n);
        }

        int index() {
            return n;
        }

        void login() throws Exception {
            ic.login();
            cm.login();
            school.login();
            steering.login();
        }

        /** Runs one operation; returns the statement count the server reported, or throws on failure. */
        long run(Op op, String capture) throws Exception {
            return switch (op) {
                case INBOX -> ic.get("/concerns/inbox", capture);
                case CASE -> cm.get("/cases/" + aCase(), capture);
                case SEARCH -> {
                    String[] child = children.get(random.nextInt(children.size()));
                    String form = random.nextBoolean()
                            ? "personalNumber=" + child[1]
                            : "name=" + URLEncoder.encode(child[0], StandardCharsets.UTF_8);
                    yield ic.postForm("/people/search", form, capture, 200);
                }
                case CONCERN -> school.postJson("/api/v1/concerns", concern(), capture, 201);
                case CONTACT -> cm.postJson("/api/v1/cases/" + aCase() + "/contacts", contact(), capture, 201);
                case PLAN -> revisePlan(capture);
                case SITUATION -> ic.get("/uppfoljning/lagesbild", capture);
                case EXPORT -> steering.get("/uppfoljning/lagesbild/export?format=xlsx&aggregated=true", capture);
                case SITUATION_LIVE -> ic.get("/uppfoljning/lagesbild?live=true", capture);
            };
        }

        String aCase() {
            return cases.get(random.nextInt(cases.size()));
        }

        String concern() {
            long n = serial.incrementAndGet();
            return """
                    {"subjectName": "Elev %d", "subjectBirthYear": %d, "subjectSchool": "Sjöskolan",
                     "worry": "Eleven har varit frånvarande i flera veckor och verkar orolig (mätning %d).",
                     "problemAreas": ["SCHOOL_ABSENCE"], "urgent": false, "mandatoryReport": "NOT_APPLICABLE",
                     "mandatoryReportReason": "Skolan bedömer att det inte finns något skyddsbehov just nu",
                     "reporterOrganisation": "Sjöskolan", "reporterFunction": "Kurator", "reporterName": "Bench",
                     "reporterContact": "070-174 06 00"}"""
                    .formatted(n, 2010 + (int) (n % 6), n);
        }

        String contact() {
            String at = OffsetDateTime.now(STOCKHOLM).withNano(0).minusMinutes(5).format(OFFSET);
            return """
                    {"occurredAt": "%s", "kind": "PHONE", "withWhom": ["CHILD"], "note": "Samtal om veckan (%d)"}"""
                    .formatted(at, serial.incrementAndGet());
        }

        /** Reads the plan, then sends it back as the next revision with a new child's view. */
        long revisePlan(String capture) throws Exception {
            // Each worker revises the plans of its own share of the cases, as case managers do.
            int share = Math.max(1, cases.size() / users);
            int index = (int) ((index() + (long) users * random.nextInt(share)) % cases.size());
            String caseId = cases.get(index);
            HttpResponse<String> current = cm.send(cm.request("/api/v1/cases/" + caseId + "/plan")
                    .GET()
                    .build());
            if (current.statusCode() != 200) {
                throw new IllegalStateException("plan " + current.statusCode());
            }
            String json = current.body();
            String content = object(json, "\"content\":");
            int revision = Integer.parseInt(match(json, "\"revision\":(\\d+)"));
            String inner = content.substring(1, content.length() - 1)
                    .replaceAll("\"evaluation\":\\{\"evaluated\":(true|false),\"outcome\":", "\"evaluated\":$1,\"outcome_\":");
            inner = flattenOutcome(inner);
            String body = "{\"basedOn\":" + revision + ",\"summary\":\"Barnets syn uppdaterad\","
                    + "\"reason\":\"Uppföljning med barnet\"" + (inner.isBlank() ? "" : "," + inner)
                    + ",\"childView\":\"Barnet vill fortsätta med fotbollen (" + serial.incrementAndGet() + ")\"}";
            return cm.postJson("/api/v1/cases/" + caseId + "/plan/revisions", body, capture, 201);
        }
    }

    /** {"evaluated":x,"outcome_":"..."} left by the rewrite above: drop the closing brace of the old object. */
    static String flattenOutcome(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (true) {
            int at = s.indexOf("\"outcome_\":", i);
            if (at < 0) {
                out.append(s, i, s.length());
                return out.toString();
            }
            out.append(s, i, at).append("\"outcome\":");
            int valueStart = at + "\"outcome_\":".length();
            int valueEnd = skipValue(s, valueStart);
            out.append(s, valueStart, valueEnd);
            i = valueEnd + 1; // the '}' that closed "evaluation"
        }
    }

    static int skipValue(String s, int i) {
        if (s.charAt(i) == '"') {
            int j = i + 1;
            while (s.charAt(j) != '"') {
                j += s.charAt(j) == '\\' ? 2 : 1;
            }
            return j + 1;
        }
        int j = i;
        while (",}]".indexOf(s.charAt(j)) < 0) {
            j++;
        }
        return j;
    }

    static String object(String json, String key) {
        int start = json.indexOf(key) + key.length();
        int depth = 0;
        boolean string = false;
        for (int i = start; i < json.length(); i++) {
            char c = json.charAt(i);
            if (string) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    string = false;
                }
            } else if (c == '"') {
                string = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return json.substring(start, i + 1);
            }
        }
        throw new IllegalStateException("no " + key + " in " + json);
    }

    static String match(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex);
        }
        return m.group(1);
    }

    /** A logged-in session of one demo user: its cookies and CSRF token. */
    final class Session {
        final String user;
        final HttpClient client;
        String csrf;

        Session(String user) {
            this.user = user;
            this.client = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10))
                    .version(HttpClient.Version.HTTP_1_1)
                    .build();
        }

        HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
        }

        HttpResponse<String> send(HttpRequest request) throws Exception {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }

        void login() throws Exception {
            HttpResponse<String> page = send(request("/login").GET().build());
            String token = match(page.body(), CSRF.pattern());
            HttpResponse<String> done = send(request("/login")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "username=" + user + "&password=demo&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                    .build());
            String location = done.headers().firstValue("Location").orElse("");
            if (done.statusCode() != 302 || location.contains("error")) {
                throw new IllegalStateException("login of " + user + " failed: " + done.statusCode() + " " + location);
            }
            HttpResponse<String> start = send(request("/").GET().build());
            for (int hops = 0; hops < 3 && start.statusCode() == 302; hops++) {
                String next = start.headers().firstValue("Location").orElseThrow();
                start = send(HttpRequest.newBuilder(URI.create(base).resolve(next)).GET().build());
            }
            Matcher m = CSRF.matcher(start.body());
            if (!m.find()) {
                throw new IllegalStateException("no CSRF token on the start page of " + user);
            }
            csrf = m.group(1);
        }

        long get(String path, String capture) throws Exception {
            return checked(send(withCapture(request(path), capture).GET().build()), 200);
        }

        long postForm(String path, String form, String capture, int expected) throws Exception {
            return checked(
                    send(withCapture(request(path), capture)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    form + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
                            .build()),
                    expected);
        }

        long postJson(String path, String json, String capture, int expected) throws Exception {
            return checked(
                    send(withCapture(request(path), capture)
                            .header("Content-Type", "application/json")
                            .header("X-CSRF-TOKEN", csrf)
                            .POST(HttpRequest.BodyPublishers.ofString(json))
                            .build()),
                    expected);
        }

        HttpRequest.Builder withCapture(HttpRequest.Builder builder, String capture) {
            return capture == null ? builder : builder.header("X-Traden-Capture", capture);
        }

        long checked(HttpResponse<String> response, int expected) {
            if (response.statusCode() != expected) {
                String body = response.body();
                throw new IllegalStateException(user + " " + response.request().uri().getPath() + ": "
                        + response.statusCode() + " " + body.substring(0, Math.min(300, body.length())));
            }
            SERVER_MICROS.set(response.headers()
                    .firstValue("Server-Timing")
                    .map(Driver::serverMicros)
                    .orElse(-1L));
            return response.headers()
                    .firstValue("X-Traden-Statements")
                    .map(Long::parseLong)
                    .orElse(-1L);
        }
    }

    /** The server-side time of the last response this thread checked (Server-Timing app;dur=ms), or -1. */
    static final ThreadLocal<Long> SERVER_MICROS = ThreadLocal.withInitial(() -> -1L);

    static long serverMicros(String header) {
        Matcher m = Pattern.compile("app;dur=([0-9.]+)").matcher(header);
        return m.find() ? Math.round(Double.parseDouble(m.group(1)) * 1000) : -1L;
    }

    /** What one phase measured for one operation. */
    static final class Tally {
        final List<Long> micros = new ArrayList<>();
        final List<Long> serverMicros = new ArrayList<>();
        long errors;
        long statements;
        long counted;
        double cpuMillis = Double.NaN;
        long minStatements = Long.MAX_VALUE;
        long maxStatements = -1;
        String firstError;

        synchronized void ok(long latency, long statementCount, long serverLatency) {
            micros.add(latency);
            if (serverLatency >= 0) {
                serverMicros.add(serverLatency);
            }
            if (statementCount >= 0) {
                statements += statementCount;
                counted++;
                minStatements = Math.min(minStatements, statementCount);
                maxStatements = Math.max(maxStatements, statementCount);
            }
        }

        synchronized void failed(String error) {
            errors++;
            if (firstError == null) {
                firstError = error;
            }
        }

        synchronized double percentile(double p) {
            return percentile(micros, p);
        }

        synchronized double serverPercentile(double p) {
            return percentile(serverMicros, p);
        }

        static double percentile(List<Long> micros, double p) {
            if (micros.isEmpty()) {
                return Double.NaN;
            }
            long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000.0;
        }
    }

    void run() throws Exception {
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            workers.add(new Worker(i));
        }
        long loginStart = System.nanoTime();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<java.util.concurrent.Future<Object>> logins = new ArrayList<>();
            for (Worker w : workers) {
                logins.add(executor.submit(() -> {
                    w.login();
                    return null;
                }));
            }
            for (var login : logins) {
                login.get();
            }
        }
        System.out.printf("logged in %d users x 4 functions in %.1f s%n", users, (System.nanoTime() - loginStart) / 1e9);

        // Warm up on the mix (not recorded), then capture one request of each operation for pgbench.
        phase("warm-up (mix, not recorded)", workers, null, warmup, users);
        Worker first = workers.get(0);
        for (Op op : Op.values()) {
            if (op == Op.SITUATION_LIVE) {
                continue; // measured by one user below; too slow at scale for pgbench at the pool's concurrency
            }
            try {
                first.run(op, op.key());
            } catch (Exception e) {
                System.out.println("capture of " + op.key() + " failed: " + e.getMessage());
            }
        }

        Map<String, Tally> results = new LinkedHashMap<>();
        for (Op op : Op.values()) {
            if (op != Op.SITUATION_LIVE) {
                results.put(op.key(), phase(op.label, workers, op, seconds, users).get(op));
            }
        }
        // The heavy reports as one person opens them: the targets are for a single request.
        // And every page as one person at a time: the time of a request itself, without the queue of 16 users
        // on two cores in front of it.
        for (Op op : List.of(Op.SITUATION, Op.EXPORT, Op.SITUATION_LIVE, Op.INBOX, Op.CASE, Op.SEARCH, Op.CONCERN)) {
            results.put(op.key() + "-solo", phase(op.label + " (1 user)", workers, op, solo, 1).get(op));
        }
        Map<Op, Tally> mix = phase("mix", workers, null, seconds, users);
        mix.forEach((op, tally) -> results.put("mix-" + op.key(), tally));
        Files.writeString(work.resolve("mix-seconds.txt"), Integer.toString(seconds));

        StringBuilder tsv = new StringBuilder("op\trequests\terrors\tseconds\tthroughput\tp50\tp95\tp99\tstatements\tmin_statements\tmax_statements\tcpu_ms\terror\tserver_p50\tserver_p95\tserver_p99\n");
        results.forEach((key, t) -> {
            double secs = key.endsWith("-solo") ? solo : seconds;
            tsv.append(key).append('\t')
                    .append(t.micros.size()).append('\t')
                    .append(t.errors).append('\t')
                    .append(secs).append('\t')
                    .append(String.format(Locale.ROOT, "%.1f", t.micros.size() / secs)).append('\t')
                    .append(String.format(Locale.ROOT, "%.1f", t.percentile(50))).append('\t')
                    .append(String.format(Locale.ROOT, "%.1f", t.percentile(95))).append('\t')
                    .append(String.format(Locale.ROOT, "%.1f", t.percentile(99))).append('\t')
                    .append(t.counted == 0 ? "-" : String.format(Locale.ROOT, "%.1f", (double) t.statements / t.counted))
                    .append('\t')
                    .append(t.counted == 0 ? "-" : t.minStatements).append('\t')
                    .append(t.counted == 0 ? "-" : t.maxStatements).append('\t')
                    .append(Double.isNaN(t.cpuMillis) || t.micros.isEmpty()
                            ? "-"
                            : String.format(Locale.ROOT, "%.1f", t.cpuMillis / t.micros.size()))
                    .append('\t')
                    .append(t.firstError == null ? "" : t.firstError.replaceAll("\\s+", " "))
                    .append('\t')
                    .append(String.format(Locale.ROOT, "%.1f", t.serverPercentile(50))).append('\t')
                    .append(String.format(Locale.ROOT, "%.1f", t.serverPercentile(95))).append('\t')
                    .append(String.format(Locale.ROOT, "%.1f", t.serverPercentile(99)))
                    .append('\n');
        });
        Files.writeString(work.resolve("results.tsv"), tsv.toString());
    }

    /** The server process's CPU time so far (user + system), from /proc; NaN when it is not on this machine. */
    double serverCpuMillis() {
        if (pid == null) {
            return Double.NaN;
        }
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14 and 15 of stat (utime, stime), counted from the state field as 3, in clock ticks of 10 ms
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Runs one operation (or the mix when op is null) from the first n workers for the given seconds. */
    Map<Op, Tally> phase(String name, List<Worker> workers, Op only, int secs, int n) throws Exception {
        Map<Op, Tally> tallies = new ConcurrentHashMap<>();
        for (Op op : Op.values()) {
            tallies.put(op, new Tally());
        }
        int totalWeight = Arrays.stream(Op.values()).mapToInt(o -> o.weight).sum();
        long end = System.nanoTime() + secs * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(n);
        double cpuBefore = serverCpuMillis();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < n; i++) {
                Worker w = workers.get(i);
                executor.submit(() -> {
                    try {
                        while (System.nanoTime() < end) {
                            Op op = only;
                            if (op == null) {
                                int pick = w.random.nextInt(totalWeight);
                                for (Op candidate : Op.values()) {
                                    pick -= candidate.weight;
                                    if (pick < 0) {
                                        op = candidate;
                                        break;
                                    }
                                }
                            }
                            long t0 = System.nanoTime();
                            try {
                                SERVER_MICROS.set(-1L);
                                long statements = w.run(op, null);
                                tallies.get(op).ok((System.nanoTime() - t0) / 1000, statements, SERVER_MICROS.get());
                            } catch (Exception e) {
                                tallies.get(op).failed(String.valueOf(e.getMessage()));
                            }
                        }
                    } finally {
                        done.countDown();
                    }
                });
            }
            done.await();
        }
        double cpu = serverCpuMillis() - cpuBefore;
        if (only != null) {
            tallies.get(only).cpuMillis = cpu;
        }
        System.out.printf("%-32s", name);
        tallies.forEach((op, t) -> {
            if (!t.micros.isEmpty() || t.errors > 0) {
                System.out.printf(Locale.ROOT, " %s=%d/%.0fms%s", op.key(), t.micros.size(), t.percentile(95),
                        t.errors > 0 ? " (" + t.errors + " errors: " + t.firstError + ")" : "");
            }
        });
        System.out.println();
        return tallies;
    }
}
