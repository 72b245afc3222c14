package se.traden.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessLog;
import se.traden.shared.Actor;
import se.traden.shared.FunctionType;
import se.traden.shared.MunicipalityId;
import se.traden.shared.MunicipalityScope;
import se.traden.shared.RecordRef;
import se.traden.shared.StaffId;
import se.traden.support.IntegrationTest;
import se.traden.support.TestDatabase;

class AccessLogIntegrityTest extends IntegrationTest {

    @Autowired
    AccessLog accessLog;

    @Autowired
    AccessLogVerifier verifier;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theDatabaseRefusesUpdatesDeletesAndTruncation() {
        Actor actor = freshMunicipalityActor();
        transactions.executeWithoutResult(tx ->
                accessLog.record(actor, FunctionType.CASE_MANAGER, AccessAction.READ, RecordRef.of("person", "p1")));

        assertThatThrownBy(() -> jdbc.sql("update access_log set username = 'someone else' where municipality_id = ?")
                        .param(actor.municipalityId().value())
                        .update())
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from access_log where municipality_id = ?")
                        .param(actor.municipalityId().value())
                        .update())
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate access_log").update())
                .as("the application's role may not truncate at all")
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> TestDatabase.owner().sql("truncate access_log").update())
                .as("nor may the owner, with the triggers on")
                .rootCause()
                .hasMessageContaining("append-only");
    }

    @Test
    void anEntryIsWrittenOnlyWhenTheWorkCommits() {
        Actor actor = freshMunicipalityActor();
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
                    accessLog.record(actor, FunctionType.CASE_MANAGER, AccessAction.READ, RecordRef.of("person", "p1"));
                    throw new IllegalStateException("the work failed");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(accessLogCount("municipality_id = ?", actor.municipalityId().value()))
                .isZero();
    }

    @Test
    void aDeniedAttemptIsLoggedEvenThoughTheWorkRollsBack() {
        Actor actor = freshMunicipalityActor();
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
                    accessLog.denied(actor, AccessAction.READ, RecordRef.of("person", "p9"), "not allowed");
                    throw new IllegalStateException("refused");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(accessLogCount(
                        "municipality_id = ? and outcome = 'DENIED'",
                        actor.municipalityId().value()))
                .isOne();
    }

    @Test
    void verificationFindsTheFirstAlteredEntry() {
        Actor actor = freshMunicipalityActor();
        for (int i = 1; i <= 5; i++) {
            int n = i;
            transactions.executeWithoutResult(tx -> accessLog.record(
                    actor, FunctionType.CASE_MANAGER, AccessAction.READ, RecordRef.of("person", "p" + n)));
        }
        assertThat(verifier.verify(actor.municipalityId().value()).isIntact()).isTrue();
        assertThat(verifier.verify(actor.municipalityId().value()).entriesChecked())
                .isEqualTo(5);

        // Someone with the database owner's powers switches the trigger off and edits entry 3.
        TestDatabase.tamper(
                "update access_log set record_id = 'p-other' where municipality_id = ? and seq = 3",
                actor.municipalityId().value());

        AccessLogVerification result = verifier.verify(actor.municipalityId().value());
        assertThat(result.isIntact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(3);
        assertThat(result.entriesChecked()).isEqualTo(2);
    }

    @Test
    void concurrentWritersKeepOneUnbrokenChain() throws Exception {
        Actor actor = freshMunicipalityActor();
        List<Thread> threads = new java.util.ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 20; i++) {
                    int n = i;
                    MunicipalityScope.within(
                            actor.municipalityId(),
                            () -> transactions.executeWithoutResult(tx -> accessLog.record(
                                    actor,
                                    FunctionType.CASE_MANAGER,
                                    AccessAction.READ,
                                    RecordRef.of("person", thread + "-" + n))));
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        AccessLogVerification result = verifier.verify(actor.municipalityId().value());
        assertThat(result.isIntact()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(160);
    }

    private Actor freshMunicipalityActor() {
        UUID municipality = UUID.randomUUID();
        UUID staff = UUID.randomUUID();
        jdbc.sql("insert into municipality (id, code, name) values (?, ?, ?)")
                .params(municipality, "t-" + municipality, "Testkommun")
                .update();
        jdbc.sql("insert into staff (id, municipality_id, name) values (?, ?, 'Test Person')")
                .params(staff, municipality)
                .update();
        return new Actor(
                new StaffId(staff),
                new MunicipalityId(municipality),
                "tester",
                "Test Person",
                java.util.Set.of(FunctionType.CASE_MANAGER));
    }
}
