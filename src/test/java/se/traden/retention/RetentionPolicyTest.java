package se.traden.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import se.traden.retention.RetentionPolicy.Facts;
import se.traden.retention.RetentionPolicy.Verdict;
import se.traden.shared.InvalidInputException;

/** The rules that decide whether a record is thinned now, one by one, as a reviewer would read them. */
class RetentionPolicyTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    static final Instant LAST_ENTRY =
            ZonedDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZONE).toInstant();
    static final LocalDate BORN = LocalDate.of(2010, 3, 12);

    static Instant at(int year, int month, int day) {
        return ZonedDateTime.of(year, month, day, 12, 0, 0, 0, ZONE).toInstant();
    }

    static Verdict judge(RetentionRule rule, Facts facts, Instant asOf) {
        return RetentionPolicy.judge(rule, facts, asOf, ZONE);
    }

    static Facts facts() {
        return new Facts(LAST_ENTRY, false, false, BORN, null);
    }

    static final RetentionRule CASES = RetentionRule.defaultFor(RecordType.CLOSED_CASE);

    @Test
    void nothingIsThinnedBeforeTheYearsAfterTheLastEntryHavePassed() {
        assertThat(judge(CASES, facts(), at(2031, 2, 28))).isInstanceOf(Verdict.NotDue.class);
        assertThat(judge(CASES, facts(), at(2041, 3, 1))).isInstanceOf(Verdict.Thin.class);
    }

    @Test
    void theDefaultsAreFiveYearsAndTheChildsThirtiethBirthdayWithTheResearchSampleKept() {
        assertThat(CASES.yearsAfterLastEntry()).isEqualTo(5);
        assertThat(CASES.keepUntilAge()).isEqualTo(30);
        assertThat(CASES.keepResearchSample()).isTrue();
        assertThat(CASES.enabled()).isTrue();
        assertThat(RetentionRule.defaultFor(RecordType.SETTLED_REMINDER).yearsAfterLastEntry())
                .isEqualTo(1);
        assertThat(RetentionRule.defaultFor(RecordType.CONSULTATION).keepUntilAge())
                .isNull();
    }

    @Test
    void aChildsRecordsAreKeptUntilTheChildHasReachedTheAge() {
        assertThat(judge(CASES, facts(), at(2040, 3, 11))).isEqualTo(new Verdict.Kept(KeptBecause.AGE));
        assertThat(judge(CASES, facts(), at(2040, 3, 12))).isInstanceOf(Verdict.Thin.class);
    }

    @Test
    void onlyTheBirthYearKnownCountsFromItsLastDay() {
        RetentionRule unidentified = RetentionRule.defaultFor(RecordType.UNIDENTIFIED_CONCERN);
        Facts facts = new Facts(LAST_ENTRY, false, false, null, 2010);
        assertThat(judge(unidentified, facts, at(2040, 12, 30))).isEqualTo(new Verdict.Kept(KeptBecause.AGE));
        assertThat(judge(unidentified, facts, at(2040, 12, 31))).isInstanceOf(Verdict.Thin.class);
        assertThat(judge(unidentified, new Facts(LAST_ENTRY, false, false, null, null), at(2031, 3, 2)))
                .as("no birth known: the years alone")
                .isInstanceOf(Verdict.Thin.class);
    }

    @Test
    void theResearchSampleIsKeptWhenTheRuleKeepsIt() {
        for (int day : new int[] {5, 15, 25}) {
            Facts sample = new Facts(LAST_ENTRY, false, false, LocalDate.of(2010, 3, day), null);
            assertThat(judge(CASES, sample, at(2050, 1, 1))).isEqualTo(new Verdict.Kept(KeptBecause.RESEARCH_SAMPLE));
        }
        RetentionRule notKept = CASES.change(new RetentionRule.Change(true, 5, 30, false), null, Instant.now());
        assertThat(judge(notKept, new Facts(LAST_ENTRY, false, false, LocalDate.of(2010, 3, 15), null), at(2050, 1, 1)))
                .isInstanceOf(Verdict.Thin.class);
    }

    @Test
    void aHoldComesFirstThenAPlacement() {
        assertThat(judge(CASES, new Facts(LAST_ENTRY, true, true, LocalDate.of(2010, 3, 15), null), at(2050, 1, 1)))
                .isEqualTo(new Verdict.Kept(KeptBecause.HOLD));
        assertThat(judge(CASES, new Facts(LAST_ENTRY, false, true, LocalDate.of(2010, 3, 15), null), at(2050, 1, 1)))
                .isEqualTo(new Verdict.Kept(KeptBecause.PLACEMENT));
        assertThat(judge(CASES, new Facts(LAST_ENTRY, true, false, BORN, null), at(2031, 1, 1)))
                .as("not due is not due, held or not")
                .isInstanceOf(Verdict.NotDue.class);
    }

    @Test
    void aRuleThatIsOffThinsNothing() {
        RetentionRule off = CASES.change(new RetentionRule.Change(false, 5, null, false), null, Instant.now());
        assertThat(judge(off, facts(), at(2090, 1, 1))).isInstanceOf(Verdict.NotDue.class);
    }

    @Test
    void aChangeIsCheckedWhole() {
        RetentionRule consultations = RetentionRule.defaultFor(RecordType.CONSULTATION);
        assertThatThrownBy(
                        () -> consultations.change(new RetentionRule.Change(null, 101, 30, true), null, Instant.now()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.field() + ":" + v.code())
                                .containsExactlyInAnyOrder(
                                        "enabled:required",
                                        "yearsAfterLastEntry:retention.years-out-of-range",
                                        "keepUntilAge:retention.age-not-applicable",
                                        "keepResearchSample:retention.research-not-applicable"));
        assertThatThrownBy(() -> CASES.change(new RetentionRule.Change(true, null, 17, false), null, Instant.now()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.field() + ":" + v.code())
                                .containsExactlyInAnyOrder(
                                        "yearsAfterLastEntry:required", "keepUntilAge:retention.age-out-of-range"));
        RetentionRule changed = CASES.change(new RetentionRule.Change(true, 10, null, false), null, Instant.now());
        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.isDefault()).isFalse();
        assertThat(changed.keepUntilAge()).isNull();
    }

    @Test
    void aBirthDateIsReadFromAPersonalOrCoordinationNumber() {
        assertThat(BirthDates.ofNumber("201003124567")).isEqualTo(LocalDate.of(2010, 3, 12));
        assertThat(BirthDates.ofNumber("201003724567")).isEqualTo(LocalDate.of(2010, 3, 12));
        assertThat(BirthDates.ofNumber("20100399")).isNull();
        assertThat(BirthDates.ofNumber(null)).isNull();
    }
}
