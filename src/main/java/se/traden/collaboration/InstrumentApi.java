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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.traden.shared.web.Versions;

/** Instrument uses over HTTP. Results are text as written; the system computes nothing from them. */
@RestController
@RequestMapping("/api/v1/cases/{caseId}/instruments")
@Tag(name = "Instruments", description = "Assessment instruments used as one input among several")
class InstrumentApi {
    private final InstrumentService service;

    InstrumentApi(InstrumentService service) {
        this.service = service;
    }

    record UseRequest(
            Instrument instrument,
            String otherName,
            LocalDate usedOn,
            String chosenBy,
            String why,
            String reading,
            String complementedBy,
            String result) {}

    record AfterRequest(Long version, LocalDate afterOn, String afterResult, String afterReading) {}

    record UseJson(
            UUID id,
            Instrument instrument,
            String otherName,
            LocalDate usedOn,
            String chosenBy,
            String why,
            String reading,
            String complementedBy,
            String result,
            LocalDate afterOn,
            String afterResult,
            String afterReading,
            UUID recordedBy,
            Instant recordedAt,
            long version) {
        static UseJson of(InstrumentUse u) {
            return new UseJson(
                    u.id(),
                    u.instrument(),
                    u.otherName(),
                    u.usedOn(),
                    u.chosenBy(),
                    u.why(),
                    u.reading(),
                    u.complementedBy(),
                    u.result(),
                    u.afterOn(),
                    u.afterResult(),
                    u.afterReading(),
                    u.recorded().staffId(),
                    u.recorded().at(),
                    u.version());
        }
    }

    @GetMapping
    @Operation(summary = "The instrument uses of the case, the latest first")
    List<UseJson> list(@PathVariable UUID caseId) {
        return service.log(caseId).uses().stream().map(UseJson::of).toList();
    }

    @PostMapping
    @Operation(summary = "Record a use: who chose the instrument, why, how the result was read, what complemented it")
    ResponseEntity<UseJson> record(@PathVariable UUID caseId, @RequestBody UseRequest r) {
        InstrumentUse u = service.record(
                caseId,
                new InstrumentUse.NewUse(
                        r.instrument(),
                        r.otherName(),
                        r.usedOn(),
                        r.chosenBy(),
                        r.why(),
                        r.reading(),
                        r.complementedBy(),
                        r.result()));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/instruments/" + u.id()))
                .eTag(Versions.etag(u.version()))
                .body(UseJson.of(u));
    }

    @PostMapping("/{useId}/after-measurement")
    @Operation(summary = "Add the later measurement on the same instrument, making a before/after pair")
    ResponseEntity<UseJson> after(
            @PathVariable UUID caseId,
            @PathVariable UUID useId,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody AfterRequest r) {
        InstrumentUse u = service.measureAfter(
                caseId, useId, Versions.expected(ifMatch, r.version()), r.afterOn(), r.afterResult(), r.afterReading());
        return ResponseEntity.ok().eTag(Versions.etag(u.version())).body(UseJson.of(u));
    }
}
