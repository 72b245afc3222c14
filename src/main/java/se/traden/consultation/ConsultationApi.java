package se.traden.consultation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.traden.intake.ProblemArea;

/** Consultations over HTTP. Text that looks like a personal identity number is refused per field. */
@RestController
@RequestMapping("/api/v1/consultations")
@Tag(name = "Consultations", description = "Advice on a situation, recorded without identifying anyone")
class ConsultationApi {
    private final ConsultationService service;

    ConsultationApi(ConsultationService service) {
        this.service = service;
    }

    record ConsultationRequest(
            LocalDate heldOn,
            AskerKind askerKind,
            String askerFunction,
            Set<ProblemArea> problemAreas,
            String situation,
            String advice,
            Boolean mayLeadToConcern) {}

    record ConsultationJson(
            UUID id,
            LocalDate heldOn,
            AskerKind askerKind,
            String askerFunction,
            Set<ProblemArea> problemAreas,
            String situation,
            String advice,
            boolean mayLeadToConcern,
            Instant recordedAt,
            String recordedInFunction,
            long version) {}

    @PostMapping
    @Operation(summary = "Record a consultation (individual coordinator or intake unit)")
    ResponseEntity<ConsultationJson> record(@RequestBody ConsultationRequest r) {
        Consultation c = service.record(new ConsultationService.RecordConsultation(
                r.heldOn(),
                r.askerKind(),
                r.askerFunction(),
                r.problemAreas(),
                r.situation(),
                r.advice(),
                r.mayLeadToConcern()));
        return ResponseEntity.created(URI.create("/api/v1/consultations/" + c.id()))
                .body(json(c));
    }

    @GetMapping
    @Operation(summary = "The municipality's consultations, the latest first")
    List<ConsultationJson> recent() {
        return service.recent().stream().map(ConsultationApi::json).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One consultation")
    ConsultationJson read(@PathVariable UUID id) {
        return json(service.read(id));
    }

    private static ConsultationJson json(Consultation c) {
        return new ConsultationJson(
                c.id(),
                c.heldOn(),
                c.askerKind(),
                c.askerFunction(),
                c.problemAreas(),
                c.situation(),
                c.advice(),
                c.mayLeadToConcern(),
                c.recorded().at(),
                c.recorded().function().name(),
                c.version());
    }
}
