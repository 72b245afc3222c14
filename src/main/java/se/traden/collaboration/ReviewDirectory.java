package se.traden.collaboration;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where an after action review sits, for modules that point at one (a deviation raised from it): its
 * case and the day it was held, nothing of its content. Asks no access question itself; the caller asks
 * {@code casework.CaseAccess} before it shows or stores the link.
 */
@Component
public class ReviewDirectory {
    private final JdbcClient jdbc;

    ReviewDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A review's place: which case it belongs to and when it was held. */
    public record ReviewPlace(UUID reviewId, UUID caseId, LocalDate heldOn) {}

    /** The review of the municipality with this id; empty when there is none there. */
    public Optional<ReviewPlace> find(UUID municipalityId, UUID reviewId) {
        return jdbc.sql("select id, case_id, held_on from after_action_review where municipality_id = ? and id = ?")
                .params(municipalityId, reviewId)
                .query((rs, n) -> new ReviewPlace(
                        rs.getObject("id", UUID.class),
                        rs.getObject("case_id", UUID.class),
                        rs.getObject("held_on", LocalDate.class)))
                .optional();
    }
}
