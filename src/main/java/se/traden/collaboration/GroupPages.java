package se.traden.collaboration;

import java.time.Clock;
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
import se.traden.shared.RecordNotFoundException;
import se.traden.shared.RecordRef;
import se.traden.shared.RuleViolationException;
import se.traden.shared.web.Forms;

/** The collaboration group page of a case, and the forms for its actors, meetings and outcomes. */
@Controller
@RequestMapping("/cases/{caseId}/group")
class GroupPages {
    /** The group's forms, each on its own page. */
    enum Kind {
        ACTOR,
        DEPARTURE,
        MEETING,
        OUTCOME
    }

    private final GroupService service;
    private final Clock clock;
    private final AccessGuard guard;

    GroupPages(GroupService service, Clock clock, AccessGuard guard) {
        this.guard = guard;
        this.service = service;
        this.clock = clock;
    }

    @GetMapping
    String page(@PathVariable UUID caseId, Model model) {
        model.addAttribute("declinedForm", GroupForm.today(clock));
        return show(caseId, model);
    }

    @PostMapping("/declined")
    String declare(
            @PathVariable UUID caseId,
            @ModelAttribute("declinedForm") GroupForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            service.declareDeclined(caseId, FormValues.date(form.getDeclaredOn()), form.getNote());
            redirect.addFlashAttribute("notice", "group.notice.declined");
            return "redirect:/cases/" + caseId + "/group";
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
        }
        return show(caseId, model);
    }

    @PostMapping("/declined/withdrawal")
    String withdraw(
            @PathVariable UUID caseId,
            @ModelAttribute("declinedForm") GroupForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            service.withdrawDeclined(caseId, FormValues.date(form.getWithdrawnOn()));
            redirect.addFlashAttribute("notice", "group.notice.declined-withdrawn");
            return "redirect:/cases/" + caseId + "/group";
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
        }
        return show(caseId, model);
    }

    @GetMapping("/actors/new")
    String actorForm(@PathVariable UUID caseId, Model model) {
        return form(caseId, null, Kind.ACTOR, GroupForm.today(clock), model);
    }

    @PostMapping("/actors")
    String addActor(
            @PathVariable UUID caseId,
            @ModelAttribute("form") GroupForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return attempt(
                caseId, null, Kind.ACTOR, form, binding, model, redirect, f -> service.addActor(caseId, f.actor()));
    }

    @GetMapping("/actors/{actorId}/departure")
    String departureForm(@PathVariable UUID caseId, @PathVariable UUID actorId, Model model) {
        return form(caseId, actorId, Kind.DEPARTURE, GroupForm.today(clock), model);
    }

    @PostMapping("/actors/{actorId}/departure")
    String departure(
            @PathVariable UUID caseId,
            @PathVariable UUID actorId,
            @ModelAttribute("form") GroupForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return attempt(
                caseId,
                actorId,
                Kind.DEPARTURE,
                form,
                binding,
                model,
                redirect,
                f -> service.actorLeaves(
                        caseId, actorId, f.versionOr(-1), FormValues.date(f.getLeftOn()), f.getLeftReason()));
    }

    @GetMapping("/meetings/new")
    String meetingForm(@PathVariable UUID caseId, Model model) {
        return form(caseId, null, Kind.MEETING, GroupForm.today(clock), model);
    }

    @PostMapping("/meetings")
    String plan(
            @PathVariable UUID caseId,
            @ModelAttribute("form") GroupForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return attempt(
                caseId,
                null,
                Kind.MEETING,
                form,
                binding,
                model,
                redirect,
                f -> service.planMeeting(caseId, f.meeting(clock)));
    }

    @GetMapping("/meetings/{meetingId}/outcome")
    String outcomeForm(@PathVariable UUID caseId, @PathVariable UUID meetingId, Model model) {
        return form(caseId, meetingId, Kind.OUTCOME, GroupForm.today(clock), model);
    }

    @PostMapping("/meetings/{meetingId}/outcome")
    String outcome(
            @PathVariable UUID caseId,
            @PathVariable UUID meetingId,
            @ModelAttribute("form") GroupForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return attempt(
                caseId,
                meetingId,
                Kind.OUTCOME,
                form,
                binding,
                model,
                redirect,
                f -> service.recordOutcome(caseId, meetingId, f.versionOr(-1), f.getOutcomes(), f.nextSteps()));
    }

    private String attempt(
            UUID caseId,
            UUID targetId,
            Kind kind,
            GroupForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            Consumer<GroupForm> command) {
        try {
            command.accept(form);
            redirect.addFlashAttribute("notice", "group.notice." + kind.name());
            return "redirect:/cases/" + caseId + "/group";
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
        }
        return form(caseId, targetId, kind, form, model);
    }

    private String form(UUID caseId, UUID targetId, Kind kind, GroupForm form, Model model) {
        var view = service.view(caseId);
        if (!view.header().writable()) {
            throw guard.refused(
                    AccessAction.UPDATE,
                    RecordRef.of("case-group", caseId),
                    "only the case manager and the coordinator keep the group");
        }
        String action = "/cases/" + caseId + "/group";
        switch (kind) {
            case ACTOR -> action += "/actors";
            case MEETING -> action += "/meetings";
            case DEPARTURE -> {
                var actor = view.actors().stream()
                        .filter(a -> a.id().equals(targetId))
                        .findFirst()
                        .orElseThrow(() -> new RecordNotFoundException("group-actor", targetId));
                model.addAttribute("groupActor", actor);
                if (FormValues.blank(form.getVersion())) {
                    form.setVersion(String.valueOf(actor.version()));
                }
                action += "/actors/" + targetId + "/departure";
            }
            case OUTCOME -> {
                var meeting = view.meetings().stream()
                        .filter(m -> m.id().equals(targetId))
                        .findFirst()
                        .orElseThrow(() -> new RecordNotFoundException("meeting", targetId));
                model.addAttribute("meeting", meeting);
                if (FormValues.blank(form.getVersion())) {
                    form.setVersion(String.valueOf(meeting.version()));
                }
                while (form.getActions().size() < GroupForm.ACTION_ROWS) {
                    form.getActions().add(new GroupForm.ActionRow());
                }
                action += "/meetings/" + targetId + "/outcome";
            }
        }
        model.addAttribute("header", view.header());
        model.addAttribute("kind", kind.name());
        model.addAttribute("form", form);
        model.addAttribute("formAction", action);
        model.addAttribute("zone", clock.getZone());
        return "collaboration/group-form";
    }

    private String show(UUID caseId, Model model) {
        var view = service.view(caseId);
        model.addAttribute("header", view.header());
        model.addAttribute("group", view);
        model.addAttribute("zone", clock.getZone());
        return "collaboration/group";
    }
}
