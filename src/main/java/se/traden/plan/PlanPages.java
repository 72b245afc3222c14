package se.traden.plan;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.traden.shared.ConcurrentEditException;
import se.traden.shared.FieldViolation;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RecordNotFoundException;
import se.traden.shared.RuleViolationException;
import se.traden.shared.web.Forms;

/**
 * The plan pages: the current plan with its revisions, the revise form (rows added without script by
 * posting the form back to itself), an old revision, the comparison of two, and the family's PDF.
 */
@Controller
@RequestMapping("/cases/{id}")
class PlanPages {
    private static final String PLAN = "plan/plan";
    private static final String REVISE = "plan/revise";

    private final PlanService plans;
    private final PlanPdf pdf;
    private final Clock clock;

    PlanPages(PlanService plans, PlanPdf pdf, Clock clock) {
        this.plans = plans;
        this.pdf = pdf;
        this.clock = clock;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return clock.getZone();
    }

    @ModelAttribute("lifeAreas")
    LifeArea[] lifeAreas() {
        return LifeArea.values();
    }

    @GetMapping("/plan")
    String plan(@PathVariable UUID id, Model model) {
        PlanView view = plans.current(id);
        model.addAttribute("page", view);
        model.addAttribute("shown", view.plan().current().orElse(null));
        return PLAN;
    }

    @GetMapping("/plan/revisions/{number}")
    String revision(@PathVariable UUID id, @PathVariable int number, Model model) {
        PlanView view = plans.current(id);
        PlanRevision shown = view.revisions().stream()
                .filter(r -> r.number() == number)
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("plan-revision", number));
        model.addAttribute("page", view);
        model.addAttribute("shown", shown);
        return "plan/revision";
    }

    @GetMapping("/plan/revise")
    String reviseForm(@PathVariable UUID id, Model model) {
        PlanView view = plans.forRevision(id);
        model.addAttribute("planForm", PlanForm.startingFrom(view));
        model.addAttribute("page", view);
        return REVISE;
    }

    /** Another goal, action or follow-up row, with everything typed so far kept and nothing stored. */
    @PostMapping("/plan/revise/rows")
    String addRow(
            @PathVariable UUID id,
            @ModelAttribute("planForm") PlanForm form,
            @RequestParam(name = "add", required = false) String add,
            Model model) {
        form.add(add);
        model.addAttribute("page", plans.forRevision(id));
        return REVISE;
    }

    @PostMapping("/plan/revisions")
    String revise(
            @PathVariable UUID id,
            @ModelAttribute("planForm") PlanForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        List<FieldViolation> malformed = new ArrayList<>();
        PlanDraft draft = form.toDraft(malformed);
        try {
            if (!malformed.isEmpty()) {
                throw new InvalidInputException(malformed);
            }
            PlanRevision revision = plans.revise(id, draft);
            redirect.addFlashAttribute("notice", "plan.notice.revised");
            redirect.addFlashAttribute("noticeArgument", revision.number());
            return "redirect:/cases/" + id + "/plan";
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
            response.setStatus(422);
        } catch (ConcurrentEditException e) {
            binding.reject("error.plan.revised-meanwhile", "plan.revised-meanwhile");
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        }
        form.withRoom();
        model.addAttribute("page", plans.forRevision(id));
        return REVISE;
    }

    @GetMapping("/plan/compare")
    String compare(
            @PathVariable UUID id,
            @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to,
            Model model,
            HttpServletResponse response) {
        PlanView view = plans.revisions(id);
        model.addAttribute("page", view);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        try {
            model.addAttribute("comparison", plans.compare(id, from, to));
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return "plan/compare";
    }

    @GetMapping("/plan.pdf")
    ResponseEntity<byte[]> familyCopy(@PathVariable UUID id, Locale locale) {
        PlanView view = plans.current(id);
        if (view.plan().current().isEmpty()) {
            throw new RecordNotFoundException("plan", id);
        }
        byte[] bytes = pdf.render(view, clock.getZone(), locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("plan-" + view.currentNumber() + ".pdf")
                                .build()
                                .toString())
                .body(bytes);
    }
}
