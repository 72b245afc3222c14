package se.traden.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Is the child already known? The question is sent in the body, so no personal number is in a URL. */
@RestController
@Tag(name = "People")
class ChildMatchingApi {
    private final ChildMatching matching;

    ChildMatchingApi(ChildMatching matching) {
        this.matching = matching;
    }

    record MatchRequest(String personalNumber, String name, Integer birthYear) {}

    @PostMapping("/api/v1/people/matches")
    @Operation(summary = "Registered children that may be the one described: exact by number, tolerant by name")
    List<ChildMatching.Candidate> matches(@RequestBody MatchRequest request) {
        return matching.candidates(request.personalNumber(), request.name(), request.birthYear());
    }
}
