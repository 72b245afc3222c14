package se.traden.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.traden.quality.QualityFixtures.BASE;
import static se.traden.quality.QualityFixtures.TODAY;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.traden.shared.Actor;
import se.traden.shared.FunctionType;
import se.traden.shared.MunicipalityId;
import se.traden.shared.RecordNotFoundException;
import se.traden.shared.StaffId;
import se.traden.support.CollaborationFixtures;
import se.traden.support.IntegrationTest;

/**
 * What the annual quality report gets: the year's deviations with analysis, actions and follow-up, the
 * counts by category and status, and the risks; nothing that names a person, nothing in the access log,
 * and nothing of another municipality.
 */
class QualityRegisterTest extends IntegrationTest {
    @Autowired
    QualityRegister register;

    QualityFixtures q;

    @BeforeEach
    void fixtures() {
        q = new QualityFixtures(mvc, jdbc);
    }

    @AfterEach
    void noActor() {
        SecurityContextHolder.clearContext();
    }

    UUID municipalityOf(String username) {
        return jdbc.sql("select municipality_id from account where username = ?")
                .param(username)
                .query(UUID.class)
                .single();
    }

    <T> T as(String username, FunctionType function, Supplier<T> work) {
        Map<String, Object> row = jdbc.sql("select staff_id, municipality_id from account where username = ?")
                .param(username)
                .query()
                .singleRow();
        var actor = new Actor(
                new StaffId((UUID) row.get("staff_id")),
                new MunicipalityId((UUID) row.get("municipality_id")),
                username,
                username,
                Set.of(function));
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(actor, null));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    String reference(String id) {
        return jdbc.sql("select reference from deviation where id = ?::uuid")
                .param(id)
                .query(String.class)
                .single();
    }

