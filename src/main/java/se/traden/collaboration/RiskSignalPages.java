package se.traden.collaboration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The risk signals across cases, for the coordinator, grouped by case. */
@Controller
class RiskSignalPages {
    private final RiskSignals signals;

    RiskSignalPages(RiskSignals signals) {
        this.signals = signals;
    }

    /** The signals of one case, in the order of the list. */
    record CaseSignals(
            UUID caseId, String reference, String childName, String caseManagerName, List<RiskSignal> signals) {}

    @GetMapping("/risk-signals")
    String page(Model model) {
        Map<UUID, List<RiskSignal>> byCase = new LinkedHashMap<>();
        for (RiskSignal s : signals.current()) {
            byCase.computeIfAbsent(s.caseId(), id -> new java.util.ArrayList<>())
                    .add(s);
        }
        model.addAttribute(
                "cases",
                byCase.values().stream()
                        .map(list -> new CaseSignals(
                                list.getFirst().caseId(),
                                list.getFirst().reference(),
                                list.getFirst().childName(),
                                list.getFirst().caseManagerName(),
                                list))
                        .toList());
        model.addAttribute("noContactDays", signals.noContactDays());
        return "collaboration/risk-signals";
    }
}
