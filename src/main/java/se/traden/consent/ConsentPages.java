package se.traden.consent;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
import se.traden.disclosure.PartyKind;
import se.traden.shared.ConcurrentEditException;
import se.traden.shared.FieldViolation;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RuleViolationException;
import se.traden.shared.web.Forms;
import se.traden.shared.web.Reviews;

/**
 * The consent pages of a case: the mode and each actor's basis, the consents, the form that records
 * one, and the withdrawal — checked first and confirmed on a page of its own, since it takes effect at
 * once.
 */
@Controller
@RequestMapping("/cases/{id}/consents")
class ConsentPages {
    private static final String WITHDRAWAL_STEP = "consent-withdrawal";
    private static final String CONSENTS = "consent/consents";
    private static final String WITHDRAW = "consent/withdraw";

    private final ConsentService consents;
    private final Clock clock;

    ConsentPages(ConsentService consents, Clock clock) {
        this.consents = consents;
        this.clock = clock;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return clock.getZone();
    }

    @ModelAttribute("categories")
    InformationCategory[] categories() {
        return InformationCategory.values();
    }

    @ModelAttribute("partyKinds")
    PartyKind[] partyKinds() {
        return PartyKind.values();
    }

    @ModelAttribute("methods")
    ConsentMethod[] methods() {
        return ConsentMethod.values();
    }

    @GetMapping
    String consents(@PathVariable UUID id, Model model) {
        model.addAttribute("consentForm", ConsentForm.empty(LocalDate.now(clock)));
        model.addAttribute("overview", consents.overview(id));
        return CONSENTS;
    }

    /** Room for one more recipient, with everything typed so far kept and nothing stored. */
    @PostMapping("/rows")
    String addRecipient(@PathVariable UUID id, @ModelAttribute("consentForm") ConsentForm form, Model model) {
        form.addRecipientRow();
        model.addAttribute("overview", consents.overview(id));
        return CONSENTS;
    }

    @PostMapping
    String record(
            @PathVariable UUID id,
            @ModelAttribute("consentForm") ConsentForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        form.compact();
        List<FieldViolation> malformed = new ArrayList<>();
        NewConsent consent = form.toNewConsent(malformed);
        try {
            if (!malformed.isEmpty()) {
                throw new InvalidInputException(malformed);
            }
            consents.record(id, consent);
            redirect.addFlashAttribute("notice", "consent.notice.recorded");
            return "redirect:/cases/" + id + "/consents";
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
            response.setStatus(422);
        }
        form.withRoom();
        model.addAttribute("overview", consents.overview(id));
        return CONSENTS;
    }

    @GetMapping("/{consentId}/withdraw")
    String withdrawForm(@PathVariable UUID id, @PathVariable UUID consentId, Model model) {
        var consent = consents.consent(id, consentId);
        model.addAttribute(
                "withdrawalForm", WithdrawalForm.startingFrom(consent.consent(), clock.instant(), clock.getZone()));
        model.addAttribute("consent", consent);
        return WITHDRAW;
    }

    /** Back from the confirmation to change something, with everything as it was typed. */
    @PostMapping("/{consentId}/withdraw")
    String editWithdrawal(
            @PathVariable UUID id,
            @PathVariable UUID consentId,
            @ModelAttribute("withdrawalForm") WithdrawalForm form,
            Model model) {
        model.addAttribute("consent", consents.consent(id, consentId));
        return WITHDRAW;
    }

    @PostMapping("/{consentId}/withdrawal/confirm")
    String confirmWithdrawal(
            @PathVariable UUID id,
            @PathVariable UUID consentId,
            @ModelAttribute("withdrawalForm") WithdrawalForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            HttpSession session) {
        try {
            consents.checkWithdrawal(id, consentId, form.getVersion(), request(form));
            return Reviews.keep(
                    session,
                    WITHDRAWAL_STEP,
                    consentId,
                    form,
                    "/cases/" + id + "/consents/" + consentId + "/withdrawal/review");
        } catch (ConcurrentEditException e) {
            binding.reject("error.consent.changed-meanwhile", "consent.changed-meanwhile");
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
            response.setStatus(422);
        }
        model.addAttribute("consent", consents.consent(id, consentId));
        return WITHDRAW;
    }

    /**
     * The checked withdrawal, to be confirmed. Reached again with the back button once it is done, it
     * leads to the case's consents.
     */
    @GetMapping("/{consentId}/withdrawal/review")
    String reviewWithdrawal(@PathVariable UUID id, @PathVariable UUID consentId, Model model, HttpSession session) {
        WithdrawalForm form = Reviews.pending(session, WITHDRAWAL_STEP, consentId, WithdrawalForm.class)
                .orElse(null);
        if (form == null) {
            return "redirect:/cases/" + id + "/consents";
        }
        try {
            var request = request(form);
            consents.checkWithdrawal(id, consentId, form.getVersion(), request);
            model.addAttribute("withdrawalForm", form);
            model.addAttribute("consent", consents.consent(id, consentId));
            model.addAttribute("request", request);
            model.addAttribute("effectiveAt", request.at() != null ? request.at() : clock.instant());
            return "consent/confirm-withdrawal";
        } catch (ConcurrentEditException | InvalidInputException | RuleViolationException e) {
            Reviews.done(session, WITHDRAWAL_STEP, consentId);
            return "redirect:/cases/" + id + "/consents";
        }
    }

    @PostMapping("/{consentId}/withdrawal")
    String withdraw(
            @PathVariable UUID id,
            @PathVariable UUID consentId,
            @ModelAttribute("withdrawalForm") WithdrawalForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            HttpSession session) {
        try {
            consents.withdraw(id, consentId, form.getVersion(), request(form));
            Reviews.done(session, WITHDRAWAL_STEP, consentId);
            redirect.addFlashAttribute("notice", "consent.notice.withdrawn");
            return "redirect:/cases/" + id + "/consents";
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
            response.setStatus(422);
        } catch (ConcurrentEditException e) {
            binding.reject("error.consent.changed-meanwhile", "consent.changed-meanwhile");
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        }
        model.addAttribute("consent", consents.consent(id, consentId));
        return WITHDRAW;
    }

    private Consent.WithdrawalRequest request(WithdrawalForm form) {
        List<FieldViolation> malformed = new ArrayList<>();
        var request = form.toRequest(clock.getZone(), malformed);
        if (!malformed.isEmpty()) {
            throw new InvalidInputException(malformed);
        }
        return request;
    }
}
