package se.traden.retention;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Prints what the thinning job would thin, per municipality and kind of record, in counts only, and
 * changes nothing: {@code java -jar traden.jar --traden.retention.dry-run} for every municipality, or
 * {@code --traden.retention.dry-run=<municipality code>} for one; {@code --traden.retention.as-of=YYYY-MM-DD}
 * judges against another day than today. Exits with 0, or 2 when there is no such municipality or the day
 * cannot be read. {@link DryRunMode} starts such a run without the web server, the demo data and the
 * schedulers, so it can run beside the live application against the same database.
 */
@Component
@ConditionalOnProperty(DryRunCommand.PROPERTY)
class DryRunCommand implements ApplicationRunner {
    static final String PROPERTY = "traden.retention.dry-run";
    static final String AS_OF = "traden.retention.as-of";
    static final int DONE = 0;
    static final int BAD_ARGUMENT = 2;

    private final RetentionJob job;
    private final JdbcClient jdbc;
    private final Environment environment;
    private final ConfigurableApplicationContext context;
    private final Clock clock;

    DryRunCommand(
            RetentionJob job,
            JdbcClient jdbc,
            Environment environment,
            ConfigurableApplicationContext context,
            Clock clock) {
        this.job = job;
        this.jdbc = jdbc;
        this.environment = environment;
        this.context = context;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int exitCode = dryRun(environment.getProperty(PROPERTY, ""), environment.getProperty(AS_OF, ""), System.out);
        System.out.flush();
        System.exit(SpringApplication.exit(context, () -> exitCode));
    }

    int dryRun(String municipalityCode, String asOfDay, PrintStream out) {
        Instant asOf;
        try {
            asOf = asOfDay.isBlank()
                    ? clock.instant()
                    : LocalDate.parse(asOfDay.strip())
                            .atStartOfDay(clock.getZone())
                            .toInstant();
        } catch (DateTimeParseException e) {
            out.printf("Retention dry run: '%s' is not a day (YYYY-MM-DD)%n", asOfDay);
            return BAD_ARGUMENT;
        }
        String code = municipalityCode.strip();
        List<Municipality> municipalities = jdbc.sql(
                        "select id, code from municipality where ? = '' or code = ? order by code")
                .params(code, code)
                .query((rs, n) -> new Municipality(rs.getObject("id", UUID.class), rs.getString("code")))
                .list();
        if (municipalities.isEmpty()) {
            out.printf("Retention dry run: no municipality with code '%s'%n", code);
            return BAD_ARGUMENT;
        }
        out.printf(
                "Retention dry run as of %s: counts only, nothing is changed%n",
                asOf.atZone(clock.getZone()).toLocalDate());
        for (Municipality m : municipalities) {
            RunReport report = job.run(m.id(), asOf, true);
            out.printf("%s%n", m.code());
            out.printf(
                    "  %-22s %8s %8s %8s %10s %9s %8s%n",
                    "record type", "due", "thin", "hold", "placement", "research", "age");
            for (TypeCount c : report.counts()) {
                if (!c.enabled()) {
                    out.printf("  %-22s %s%n", c.type(), "rule off");
                    continue;
                }
                out.printf(
                        "  %-22s %8d %8d %8d %10d %9d %8d%n",
                        c.type(), c.due(), c.thinned(), c.keptHold(), c.keptPlacement(), c.keptResearch(), c.keptAge());
            }
        }
        return DONE;
    }

    private record Municipality(UUID id, String code) {}
}
