package se.traden.collaboration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.traden.shared.web.Versions;

/** After action reviews over HTTP. */
@RestController
@RequestMapping("/api/v1/cases/{caseId}/reviews")
@Tag(name = "After action reviews", description = "The structured reflection after a case has closed")
class ReviewApi {
    private final ReviewService service;

    ReviewApi(ReviewService service) {
        this.service = service;
    }

    record ReviewRequest(
            Long version,
            LocalDate heldOn,
            String invitedActors,
            String whatWorked,
            String doAgain,
            String avoid,
            String missedSignals,
            String childView,
            String familyView,
            Boolean viewsAgreed) {

        AfterActionReview.Answers answers() {
            return new AfterActionReview.Answers(
                    heldOn,
                    invitedActors,
                    whatWorked,
                    doAgain,
                    avoid,
                    missedSignals,
                    childView,
                    familyView,
                    viewsAgreed);
        }
    }

    record ReviewJson(
            UUID id,
            LocalDate heldOn,
            String invitedActors,
            String whatWorked,
            String doAgain,
            String avoid,
            String missedSignals,
            String childView,
            String familyView,
            boolean viewsAgreed,
            UUID recordedBy,
            String recordedInFunction,
            Instant recordedAt,
            Instant updatedAt,
            long version) {
        static ReviewJson of(AfterActionReview r) {
            return new ReviewJson(
                    r.id(),
                    r.heldOn(),
                    r.invitedActors(),
                    r.whatWorked(),
                    r.doAgain(),
                    r.avoid(),
                    r.missedSignals(),
                    r.childView(),
                    r.familyView(),
                    r.viewsAgreed(),
                    r.recorded().staffId(),
                    r.recorded().function().name(),
                    r.recorded().at(),
                    r.updatedAt(),
                    r.version());
        }
    }

    @GetMapping
    @Operation(summary = "The case's after action reviews")
    List<ReviewJson> list(@PathVariable UUID caseId) {
        return service.log(caseId).reviews().stream().map(ReviewJson::of).toList();
    }

    @PostMapping
    @Operation(summary = "Record the review of a closed case (or one kept as a maintaining contact)")
    ResponseEntity<ReviewJson> hold(@PathVariable UUID caseId, @RequestBody ReviewRequest r) {
        AfterActionReview review = service.hold(caseId, r.answers());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/reviews/" + review.id()))
                .eTag(Versions.etag(review.version()))
                .body(ReviewJson.of(review));
    }

    @PutMapping("/{reviewId}")
    @Operation(summary = "Complete or correct a review, from the version it started from")
    ResponseEntity<ReviewJson> revise(
            @PathVariable UUID caseId,
            @PathVariable UUID reviewId,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody ReviewRequest r) {
        AfterActionReview review =
                service.revise(caseId, reviewId, Versions.expected(ifMatch, r.version()), r.answers());
        return ResponseEntity.ok().eTag(Versions.etag(review.version())).body(ReviewJson.of(review));
    }
}
