package se.traden.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import se.traden.TradenApplication;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessLog;
import se.traden.shared.Actor;
import se.traden.shared.FunctionType;
import se.traden.shared.RecordRef;
import se.traden.support.IntegrationTest;
import se.traden.support.TestDatabase;

/**
 * The command-line verification as an operator runs it: the application's own main class in a JVM of
 * its own with {@code --traden.verify-log=<code>}, answering by its exit code and without a web server.
 */
class VerifyLogCommandTest extends IntegrationTest {

    @Autowired
    AccessLog accessLog;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anIntactLogExitsWithZeroAndABrokenOneWithOne() throws Exception {
        var fixtures = new AuditFixtures(jdbc);
        UUID municipality = fixtures.municipality();
        String code = fixtures.codeOf(municipality);
        Actor caseManager = fixtures.staff(municipality, FunctionType.CASE_MANAGER, "Carl Case");
        for (int i = 1; i <= 3; i++) {
            int n = i;
            transactions.executeWithoutResult(tx -> accessLog.record(
                    caseManager, FunctionType.CASE_MANAGER, AccessAction.READ, RecordRef.of("person", "p" + n)));
        }

        Run intact = verifyLog(code);
        assertThat(intact.output()).contains("Access log of " + code + ": intact, 3 entries checked");
        assertThat(intact.output()).doesNotContain("Tomcat", "Demo municipalities seeded");
        assertThat(intact.exitCode()).isZero();

        TestDatabase.tamper(
                "update access_log set username = 'someone else' where municipality_id = ? and seq = 2", municipality);
        long brokenId = jdbc.sql("select id from access_log where municipality_id = ? and seq = 2")
                .param(municipality)
                .query(Long.class)
                .single();

        Run broken = verifyLog(code);
        assertThat(broken.output())
                .contains("Access log of " + code + ": BROKEN at entry seq 2 (id " + brokenId + "): altered-content");
        assertThat(broken.exitCode()).isEqualTo(1);
    }

    @Test
    void anUnknownMunicipalityExitsWithTwo() throws Exception {
        Run unknown = verifyLog("no-such-municipality");
        assertThat(unknown.output()).contains("no municipality with code 'no-such-municipality'");
        assertThat(unknown.exitCode()).isEqualTo(2);
    }

    record Run(int exitCode, String output) {}

    private static Run verifyLog(String code) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                java,
                "-cp",
                classpath,
                TradenApplication.class.getName(),
                "--traden.verify-log=" + code,
                "--spring.profiles.active=test",
                "--spring.datasource.url=" + TestDatabase.url(),
                "--spring.datasource.username=" + TestDatabase.username()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the verification did not end");
        }
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
