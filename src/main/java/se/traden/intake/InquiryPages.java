package se.traden.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import se.traden.disclosure.InformationCategory;
import se.traden.disclosure.LegalBasis;
import se.traden.disclosure.PartyKind;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RecordNotFoundException;
import se.traden.shared.RuleViolationException;
import se.traden.shared.web.Forms;

/**
 * The page of a concern's early information gathering: the questions put and the answers that came
 * in, a form for a new question, and a page per question to record its answer.
 */
@Controller
@RequestMapping("/concerns/{concernId}/inquiries")
class InquiryPages {
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final InquiryService service;
    private final Clock clock;

    InquiryPages(InquiryService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    /** An inquiry as the page shows it, with its times in the municipality's zone. */
    record Row(InquiryService.InquiryView view, String askedAt, String answeredAt) {}

    @GetMapping
    String list(@PathVariable UUID concernId, Model model) {
        var list = service.list(concernId);
        var form = new InquiryForms.QuestionForm();
        form.setVersion(list.concern().version());
        form.setAskedAt(INPUT.format(now()));
        form.setCategories(new ArrayList<>(List.of(InformationCategory.IDENTITY.name())));
        model.addAttribute("questionForm", form);
        return listPage(list, model);
    }

    @PostMapping
    String ask(
            @PathVariable UUID concernId,
            @ModelAttribute("questionForm") InquiryForms.QuestionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        InquiryService.Ask ask = form.toAsk(clock.getZone(), errors);
        if (!errors.hasErrors()) {
            try {
                service.ask(concernId, form.getVersion() == null ? -1 : form.getVersion(), ask);
                redirect.addFlashAttribute("saved", "inquiry.saved");
                return "redirect:/concerns/" + concernId + "/inquiries";
            } catch (InvalidInputException e) {
                Forms.reject(errors, e);
            } catch (RuleViolationException e) {
                Forms.reject(errors, e);
            }
        }
        return listPage(service.list(concernId), model);
    }

    @GetMapping("/{inquiryId}/answer")
    String answerPage(@PathVariable UUID concernId, @PathVariable UUID inquiryId, Model model) {
        var list = service.list(concernId);
        Row row = row(list, inquiryId);
        var form = new InquiryForms.AnswerForm();
        form.setVersion(row.view().inquiry().version());
        form.setReceivedAt(INPUT.format(now()));
        model.addAttribute("answerForm", form);
        return answerPage(list, row, model);
    }

    @PostMapping("/{inquiryId}/answer")
    String answer(
            @PathVariable UUID concernId,
            @PathVariable UUID inquiryId,
            @ModelAttribute("answerForm") InquiryForms.AnswerForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        InquiryService.Reply reply = form.toReply(clock.getZone(), errors);
        if (!errors.hasErrors()) {
            try {
                service.answer(concernId, inquiryId, form.getVersion() == null ? -1 : form.getVersion(), reply);
                redirect.addFlashAttribute("saved", "inquiry.answer-saved");
                return "redirect:/concerns/" + concernId + "/inquiries";
            } catch (InvalidInputException e) {
                Forms.reject(errors, e);
            } catch (RuleViolationException e) {
                Forms.reject(errors, e);
            }
        }
        var list = service.list(concernId);
        return answerPage(list, row(list, inquiryId), model);
    }

    private String listPage(InquiryService.InquiryList list, Model model) {
        Concern concern = list.concern();
        model.addAttribute("concern", concern);
        model.addAttribute("mayAsk", concern.status().isOpen() && concern.status() != ConcernStatus.RECEIVED);
        model.addAttribute("rows", list.inquiries().stream().map(this::row).toList());
        choices(model);
        return "intake/inquiries";
    }

    private String answerPage(InquiryService.InquiryList list, Row row, Model model) {
        model.addAttribute("concern", list.concern());
        model.addAttribute("row", row);
        choices(model);
        return "intake/inquiries-answer";
    }

    private static void choices(Model model) {
        model.addAttribute("kinds", PartyKind.values());
        model.addAttribute("bases", LegalBasis.values());
        model.addAttribute("categories", InformationCategory.values());
    }

    private Row row(InquiryService.InquiryList list, UUID inquiryId) {
        return list.inquiries().stream()
                .filter(v -> v.inquiry().id().equals(inquiryId))
                .findFirst()
                .map(this::row)
                .orElseThrow(() -> new RecordNotFoundException("concern-inquiry", inquiryId));
    }

    private Row row(InquiryService.InquiryView view) {
        ZoneId zone = clock.getZone();
        Inquiry i = view.inquiry();
        return new Row(
                view,
                SHOWN.format(i.askedAt().atZone(zone)),
                i.answered() ? SHOWN.format(i.answer().receivedAt().atZone(zone)) : null);
    }

    private java.time.ZonedDateTime now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MINUTES).atZone(clock.getZone());
    }
}
