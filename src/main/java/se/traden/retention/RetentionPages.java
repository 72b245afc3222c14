package se.traden.retention;

import java.time.Clock;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.traden.retention.RetentionForms.DryRunForm;
import se.traden.retention.RetentionForms.HoldForm;
import se.traden.retention.RetentionForms.RuleForm;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RuleViolationException;
import se.traden.shared.web.Forms;

/** The retention page (rules, holds, the last run), the forms that change a rule and place a hold, and the dry run. */
@Controller
@RequestMapping("/retention")
class RetentionPages {
    private final RetentionService service;
    private final Clock clock;

    RetentionPages(RetentionService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @ModelAttribute("heldRecords")
    List<Hold.HeldRecord> heldRecords() {
        return List.of(Hold.HeldRecord.values());
    }

    @GetMapping
    String overview(Model model) {
        model.addAttribute("overview", service.overview());
        model.addAttribute("zone", clock.getZone());
        return "retention/retention";
    }

    @GetMapping("/rules/{type}/edit")
    String editRule(@PathVariable RecordType type, Model model) {
        RetentionRule rule = service.ruleForChange(type);
        model.addAttribute("rule", rule);
        model.addAttribute("ruleForm", RuleForm.of(rule));
        return "retention/rule-form";
    }

    @PostMapping("/rules/{type}")
    String changeRule(
            @PathVariable RecordType type,
            @ModelAttribute("ruleForm") RuleForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            service.changeRule(type, form.expectedVersion(), form.change());
            redirect.addFlashAttribute("notice", "retention.notice.rule-changed");
            return "redirect:/retention";
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
        }
        model.addAttribute("rule", service.ruleForChange(type));
        return "retention/rule-form";
    }

    @GetMapping("/holds/new")
    String newHold(Model model) {
        service.checkMayKeepHolds();
        model.addAttribute("holdForm", new HoldForm());
        return "retention/hold-form";
    }

    @PostMapping("/holds")
    String placeHold(@ModelAttribute("holdForm") HoldForm form, BindingResult binding, RedirectAttributes redirect) {
        try {
            Hold hold = service.placeHold(form.request());
            redirect.addFlashAttribute("notice", "retention.notice.hold-placed");
            redirect.addFlashAttribute("noticeArgument", hold.reference());
            return "redirect:/retention";
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
        }
        return "retention/hold-form";
    }

    @PostMapping("/holds/{id}/release")
    String releaseHold(
            @PathVariable UUID id, @RequestParam(required = false) String version, RedirectAttributes redirect) {
        long expected;
        try {
            expected = version == null ? -1 : Long.parseLong(version.strip());
        } catch (NumberFormatException e) {
            expected = -1;
        }
        Hold hold = service.releaseHold(id, expected);
        redirect.addFlashAttribute("notice", "retention.notice.hold-released");
        redirect.addFlashAttribute("noticeArgument", hold.reference());
        return "redirect:/retention";
    }

    @GetMapping("/dry-run")
    String dryRun(@ModelAttribute("dryRunForm") DryRunForm form, BindingResult binding, Model model) {
        service.checkMayRead();
        try {
            model.addAttribute("report", service.dryRun(form.day()));
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
        }
        model.addAttribute("zone", clock.getZone());
        return "retention/dry-run";
    }
}
