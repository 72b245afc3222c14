package se.traden.quality;

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
import se.traden.shared.FunctionType;
import se.traden.shared.web.Versions;

/** The risk analysis of the operation over HTTP. A reassessment names its version (If-Match or body). */
@RestController
@RequestMapping("/api/v1/quality/risks")
@Tag(
        name = "Operational risks",
        description = "Risks to the process (SOSFS 2011:9, 5 kap. 1 §): likelihood, consequence and measures;"
                + " never about a person")
class RiskApi {
    private final RiskService service;

    RiskApi(RiskService service) {
        this.service = service;
    }

    /** Likelihood and consequence are levels 1–4; the owner is a function (group manager, coordinator, ...). */
    record RiskRequest(
            Long version,
            String title,
            String description,
            ProcessStep processStep,
            Integer likelihood,
            Integer consequence,
            String measures,
            FunctionType owner,
            LocalDate reviewOn,
            RiskStatus status) {

        OperationalRisk.Assessment assessment() {
            return new OperationalRisk.Assessment(
                    title, description, processStep, likelihood, consequence, measures, owner, reviewOn, status);
        }
    }

    record RiskJson(
            UUID id,
            String title,
            String description,
            ProcessStep processStep,
            int likelihood,
            int consequence,
            int value,
            RiskBand band,
            String measures,
            FunctionType owner,
            LocalDate reviewOn,
            RiskStatus status,
            Instant identifiedAt,
            FunctionType identifiedFunction,
            Instant updatedAt,
            long version) {

        static RiskJson of(OperationalRisk r) {
            return new RiskJson(
                    r.id(),
                    r.title(),
                    r.description(),
                    r.processStep(),
                    r.likelihood(),
                    r.consequence(),
                    r.value(),
                    r.band(),
                    r.measures(),
                    r.owner(),
                    r.reviewOn(),
                    r.status(),
                    r.identifiedAt(),
                    r.identifiedFunction(),
                    r.updatedAt(),
                    r.version());
        }
    }

    record CellJson(int likelihood, int consequence, int value, RiskBand band, int count) {}

    record MatrixJson(int counted, List<CellJson> cells) {}

    @GetMapping
    @Operation(summary = "The municipality's risks: open and mitigated first, the highest value first")
    List<RiskJson> list() {
        return service.register().risks().stream().map(RiskJson::of).toList();
    }

    @GetMapping("/matrix")
    @Operation(summary = "The risk matrix: how many open or mitigated risks per likelihood and consequence")
    MatrixJson matrix() {
        RiskMatrix m = service.register().matrix();
        return new MatrixJson(
                m.counted(),
                m.rows().stream()
                        .flatMap(row -> row.cells().stream())
                        .map(c -> new CellJson(c.likelihood(), c.consequence(), c.value(), c.band(), c.count()))
                        .toList());
    }

    @PostMapping
    @Operation(summary = "Identify a risk (group manager or coordinator)")
    ResponseEntity<RiskJson> identify(@RequestBody RiskRequest r) {
        OperationalRisk risk = service.identify(r.assessment());
        return ResponseEntity.created(URI.create("/api/v1/quality/risks/" + risk.id()))
                .eTag(Versions.etag(risk.version()))
                .body(RiskJson.of(risk));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One risk")
    ResponseEntity<RiskJson> read(@PathVariable UUID id) {
        OperationalRisk risk = service.read(id);
        return ResponseEntity.ok().eTag(Versions.etag(risk.version())).body(RiskJson.of(risk));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Reassess a risk: every field again (group manager or coordinator)")
    ResponseEntity<RiskJson> reassess(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody RiskRequest r) {
        OperationalRisk risk = service.reassess(id, Versions.expected(ifMatch, r.version()), r.assessment());
        return ResponseEntity.ok().eTag(Versions.etag(risk.version())).body(RiskJson.of(risk));
    }
}
