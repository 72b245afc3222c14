package se.traden.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.traden.shared.FieldViolation;
import se.traden.shared.InvalidInputException;

/**
 * How long one kind of record keeps its personal data in one municipality: thinned a number of years
 * after its last entry, when the rule is on, and for a child's records not before the child has reached
 * an age and not when the child belongs to the research sample. Until the administrator changes it, a
 * rule is the kind's documented default ({@link #isDefault()}, version 0).
 */
record RetentionRule(
        RecordType type,
        boolean enabled,
        int yearsAfterLastEntry,
        Integer keepUntilAge,
        boolean keepResearchSample,
        boolean isDefault,
        Instant updatedAt,
        UUID updatedBy,
        long version) {
    static final int MIN_YEARS = 1;
    static final int MAX_YEARS = 100;
    static final int MIN_AGE = 18;
    static final int MAX_AGE = 110;

    static RetentionRule defaultFor(RecordType type) {
        return new RetentionRule(
                type,
                true,
                type.defaultYears(),
                type.defaultKeepUntilAge(),
                type.defaultResearchSample(),
                true,
                null,
                null,
                0);
    }

    /** What an administrator asks the rule to become; every field again. */
    record Change(Boolean enabled, Integer yearsAfterLastEntry, Integer keepUntilAge, Boolean keepResearchSample) {}

    /** The rule as changed, checked whole: every broken rule at once, nothing changed when one is broken. */
    RetentionRule change(Change change, UUID by, Instant at) {
        List<FieldViolation> violations = new ArrayList<>();
        if (change.enabled() == null) {
            violations.add(FieldViolation.of("enabled", "required"));
        }
        Integer years = change.yearsAfterLastEntry();
        if (years == null) {
            violations.add(FieldViolation.of("yearsAfterLastEntry", "required"));
        } else if (years < MIN_YEARS || years > MAX_YEARS) {
            violations.add(
                    FieldViolation.of("yearsAfterLastEntry", "retention.years-out-of-range", MIN_YEARS, MAX_YEARS));
        }
        Integer age = change.keepUntilAge();
        if (age != null && !type.ageApplies()) {
            violations.add(FieldViolation.of("keepUntilAge", "retention.age-not-applicable"));
        } else if (age != null && (age < MIN_AGE || age > MAX_AGE)) {
            violations.add(FieldViolation.of("keepUntilAge", "retention.age-out-of-range", MIN_AGE, MAX_AGE));
        }
        boolean research = Boolean.TRUE.equals(change.keepResearchSample());
        if (research && !type.researchSampleApplies()) {
            violations.add(FieldViolation.of("keepResearchSample", "retention.research-not-applicable"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new RetentionRule(type, change.enabled(), years, age, research, false, at, by, version + 1);
    }

    /** The moment from which a record whose last entry was at {@code lastEntry} is due for thinning. */
    Instant dueFrom(Instant lastEntry, ZoneId zone) {
        return lastEntry.atZone(zone).plusYears(yearsAfterLastEntry).toInstant();
    }

    /** The last entry a record may have had to be due on {@code asOf}: anything at or before it is due. */
    Instant latestDueEntry(Instant asOf, ZoneId zone) {
        return asOf.atZone(zone).minusYears(yearsAfterLastEntry).toInstant();
    }

    /** The day a child born on {@code birth} has reached the rule's age; null when the rule has no age floor. */
    LocalDate ageReachedOn(LocalDate birth) {
        return keepUntilAge == null || birth == null ? null : birth.plusYears(keepUntilAge);
    }
}
