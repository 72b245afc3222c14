package se.traden.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.traden.shared.FieldViolation;
import se.traden.shared.FunctionType;

/**
 * One disclosure to write into the ledger, as the module that made it describes it. The person who
 * acts in the request is the decider; {@code decidedIn} is the function they act in.
 *
 * <p>The age the 18 a § rule is checked against comes from the person's registered date of birth when
 * the ledger can look it up ({@link PersonBirthDates}), else from {@code subjectDateOfBirth}, else from
 * {@code subjectAge}; it is the age on the day of the disclosure.
 *
 * @param personId null only when nothing identifies the person ({@link LegalBasis#DE_IDENTIFIED})
 * @param context the concern or case it belongs to, or null
 * @param consentId the recorded consent the disclosure relies on, when the basis is consent
 * @param summary a short description of what was disclosed: what kind of information, never the
 *     information itself (that stays in the matter's own record)
 * @param corrects the earlier entry this one corrects, or null
 */
public record NewDisclosure(
        Direction direction,
        Instant occurredAt,
        UUID personId,
        DisclosureContext context,
        Party from,
        Party to,
        Set<InformationCategory> categories,
        LegalBasis basis,
        String balancing,
        boolean requestedByRecipient,
        boolean crimePreventionPurpose,
        UUID consentId,
        LocalDate subjectDateOfBirth,
        Integer subjectAge,
        FunctionType decidedIn,
        String summary,
        Correction corrects) {

    static final int MAX_TEXT = 4000;
    static final int MAX_SUMMARY = 1000;
    static final int MAX_NAME = 200;

    /** Which entry a new entry corrects, and why. */
    public record Correction(UUID entryId, String reason) {}

    public NewDisclosure {
        categories = categories == null || categories.isEmpty()
                ? EnumSet.noneOf(InformationCategory.class)
                : EnumSet.copyOf(categories);
        balancing = balancing == null || balancing.isBlank() ? null : balancing.strip();
        summary = summary == null ? null : summary.strip();
    }

    /** The rules of shape every entry keeps, whatever its basis. */
    List<FieldViolation> violations() {
        List<FieldViolation> violations = new ArrayList<>();
        if (direction == null) {
            violations.add(FieldViolation.of("direction", "required"));
        }
        if (occurredAt == null) {
            violations.add(FieldViolation.of("occurredAt", "required"));
        }
        if (basis == null) {
            violations.add(FieldViolation.of("legalBasis", "disclosure.basis-required"));
        } else if (basis != LegalBasis.DE_IDENTIFIED && personId == null) {
            violations.add(FieldViolation.of("personId", "disclosure.person-required"));
        }
        party("from", from, violations);
        party("to", to, violations);
        if (categories.isEmpty()) {
            violations.add(FieldViolation.of("categories", "disclosure.categories-required"));
        }
        if (balancing != null && balancing.length() > MAX_TEXT) {
            violations.add(FieldViolation.of("balancing", "too-long", MAX_TEXT));
        }
        if (summary == null || summary.isEmpty()) {
            violations.add(FieldViolation.of("summary", "required"));
        } else if (summary.length() > MAX_SUMMARY) {
            violations.add(FieldViolation.of("summary", "too-long", MAX_SUMMARY));
        }
        if (subjectAge != null && (subjectAge < 0 || subjectAge > 150)) {
            violations.add(FieldViolation.of("subjectAge", "malformed"));
        }
        if (decidedIn == null) {
            violations.add(FieldViolation.of("decidedIn", "required"));
        }
        if (corrects != null) {
            if (corrects.entryId() == null) {
                violations.add(FieldViolation.of("corrects.entryId", "required"));
            }
            if (corrects.reason() == null || corrects.reason().isBlank()) {
                violations.add(FieldViolation.of("corrects.reason", "disclosure.correction-reason-required"));
            }
        }
        return violations;
    }

    private static void party(String side, Party party, List<FieldViolation> violations) {
        if (party == null
                || party.organisation() == null
                || party.organisation().isEmpty()) {
            violations.add(FieldViolation.of(side + ".organisation", "required"));
        } else if (party.organisation().length() > MAX_NAME) {
            violations.add(FieldViolation.of(side + ".organisation", "too-long", MAX_NAME));
        }
        if (party == null || party.kind() == null) {
            violations.add(FieldViolation.of(side + ".kind", "required"));
        }
        if (party != null && party.function() != null && party.function().length() > MAX_NAME) {
            violations.add(FieldViolation.of(side + ".function", "too-long", MAX_NAME));
        }
    }
}
