package se.traden.collaboration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.ConcurrentEditException;
import se.traden.shared.RecordRef;

/**
 * After action reviews of a case once it has left active work. The coordinator and the case manager write
 * them (a closed case stays writable for this, and only for this).
 */
@Service
class ReviewService {
    static final String RECORD = "after-action-review";

    private final CaseHeaders headers;
    private final Reviews reviews;
    private final AccessGuard guard;
    private final Clock clock;

    ReviewService(CaseHeaders headers, Reviews reviews, AccessGuard guard, Clock clock) {
        this.headers = headers;
        this.reviews = reviews;
        this.guard = guard;
        this.clock = clock;
    }

    record ReviewLog(CaseHeader header, List<AfterActionReview> reviews) {}

    @Transactional
    ReviewLog log(UUID caseId) {
        CaseHeader header = headers.read(caseId, RECORD);
        return new ReviewLog(header, reviews.ofCase(header.municipalityId(), caseId));
    }

    @Transactional
    AfterActionReview hold(UUID caseId, AfterActionReview.Answers answers) {
        CaseHeader header = headers.write(caseId, RECORD);
        AfterActionReview.requireClosure(header.status());
        AfterActionReview review = AfterActionReview.hold(
                header.municipalityId(),
                caseId,
                answers,
                LocalDate.now(clock),
                new Recorded(guard.actor().staffId().value(), header.actingAs(), clock.instant()));
        reviews.insert(review);
        return review;
    }

    @Transactional
    AfterActionReview revise(UUID caseId, UUID reviewId, long version, AfterActionReview.Answers answers) {
        CaseHeader header = headers.write(caseId, RECORD);
        AfterActionReview review = reviews.find(header.municipalityId(), caseId, reviewId)
                .orElseThrow(() -> guard.notFound(AccessAction.UPDATE, RecordRef.of(RECORD, reviewId)));
        if (review.version() != version) {
            throw new ConcurrentEditException(RECORD, reviewId, version);
        }
        reviews.update(
                review.revise(answers, LocalDate.now(clock), clock.instant()),
                guard.actor().staffId().value());
        return reviews.find(header.municipalityId(), caseId, reviewId).orElseThrow();
    }
}
