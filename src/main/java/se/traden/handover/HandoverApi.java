package se.traden.handover;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Handover over HTTP. */
@RestController
@Tag(name = "Handover", description = "Passing all of a person's open work to a successor when they leave")
class HandoverApi {
    private final HandoverService service;

    HandoverApi(HandoverService service) {
        this.service = service;
    }

    record HandoverRequest(UUID successorId, String reason, Boolean endFunctions) {}

    record HoldingsJson(UUID staffId, String name, List<String> functions, List<String> cases) {}

    @GetMapping("/api/v1/organisation/staff/{id}/handover")
    @Operation(summary = "What a handover of this person would move: functions held today and open cases")
    HoldingsJson holdings(@PathVariable UUID id) {
        HandoverService.Holdings h = service.holdings(id);
        return new HoldingsJson(
                h.staffId().value(),
                h.name(),
                h.functions().stream().map(f -> f.type().name()).toList(),
                h.cases().stream().map(c -> c.reference()).toList());
    }

    @PostMapping("/api/v1/organisation/staff/{id}/handover")
    @Operation(
            summary = "Hand all of a person's open cases and functions to a successor",
            description = "Group manager or administrator. endFunctions (default true) ends the leaver's assignments"
                    + " the day before; false keeps them (leave). One transaction: all moves or none.")
    HandoverService.Result handOver(@PathVariable UUID id, @RequestBody HandoverRequest body) {
        return service.handOver(id, body.successorId(), body.reason(), !Boolean.FALSE.equals(body.endFunctions()));
    }
}
