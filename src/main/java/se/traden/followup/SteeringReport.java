package se.traden.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.traden.shared.FieldViolation;
import se.traden.shared.FunctionType;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RuleViolationException;

/**
 * A steering report: the aggregated picture of a period, with a commentary from the individual
 * coordinator and one from the group manager, each written by the holder of that function. The numbers
 * are never stored: they are computed from the facts whenever the report is opened or printed.
 */
public final class SteeringReport {
    static final int TITLE_MAX = 200;
    static final int COMMENTARY_MAX = 8000;

    private final UUID id;
    private final UUID municipalityId;
    private final String title;
    private final Period period;
    private Commentary coordinator;
    private Commentary groupManager;
    private final Instant createdAt;
    private final UUID createdBy;
    private final long version;

    /** One function's commentary: what it says, who wrote it and when. */
    public record Commentary(String text, UUID staffId, Instant at) {}

    SteeringReport(
            UUID id,
            UUID municipalityId,
            String title,
            Period period,
            Commentary coordinator,
            Commentary groupManager,
            Instant createdAt,
            UUID createdBy,
            long version) {
        this.id = id;
        this.municipalityId = municipalityId;
        this.title = title;
        this.period = period;
        this.coordinator = coordinator;
        this.groupManager = groupManager;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.version = version;
    }

    static SteeringReport draft(UUID municipalityId, String title, Period period, UUID by, Instant at) {
        List<FieldViolation> violations = new ArrayList<>();
        if (title == null || title.isBlank()) {
            violations.add(FieldViolation.of("title", "required"));
        } else {
            ProcessText.check(violations, "title", title, TITLE_MAX, LocalDate.ofInstant(at, Period.ZONE));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new SteeringReport(UUID.randomUUID(), municipalityId, title.strip(), period, null, null, at, by, 0);
    }

    /**
     * Writes the commentary of the function the author acts in: the coordinator's or the group
     * manager's. An empty text removes it.
     */
    void comment(FunctionType as, String text, UUID by, Instant at) {
        List<FieldViolation> violations = new ArrayList<>();
        ProcessText.check(violations, "text", text, COMMENTARY_MAX, LocalDate.ofInstant(at, Period.ZONE));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Commentary commentary = text == null || text.isBlank() ? null : new Commentary(text.strip(), by, at);
        switch (as) {
            case INDIVIDUAL_COORDINATOR -> coordinator = commentary;
            case GROUP_MANAGER -> groupManager = commentary;
            default -> throw new RuleViolationException("followup.commentary-function", null, null);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID municipalityId() {
        return municipalityId;
    }

    public String title() {
        return title;
    }

    public Period period() {
        return period;
    }

    public Commentary coordinator() {
        return coordinator;
    }

    public Commentary groupManager() {
        return groupManager;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public long version() {
        return version;
    }
}
