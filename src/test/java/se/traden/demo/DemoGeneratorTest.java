package se.traden.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.traden.people.PersonalIdentityNumber;
import se.traden.support.IntegrationTest;

/**
 * The demo generator: the same parameters give the same content, another seed another, and what it makes
 * hangs together (every case from an activated concern, every activation with a case manager, every
 * consent with givers and recipients, every date inside the span).
 */
class DemoGeneratorTest extends IntegrationTest {
    static final LocalDate UNTIL = LocalDate.of(2026, 9, 1);

    @Autowired
    DemoGenerator generator;

    @Test
    void theSameSeedGivesTheSameContentAndAnotherSeedAnother() {
        generator.generate(new GeneratorProperties(10, 1, 42, "gen-same-a", UNTIL));
        generator.generate(new GeneratorProperties(10, 1, 42, "gen-same-b", UNTIL));
        generator.generate(new GeneratorProperties(10, 1, 7, "gen-other", UNTIL));

        List<String> first = new GeneratedData(jdbc, "gen-same-a").fingerprint();
        List<String> second = new GeneratedData(jdbc, "gen-same-b").fingerprint();
        List<String> other = new GeneratedData(jdbc, "gen-other").fingerprint();

        assertThat(first).hasSizeGreaterThan(100);
        assertThat(second).containsExactlyElementsOf(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void startUpGeneratesOnlyIntoAMunicipalityWithoutConcerns() {
        var once = new GeneratorProperties(3, 1, 11, "gen-once", UNTIL);

        assertThat(generator.generateIfEmpty(once)).isPresent();
        long concerns = new GeneratedData(jdbc, "gen-once").rows("concern");

        assertThat(generator.generateIfEmpty(once)).as("a restart").isEmpty();
        assertThat(generator.generateIfEmpty(new GeneratorProperties(0, 1, 11, "gen-none", UNTIL)))
                .isEmpty();
        assertThat(new GeneratedData(jdbc, "gen-once").rows("concern"))
                .isEqualTo(concerns)
                .isPositive();
        assertThat(jdbc.sql("select count(*) from municipality where code = 'gen-none'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /** A story of two years whose seed lets every kind of event happen at least once. */
    @Test
    void whatItMakesHangsTogether() {
        var report = generator.generate(new GeneratorProperties(28, 2, 5, "gen-whole", UNTIL));
        GeneratedData data = new GeneratedData(jdbc, "gen-whole");

        assertThat(report.children()).isEqualTo(28);
        assertThat(data.count("""
                        select count(*) from collab_case k
                         where k.municipality_id = ?
                           and not exists (select 1 from concern c where c.id = k.origin_concern_id
                                            and c.municipality_id = k.municipality_id and c.status = 'ACTIVATED')
                        """))
                .as("cases without an activated concern they came from")
                .isZero();
        assertThat(data.count("""
                        select count(*) from concern c
                         where c.municipality_id = ? and c.status = 'ACTIVATED'
                           and not exists (select 1 from function_assignment a join org_function f on f.id = a.function_id
                                            where a.staff_id = c.case_manager_staff_id and f.type = 'CASE_MANAGER')
                        """)).as("activations without a case manager").isZero();
        assertThat(data.count("""
                        select count(*) from consent k where k.municipality_id = ?
                           and (not exists (select 1 from consent_giver g where g.consent_id = k.id)
                             or not exists (select 1 from consent_recipient r where r.consent_id = k.id))
                        """))
                .as("consents without a giver or a recipient")
                .isZero();
        assertThat(data.count(
                        """
                        select count(*) from (
                            select e.occurred_at as at from concern_event e join concern c on c.id = e.concern_id
                             where c.municipality_id = ?
                            union all select occurred_at from case_event where municipality_id = ?
                            union all select occurred_at from case_contact where municipality_id = ?
                            union all select held_on::timestamptz from check_in where municipality_id = ?
                            union all select occurred_at from disclosure_entry where municipality_id = ?
                            union all select occurred_at from access_log where municipality_id = ?) dated
                         where at < ?::date or at >= ?::date
                        """,
                        data.municipality(),
                        data.municipality(),
                        data.municipality(),
                        data.municipality(),
                        data.municipality(),
                        UNTIL.minusYears(2),
                        UNTIL))
                .as("events outside the span")
                .isZero();
        assertThat(data.values(
                        "select distinct phase from collab_case where municipality_id = ? and status = 'ACTIVE'"))
                .as("phases of the cases worked today")
                .contains("CHANGE", "MAINTENANCE");
        assertThat(data.values("""
                        select distinct details ->> 'to' from case_event
                         where municipality_id = ? and type = 'PHASE_CHANGED'
                        """))
                .as("phases moved into (every case opens exploring)")
                .contains("CHANGE", "MAINTENANCE");
        assertThat(data.values("select distinct status from collab_case where municipality_id = ?"))
                .contains("ACTIVE", "MAINTENANCE", "CLOSED");
        assertThat(data.values("select distinct status from concern where municipality_id = ?"))
                .as("decisions both ways")
                .contains("ACTIVATED", "LINE", "CLOSED_SIMPLE");
        assertThat(data.values("""
                        select distinct e.type from concern_event e join concern c on c.id = e.concern_id
                         where c.municipality_id = ?
                        """))
                .contains(
                        "RAISED",
                        "TRIAGED",
                        "IDENTIFIED",
                        "INQUIRY_SENT",
                        "ANSWER_RECEIVED",
                        "GATHERING_CONCLUDED",
                        "ASSESSMENT_HELD",
                        "HANDED_OVER",
                        "FEEDBACK_GIVEN",
                        "ACTIVATED",
                        "LEFT_WITH_LINE",
                        "LINE_RETURNED",
                        "CLOSED_SIMPLE",
                        "CASE_REENGAGED");
        assertThat(data.values("select distinct type from case_event where municipality_id = ?"))
                .contains(
                        "OPENED",
                        "PHASE_CHANGED",
                        "INTENSITY_EASED",
                        "CONSENT_RECORDED",
                        "CONSENT_WITHDRAWN",
                        "PLAN_REVISED",
                        "TRANSITION_RECORDED",
                        "CLOSED",
                        "REENGAGED");
        assertThat(data.values("select distinct legal_basis from disclosure_entry where municipality_id = ?"))
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(data.count("select count(*) from access_log where municipality_id = ? and outcome = 'DENIED'"))
                .as("refusals met by the generator")
                .isZero();
        for (String table : List.of(
                "consent", "case_contact", "check_in", "plan_revision", "investigation", "after_action_review")) {
            assertThat(data.rows(table)).as(table).isPositive();
        }
        for (String number : data.values(
                "select personal_number || ' ' || date_of_birth from person where municipality_id = ? and kind = 'CHILD'")) {
            String[] parts = number.split(" ");
            assertThat(PersonalIdentityNumber.parse(parts[0], UNTIL).dateOfBirth())
                    .isEqualTo(LocalDate.parse(parts[1]));
        }
    }
}
