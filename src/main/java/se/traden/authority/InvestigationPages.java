package se.traden.authority;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RecordRef;
import se.traden.shared.RuleViolationException;
import se.traden.shared.web.Forms;

/**
 * The investigation page of a case — the only page of a case its linked case officer may open — and the
 * forms with which the case manager keeps it: link, status, case officer, decisions, feedback.
 */
@Controller
@RequestMapping("/cases/{caseId}/investigations")
class InvestigationPages {
    /** The forms of the page, by the path they are posted to. */
    enum Kind {
        LINK,
        STATUS,
        CASE_OFFICER,
        DECISION,
        FEEDBACK
    }

    private final InvestigationService service;
    private final Clock clock;
    private final AccessGuard guard;

    InvestigationPages(InvestigationService service, Clock clock, AccessGuard guard) {
        this.guard = guard;
        this.service = service;
        this.clock = clock;
    }

    @GetMapping
    String page(@PathVariable UUID caseId, Model model) {
        var page = service.page(caseId);
        model.addAttribute("top", page.top());
        model.addAttribute("investigations", page.investigations());
        model.addAttribute("zone", clock.getZone());
        return "authority/investigations";
    }

    @GetMapping("/new")
    String linkForm(@PathVariable UUID caseId, Model model) {
        return form(caseId, null, Kind.LINK, InvestigationForm.today(LocalDate.now(clock)), model);
    }

    @PostMapping
    String link(
            @PathVariable UUID caseId,
            @ModelAttribute("form") InvestigationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return attempt(caseId, null, Kind.LINK, form, binding, model, redirect, f -> service.link(caseId, f.link()));
    }

    @GetMapping("/{investigationId}/{kind:status|case-officer|decisions|feedback}")
    String changeForm(
            @PathVariable UUID caseId, @PathVariable UUID investigationId, @PathVariable String kind, Model model) {
        return form(caseId, investigationId, kind(kind), InvestigationForm.today(LocalDate.now(clock)), model);
    }

    @PostMapping("/{investigationId}/{kind:status|case-officer|decisions|feedback}")
    String change(
            @PathVariable UUID caseId,
            @PathVariable UUID investigationId,
            @PathVariable String kind,
            @ModelAttribute("form") InvestigationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        Kind k = kind(kind);
        return attempt(caseId, investigationId, k, form, binding, model, redirect, f -> {
            switch (k) {
                case STATUS ->
                    service.moveStatus(
                            caseId,
                            investigationId,
                            f.versionOr(-1),
                            InvestigationForm.status(f.getStatus()),
                            InvestigationForm.date(f.getOn()),
                            f.getNote());
                case CASE_OFFICER ->
                    service.handOver(
                            caseId, investigationId, f.versionOr(-1), InvestigationForm.id(f.getCaseOfficerId()));
                case DECISION ->
                    service.recordDecision(
                            caseId, investigationId, InvestigationForm.date(f.getDecidedOn()), f.getDecision());
                case FEEDBACK -> service.giveFeedback(caseId, investigationId, f.feedback());
                case LINK -> throw new IllegalStateException("linking has its own path");
            }
        });
    }

    private String attempt(
            UUID caseId,
            UUID investigationId,
            Kind kind,
            InvestigationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            Consumer<InvestigationForm> command) {
        try {
            command.accept(form);
            redirect.addFlashAttribute("notice", "investigation.notice." + kind.name());
            return "redirect:/cases/" + caseId + "/investigations";
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
        }
        return form(caseId, investigationId, kind, form, model);
    }

    private String form(UUID caseId, UUID investigationId, Kind kind, InvestigationForm form, Model model) {
        var page = service.page(caseId);
        if (!page.top().writable()) {
            throw guard.refused(
                    AccessAction.UPDATE,
                    RecordRef.of("investigation", caseId),
                    "only the case manager and the coordinator keep the investigation");
        }
        var investigation = investigationId == null
                ? null
                : page.investigations().stream()
                        .filter(v -> v.investigation().id().equals(investigationId))
                        .findFirst()
                        .orElseThrow(
                                () -> new se.traden.shared.RecordNotFoundException("investigation", investigationId));
        if (investigation != null
                && (form.getVersion() == null || form.getVersion().isBlank())) {
            form.setVersion(String.valueOf(investigation.investigation().version()));
        }
        model.addAttribute("top", page.top());
        model.addAttribute("investigation", investigation);
        model.addAttribute("kind", kind.name());
        model.addAttribute(
                "formAction",
                "/cases/" + caseId + "/investigations"
                        + (investigationId == null ? "" : "/" + investigationId + "/" + path(kind)));
        model.addAttribute("form", form);
        model.addAttribute("caseOfficers", service.caseOfficers());
        model.addAttribute(
                "statuses",
                Arrays.stream(InvestigationStatus.values()).map(Enum::name).toList());
        model.addAttribute("zone", clock.getZone());
        return "authority/investigation-form";
    }

    private static String path(Kind kind) {
        return switch (kind) {
            case STATUS -> "status";
            case CASE_OFFICER -> "case-officer";
            case DECISION -> "decisions";
            case FEEDBACK -> "feedback";
            case LINK -> "";
        };
    }

    private static Kind kind(String path) {
        return switch (path) {
            case "status" -> Kind.STATUS;
            case "case-officer" -> Kind.CASE_OFFICER;
            case "decisions" -> Kind.DECISION;
            default -> Kind.FEEDBACK;
        };
    }
}
