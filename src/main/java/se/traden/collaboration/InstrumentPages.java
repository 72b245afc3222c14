package se.traden.collaboration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
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
import se.traden.shared.RecordNotFoundException;
import se.traden.shared.RecordRef;
import se.traden.shared.RuleViolationException;
import se.traden.shared.web.Forms;

/** The instruments page of a case, and the form for the later measurement of a before/after pair. */
@Controller
@RequestMapping("/cases/{caseId}/instruments")
class InstrumentPages {
    private final InstrumentService service;
    private final Clock clock;
    private final AccessGuard guard;

    InstrumentPages(InstrumentService service, Clock clock, AccessGuard guard) {
        this.guard = guard;
        this.service = service;
        this.clock = clock;
    }

    @ModelAttribute("instruments")
    List<String> instruments() {
        return Arrays.stream(Instrument.values()).map(Enum::name).toList();
    }

    @GetMapping
    String page(@PathVariable UUID caseId, Model model) {
        model.addAttribute("instrumentForm", InstrumentForm.on(LocalDate.now(clock)));
        return show(caseId, model);
    }

    @PostMapping
    String record(
            @PathVariable UUID caseId,
            @ModelAttribute("instrumentForm") InstrumentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            service.record(caseId, form.toInput());
            redirect.addFlashAttribute("notice", "instrument.notice.recorded");
            return "redirect:/cases/" + caseId + "/instruments";
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
        }
        return show(caseId, model);
    }

    @GetMapping("/{useId}/after")
    String afterForm(@PathVariable UUID caseId, @PathVariable UUID useId, Model model) {
        return after(caseId, useId, InstrumentForm.on(LocalDate.now(clock)), model);
    }

    @PostMapping("/{useId}/after")
    String measureAfter(
            @PathVariable UUID caseId,
            @PathVariable UUID useId,
            @ModelAttribute("form") InstrumentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            service.measureAfter(
                    caseId,
                    useId,
                    form.versionOr(-1),
                    FormValues.date(form.getAfterOn()),
                    form.getAfterResult(),
                    form.getAfterReading());
            redirect.addFlashAttribute("notice", "instrument.notice.after");
            return "redirect:/cases/" + caseId + "/instruments";
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
        }
        return after(caseId, useId, form, model);
    }

    private String after(UUID caseId, UUID useId, InstrumentForm form, Model model) {
        var log = service.log(caseId);
        if (!log.header().writable()) {
            throw guard.refused(
                    AccessAction.UPDATE,
                    RecordRef.of(InstrumentService.RECORD, caseId),
                    "only the case manager and the coordinator record instruments");
        }
        var use = log.uses().stream()
                .filter(u -> u.id().equals(useId))
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException(InstrumentService.RECORD, useId));
        if (FormValues.blank(form.getVersion())) {
            form.setVersion(String.valueOf(use.version()));
        }
        model.addAttribute("header", log.header());
        model.addAttribute("use", use);
        model.addAttribute("form", form);
        return "collaboration/instrument-after";
    }

    private String show(UUID caseId, Model model) {
        var log = service.log(caseId);
        model.addAttribute("header", log.header());
        model.addAttribute("uses", log.uses());
        return "collaboration/instruments";
    }
}
