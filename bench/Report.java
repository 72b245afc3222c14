import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the benchmark's table from the work folder bench/run filled (results.tsv from the driver, pgbench.tsv,
 * facts.txt), then one line per target: met or not met, with the figure. java bench/Report.java bench/work/10000-s42
 */
public class Report {
    record Row(String op, long requests, long errors, double throughput, double p50, double p95, double p99,
            String statements, String minStatements, String maxStatements, String cpu, String error, double serverP50,
            double serverP95, double serverP99) {}

    /** An operation: what it is called, whether it writes, and the statements a request of it may cost. */
    record Op(String key, String label, boolean write, int statementBudget) {}

    static final List<Op> OPS = List.of(
            new Op("inbox", "IC inbox", false, 30),
            new Op("case", "case page", false, 80),
            new Op("search", "child search", false, 30),
            new Op("concern", "register concern", true, 40),
            new Op("contact", "log contact", true, 30),
            new Op("plan", "revise plan", true, 40),
            new Op("situation", "situation picture, year", false, 40),
            new Op("export", "steering export, year", false, 40));

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(work.resolve("results.tsv")).subList(1, Files.readAllLines(work.resolve("results.tsv")).size())) {
            String[] f = line.split("\t", -1);
            rows.put(f[0], new Row(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), num(f[4]), num(f[5]), num(f[6]),
                    num(f[7]), f[8], f[9], f[10], f[11], f[12], f.length > 13 ? num(f[13]) : Double.NaN,
                    f.length > 14 ? num(f[14]) : Double.NaN, f.length > 15 ? num(f[15]) : Double.NaN));
        }
        Map<String, String[]> pgbench = new LinkedHashMap<>();
        for (String line : Files.readAllLines(work.resolve("pgbench.tsv"))) {
            String[] f = line.split("\t", -1);
            pgbench.put(f[0], f);
        }
        Map<String, String> facts = new LinkedHashMap<>();
        for (String line : Files.readAllLines(work.resolve("facts.txt"))) {
            String[] f = line.split("\t", 2);
            facts.put(f[0], f.length > 1 ? f[1] : "");
        }
        String users = facts.get("users");
        System.out.println();
        System.out.printf("Tråden benchmark: %s cases in %s%n", facts.get("cases"), facts.get("database"));
        System.out.printf("  data: %s%n", facts.get("template"));
        System.out.printf("  machine: %s%n", facts.get("machine"));
        System.out.printf("  %s concurrent users, pool %s, %s s per operation; p50/p95/p99 at the client over loopback,"
                + " srv p50/p95 server-side (Server-Timing);%n  cpu ms = the server JVM's CPU time per request%n",
                users, facts.get("pool"), facts.get("seconds"));
        System.out.printf("  start-up %s s; heap at most %s MB used (%s MB committed, -Xmx512m); resident at most %s MB%n%n",
                facts.get("startup"), facts.get("heap_max_mb"), facts.get("heap_committed_mb"), facts.get("rss_mb"));
        System.out.printf("%-26s %8s %8s %8s %8s %8s %8s %6s %14s %7s %9s %7s %6s%n", "operation (alone)", "req/s",
                "p50 ms", "p95 ms", "p99 ms", "srv p50", "srv p95", "errors", "statements", "cpu ms", "pgbench/s", "ratio",
                "goal");
        for (Op op : OPS) {
            Row r = rows.get(op.key());
            if (r == null) {
                continue;
            }
            String[] pg = pgbench.get(op.key());
            double tps = pg == null ? Double.NaN : num(pg[1]);
            System.out.printf(Locale.ROOT, "%-26s %8.1f %8.1f %8.1f %8.1f %8.1f %8.1f %6d %14s %7s %9s %7s %6s%n", op.label(),
                    r.throughput(), r.p50(), r.p95(), r.p99(), r.serverP50(), r.serverP95(), r.errors(), statements(r), r.cpu(),
                    Double.isNaN(tps) ? "-" : "%.1f".formatted(tps),
                    Double.isNaN(tps) ? "-" : "%.2f".formatted(r.throughput() / tps), op.write() ? "≥0.8" : "≥0.5");
        }
        for (String solo : List.of(
                "situation-solo", "export-solo", "situation_live-solo", "inbox-solo", "case-solo", "search-solo",
                "concern-solo")) {
            Row r = rows.get(solo);
            if (r != null) {
                System.out.printf(Locale.ROOT, "%-26s %8.1f %8.1f %8.1f %8.1f %8.1f %8.1f %6d %14s %7s%n",
                        label(solo.replace("-solo", "")) + " (1 user)", r.throughput(), r.p50(), r.p95(), r.p99(),
                        r.serverP50(), r.serverP95(), r.errors(), statements(r), r.cpu());
            }
        }
        System.out.printf("%n%-26s %8s %8s %8s %8s %8s %8s %6s %14s%n", "the mix", "req/s", "p50 ms", "p95 ms", "p99 ms",
                "srv p50", "srv p95", "errors", "statements");
        double total = 0;
        for (Op op : OPS) {
            Row r = rows.get("mix-" + op.key());
            if (r == null || r.requests() + r.errors() == 0) {
                continue;
            }
            total += r.throughput();
            System.out.printf(Locale.ROOT, "%-26s %8.1f %8.1f %8.1f %8.1f %8.1f %8.1f %6d %14s%n", op.label(), r.throughput(),
                    r.p50(), r.p95(), r.p99(), r.serverP50(), r.serverP95(), r.errors(), statements(r));
        }
        System.out.printf(Locale.ROOT, "%-26s %8.1f%n", "all", total);
        rows.values().stream().filter(r -> !r.error().isBlank()).forEach(r -> System.out.printf(
                "  first error of %s: %s%n", r.op(), r.error().substring(0, Math.min(200, r.error().length()))));

        System.out.println();
        System.out.println("Targets:");
        latency("case page p95 < 50 ms server-side at " + users + " users", rows, "case", 50);
        latency("IC inbox p95 < 100 ms server-side at " + users + " users", rows, "inbox", 100);
        latency("child search p95 < 100 ms server-side at " + users + " users", rows, "search", 100);
        latency("register concern p95 < 50 ms server-side at " + users + " users", rows, "concern", 50);
        target("situation picture of a year < 1 s (p95, 1 user)", p95(rows, "situation-solo"), 1000, "ms");
        target("steering export of a year < 5 s (p95, 1 user)", p95(rows, "export-solo"), 5000, "ms");
        target("heap <= 512 MB", num(facts.get("heap_max_mb")), 512, "MB used at most");
        if (facts.containsKey("precompute")) {
            System.out.printf("  %-58s %s%n", "(the pictures computed ahead at start:", facts.get("precompute") + ")");
        }
        target("start-up <= 15 s", num(facts.get("startup")), 15, "s");
        for (Op op : OPS) {
            Row r = rows.get(op.key());
            String[] pg = pgbench.get(op.key());
            double ratio = r == null || pg == null ? Double.NaN : r.throughput() / num(pg[1]);
            double goal = op.write() ? 0.8 : 0.5;
            line(op.label() + " Tråden/pgbench >= " + goal, !Double.isNaN(ratio) && ratio >= goal,
                    Double.isNaN(ratio) ? "no figure" : "%.2f".formatted(ratio));
        }
        for (Op op : OPS) {
            Row r = rows.get(op.key());
            double max = r == null ? Double.NaN : num(r.maxStatements());
            line(op.label() + " statements per request <= " + op.statementBudget(),
                    !Double.isNaN(max) && max <= op.statementBudget(),
                    Double.isNaN(max) ? "no figure" : "%s to %s".formatted(r.minStatements(), r.maxStatements()));
        }
    }

    static String label(String key) {
        if (key.equals("situation_live")) {
            return "situation picture, counted live";
        }
        return OPS.stream().filter(o -> o.key().equals(key)).findFirst().map(Op::label).orElse(key);
    }

    static String statements(Row r) {
        return r.statements().equals("-") ? "-" : r.statements() + " (" + r.minStatements() + "-" + r.maxStatements() + ")";
    }

    static double p95(Map<String, Row> rows, String key) {
        Row r = rows.get(key);
        return r == null || r.requests() == 0 || r.errors() > 0 ? Double.NaN : r.p95();
    }

    /** A latency target, judged on the server-side p95 (the client's in brackets). */
    static void latency(String what, Map<String, Row> rows, String key, double limit) {
        Row r = rows.get(key);
        double server = r == null || r.requests() == 0 || r.errors() > 0 ? Double.NaN : r.serverP95();
        Row one = rows.get(key + "-solo");
        line(what, !Double.isNaN(server) && server <= limit, Double.isNaN(server)
                ? "no figure (errors or not measured)"
                : "%.1f ms (at the client %.1f ms; one user alone: %s)".formatted(server, r.p95(),
                        one == null ? "-" : "%.1f ms".formatted(one.serverP95())));
    }

    static void target(String what, double figure, double limit, String unit) {
        line(what, !Double.isNaN(figure) && figure <= limit,
                Double.isNaN(figure) ? "no figure (errors or not measured)" : "%.1f %s".formatted(figure, unit));
    }

    static void line(String what, boolean met, String figure) {
        System.out.printf("  %-58s %-8s %s%n", what + ":", met ? "met" : "NOT MET", figure);
    }

    static double num(String s) {
        try {
            return Double.parseDouble(s.trim());
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
