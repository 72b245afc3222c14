package se.traden.disclosure;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ledger over HTTP, for the functions that review how the secrecy-breaking provisions are applied. */
@RestController
@RequestMapping("/api/v1/disclosures")
@Tag(name = "Disclosures", description = "The ledger of information given out and taken in about persons")
class DisclosureApi {
    private final DisclosureLedger ledger;

    DisclosureApi(DisclosureLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping
    @Operation(
            summary = "Ledger entries, newest first (individual coordinator, group manager, log auditor)",
            description = "At most 500 entries; 'more' says whether further entries matched. The period is"
                    + " inclusive and read in the municipality's time zone.")
    DisclosureLedger.LedgerPage search(
            @Parameter(description = "the person the information is about") @RequestParam(required = false) UUID person,
            @Parameter(description = "first day, ISO date")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = "last day, ISO date")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            @Parameter(description = "the legal basis") @RequestParam(required = false) LegalBasis basis) {
        return ledger.search(new LedgerFilter(person, from, to, basis, null));
    }
}