    @Test
    void theYearHoldsItsDeviationsWithTheirWorkAndTheRisksWithoutNamingAnyone() throws Exception {
        String closed = q.readyForFollowUp();
        q.post("gruppchef", BASE + "/" + closed + "/follow-up", """
                        {"version": 3, "effective": true, "text": "Inga missade frister sedan rutinen kom"}""").andExpect(status().isOk());
        String open = q.raised("ic");
        String risk = CollaborationFixtures.read(
                q.post("gruppchef", "/api/v1/quality/risks", """
                                {"title": "Återkopplingen till anmälaren dröjer", "description": "Fristen missas vid högt inflöde",
                                 "processStep": "DEADLINE", "likelihood": 3, "consequence": 3, "measures": "Daglig bevakning",
                                 "owner": "INDIVIDUAL_COORDINATOR", "reviewOn": "%s"}""".formatted(TODAY.plusMonths(1)))
                        .andExpect(status().isCreated()),
                "$.id");
        UUID sjostad = municipalityOf("gruppchef");
        long logBefore = accessLogCount("true");

        YearInQuality year = as("gruppchef", FunctionType.GROUP_MANAGER, () -> register.year(sjostad, TODAY.getYear()));

        assertThat(accessLogCount("true")).isEqualTo(logBefore);
        assertThat(year.year()).isEqualTo(TODAY.getYear());
        var followedUp = year.deviations().stream()
                .filter(d -> d.reference().equals(reference(closed)))
                .findFirst()
                .orElseThrow();
        assertThat(followedUp.category()).isEqualTo(ProcessStep.DEADLINE);
        assertThat(followedUp.status()).isEqualTo(DeviationStatus.FOLLOWED_UP);
        assertThat(followedUp.raisedByFunction()).isEqualTo(FunctionType.CASE_MANAGER);
        assertThat(followedUp.source()).isEqualTo(DeviationSource.OTHER);
        assertThat(followedUp.raisedOn()).isEqualTo(TODAY);
        assertThat(followedUp.whatHappened()).isEqualTo("Återkopplingen till skolan kom efter tre veckor");
        assertThat(followedUp.analysis()).isEqualTo("Fristen bevakades inte i någon lista");
        assertThat(followedUp.actions()).singleElement().satisfies(a -> {
            assertThat(a.what()).isEqualTo("Lägg fristen i tidsfristlistan");
            assertThat(a.ownerFunction()).isEqualTo(FunctionType.CASE_MANAGER);
            assertThat(a.dueOn()).isEqualTo(TODAY.plusWeeks(2));
            assertThat(a.doneOn()).isEqualTo(TODAY);
            assertThat(a.doneLate()).isFalse();
        });
        assertThat(followedUp.followUp().effective()).isTrue();
        assertThat(followedUp.followUp().byFunction()).isEqualTo(FunctionType.GROUP_MANAGER);
        assertThat(followedUp.toString())
                .doesNotContain("Cem Demir", q.fx.staffId("cm1").toString());

        var raisedOnly = year.deviations().stream()
                .filter(d -> d.reference().equals(reference(open)))
                .findFirst()
                .orElseThrow();
        assertThat(raisedOnly.status()).isEqualTo(DeviationStatus.RAISED);
        assertThat(raisedOnly.analysis()).isNull();
        assertThat(raisedOnly.followUp()).isNull();

        assertThat(year.byCategory().keySet()).containsExactly(ProcessStep.values());
        assertThat(year.byStatus().keySet()).containsExactly(DeviationStatus.values());
        assertThat(year.byStatus().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(year.deviations().size());
        assertThat(year.byCategory().get(ProcessStep.DEADLINE))
                .isEqualTo(year.deviations().stream()
                        .filter(d -> d.category() == ProcessStep.DEADLINE)
                        .count())
                .isPositive();
        assertThat(year.risks())
                .filteredOn(r -> r.id().toString().equals(risk))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.value()).isEqualTo(9);
                    assertThat(r.band()).isEqualTo(RiskBand.HIGH);
                    assertThat(r.owner()).isEqualTo(FunctionType.INDIVIDUAL_COORDINATOR);
                    assertThat(r.measures()).isEqualTo("Daglig bevakning");
                    assertThat(r.status()).isEqualTo(RiskStatus.OPEN);
                    assertThat(r.identifiedOn()).isEqualTo(TODAY);
                });

        YearInQuality before =
                as("gruppchef", FunctionType.GROUP_MANAGER, () -> register.year(sjostad, TODAY.getYear() - 1));
        assertThat(before.deviations()).noneMatch(d -> d.reference().equals(reference(closed)));
        assertThat(before.risks()).noneMatch(r -> r.id().toString().equals(risk));
        assertThat(Arrays.stream(ProcessStep.values())
                        .allMatch(s -> before.byCategory().containsKey(s)))
                .isTrue();
    }

    @Test
    void itAnswersOnlyForTheActorsOwnMunicipality() throws Exception {
        String text = "Överlämningen till socialjouren saknade besked " + System.nanoTime();
        q.post("cm1", BASE, """
                        {"whatHappened": "%s", "affected": "TRANSITION"}""".formatted(text)).andExpect(status().isCreated());
        UUID sjostad = municipalityOf("cm1");
        UUID aby = municipalityOf("aby-ic");
        long denied = accessLogCount("username = 'aby-ic' and record_type = 'quality-register' and outcome = 'DENIED'");
        assertThatThrownBy(() -> as(
                        "aby-ic", FunctionType.INDIVIDUAL_COORDINATOR, () -> register.year(sjostad, TODAY.getYear())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(accessLogCount("username = 'aby-ic' and record_type = 'quality-register' and outcome = 'DENIED'"))
                .isEqualTo(denied + 1);
        YearInQuality abys =
                as("aby-ic", FunctionType.INDIVIDUAL_COORDINATOR, () -> register.year(aby, TODAY.getYear()));
        assertThat(abys.deviations()).noneMatch(d -> d.whatHappened().equals(text));
        assertThat(as("cm1", FunctionType.CASE_MANAGER, () -> register.year(sjostad, TODAY.getYear()))
                        .deviations())
                .anyMatch(d -> d.whatHappened().equals(text));
        assertThatThrownBy(() -> register.year(sjostad, TODAY.getYear()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
