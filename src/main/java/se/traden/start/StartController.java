package se.traden.start;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.traden.shared.AccessAction;
import se.traden.shared.AccessGuard;
import se.traden.shared.Actor;
import se.traden.shared.FunctionType;
import se.traden.shared.RecordRef;

/**
 * After login a person lands on the start page of their function. Someone who holds several
 * functions starts in the first of them in the order below and can switch between them.
 */
@Controller
class StartController {
    static final List<FunctionType> PRIORITY = List.of(
            FunctionType.INDIVIDUAL_COORDINATOR,
            FunctionType.CASE_MANAGER,
            FunctionType.GROUP_MANAGER,
            FunctionType.INTAKE_UNIT,
            FunctionType.OUT_OF_HOURS,
            FunctionType.CASE_OFFICER,
            FunctionType.SCHOOL_LIAISON,
            FunctionType.REPORTER,
            FunctionType.STEERING_GROUP,
            FunctionType.LOG_AUDITOR,
            FunctionType.ADMINISTRATOR);

    private final AccessGuard guard;

    StartController(AccessGuard guard) {
        this.guard = guard;
    }

    @GetMapping("/")
    String start() {
        Actor actor = guard.actor();
        return PRIORITY.stream()
                .filter(actor::holds)
                .findFirst()
                .map(function -> "redirect:/start/" + slug(function))
                .orElse("start/no-function");
    }

    @GetMapping("/start/{function}")
    String startPage(@PathVariable String function, Model model) {
        Actor actor = guard.actor();
        FunctionType type = PRIORITY.stream()
                .filter(f -> slug(f).equals(function))
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("unknown function"));
        // A start page names no one, but a refusal is still written down, like every other refusal.
        guard.check(AccessAction.READ, RecordRef.of("start-page", null), type);
        model.addAttribute("function", type);
        model.addAttribute(
                "otherFunctions",
                PRIORITY.stream().filter(actor::holds).filter(f -> f != type).toList());
        return "start/" + slug(type);
    }

    static String slug(FunctionType function) {
        return function.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
