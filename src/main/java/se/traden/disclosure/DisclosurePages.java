package se.traden.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RecordRef;
import se.traden.shared.web.Forms;

/** The ledger page: a reviewer chooses a period and a basis and reads each application. */
@Controller
class DisclosurePages {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    static final int DEFAULT_DAYS = 30;

    private final DisclosureLedger ledger;
    private final AccessGuard guard;
    private final Clock clock;

    DisclosurePages(DisclosureLedger ledger, AccessGuard guard, Clock clock) {
        this.ledger = ledger;
        this.guard = guard;
        this.clock = clock;
    }

    /** The filter as typed: text, so that a malformed value is shown back with its error. */
    static class LedgerForm {
        private String from;
        private String to;
        private String basis;
        private String person;

        public String getFrom() {
            return from;
        }

        public void setFrom(String from) {
            this.from = from;
        }

        public String getTo() {
            return to;
        }

        public void setTo(String to) {
            this.to = to;
        }

        public String getBasis() {
            return basis;
        }

        public void setBasis(String basis) {
            this.basis = basis;
        }

        public String getPerson() {
            return person;
        }

        public void setPerson(String person) {
            this.person = person;
        }
    }

    /** One entry as the page shows it, with its time in the municipality's zone. */
    record Row(DisclosureEntry entry, String at) {}

    @GetMapping("/disclosures")
    String ledger(@ModelAttribute("filter") LedgerForm form, BindingResult errors, Model model) {
        guard.check(AccessAction.SEARCH, RecordRef.of("disclosure-ledger", null), LedgerAccess.REVIEWERS);
        LocalDate today = LocalDate.now(clock);
        if (blank(form.getFrom()) && blank(form.getTo())) {
            form.setFrom(today.minusDays(DEFAULT_DAYS).toString());
            form.setTo(today.toString());
        }
        LocalDate from = date(form.getFrom(), "from", errors);
        LocalDate to = date(form.getTo(), "to", errors);
        LegalBasis basis = null;
        if (!blank(form.getBasis())) {
            try {
                basis = LegalBasis.valueOf(form.getBasis());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("basis", "error.malformed", "malformed");
            }
        }
        UUID person = null;
        if (!blank(form.getPerson())) {
            try {
                person = UUID.fromString(form.getPerson().strip());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("person", "error.malformed", "malformed");
            }
        }
        model.addAttribute("bases", LegalBasis.values());
        model.addAttribute("rows", List.of());
        model.addAttribute("more", false);
        if (errors.hasErrors()) {
            return "disclosure/ledger";
        }
        try {
            var page = ledger.search(new LedgerFilter(person, from, to, basis, null));
            ZoneId zone = clock.getZone();
            model.addAttribute(
                    "rows",
                    page.entries().stream()
                            .map(e -> new Row(e, TIME.format(e.occurredAt().atZone(zone))))
                            .toList());
            model.addAttribute("more", page.more());
        } catch (InvalidInputException e) {
            Forms.reject(errors, e);
        }
        return "disclosure/ledger";
    }

    private static LocalDate date(String value, String field, BindingResult errors) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "error.malformed", "malformed");
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
