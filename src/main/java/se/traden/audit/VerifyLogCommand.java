package se.traden.audit;

import java.io.PrintStream;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.traden.shared.MunicipalityId;
import se.traden.shared.MunicipalityScope;

/**
 * Verifies one municipality's access log from the command line and ends the process with the answer:
 * {@code java -jar traden.jar --traden.verify-log=<municipality code>} exits with 0 when the chain is
 * intact, 1 when it is broken and 2 when there is no such municipality. {@link VerifyLogMode} makes
 * such a run start without the web server and without demo data, so it can run beside the live
 * application against the same database, for example from a nightly job.
 */
@Component
@ConditionalOnProperty(VerifyLogCommand.PROPERTY)
class VerifyLogCommand implements ApplicationRunner {
    static final String PROPERTY = "traden.verify-log";
    static final int INTACT = 0;
    static final int BROKEN = 1;
    static final int NO_SUCH_MUNICIPALITY = 2;

    private final AccessLogVerifier verifier;
    private final JdbcClient jdbc;
    private final Environment environment;
    private final ConfigurableApplicationContext context;

    VerifyLogCommand(
            AccessLogVerifier verifier,
            JdbcClient jdbc,
            Environment environment,
            ConfigurableApplicationContext context) {
        this.verifier = verifier;
        this.jdbc = jdbc;
        this.environment = environment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        int exitCode = verify(environment.getProperty(PROPERTY, ""), System.out);
        System.out.flush();
        System.exit(SpringApplication.exit(context, () -> exitCode));
    }

    int verify(String municipalityCode, PrintStream out) {
        Optional<UUID> municipality = jdbc.sql("select id from municipality where code = ?")
                .param(municipalityCode.strip())
                .query(UUID.class)
                .optional();
        if (municipality.isEmpty()) {
            out.printf("Access log verification: no municipality with code '%s'%n", municipalityCode);
            return NO_SUCH_MUNICIPALITY;
        }
        AccessLogVerification result = MunicipalityScope.within(
                new MunicipalityId(municipality.get()), () -> verifier.verify(municipality.get()));
        if (result.isIntact()) {
            out.printf("Access log of %s: intact, %d entries checked%n", municipalityCode, result.entriesChecked());
            return INTACT;
        }
        out.printf(
                "Access log of %s: BROKEN at entry seq %d (id %s): %s; %d entries before it are intact%n",
                municipalityCode,
                result.firstBrokenSeq(),
                result.brokenEntryId() == null ? "-" : result.brokenEntryId(),
                result.problem(),
                result.entriesChecked());
        return BROKEN;
    }
}
