package se.traden.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import se.traden.casework.CaseForms.ClosureForm;
import se.traden.casework.CaseForms.EndMaintenanceForm;
import se.traden.casework.CaseForms.FollowUpForm;
import se.traden.casework.CaseForms.IntensityForm;
import se.traden.casework.CaseForms.PhaseForm;
import se.traden.casework.CaseForms.ReassignForm;
import se.traden.casework.CaseForms.Versioned;

/**
 * Turns a case into what its page shows: the facts, the parts of the case other modules keep, the
 * follow-ups and transitions, a form for each step the viewer may take, and the history with its labels
 * resolved (a line another module writes shows under its own name, or its type when it has none).
 */
@Component
class CasePageModel {
    /** Times are shown as the municipality lives them. */
    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    static final String PAGE = "casework/case";
    static final String SUMMARY = "casework/summary";

    /** Details of a history line that name a member of staff. */
    static final List<String> STAFF_DETAILS = List.of("caseManagerId", "from", "to");

    /** Details that are for machines (ids of lines kept elsewhere), not for the reader. */
    private static final Set<String> HIDDEN_DETAILS = Set.of("followUpId", "transitionId");

    private final CasePageQueries queries;
    private final MessageSource messages;
    private final List<CaseSection> sections;
    private final Clock clock;

    CasePageModel(CasePageQueries queries, MessageSource messages, List<CaseSection> sections, Clock clock) {
        this.queries = queries;
        this.messages = messages;
        this.clock = clock;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(CaseSection::order).thenComparing(CaseSection::path))
                .toList();
    }

    record Detail(String label, List<String> value, String href) {}

    /** A glance as the page shows it: its heading linking to its section, and its lines in the reader's words. */
    record GlanceRow(String heading, String href, List<String> lines) {}

    /** The next step as the page shows it. */
    record NextStepRow(String text, java.time.LocalDate on, String href) {}

    record HistoryRow(
            String label,
            Instant at,
            String who,
            String function,
            String reasonLabel,
            List<String> reason,
            List<Detail> details) {}

    /** The case page, with a fresh form for every step that is not already on the model with errors. */
    String render(UUID id, Model model, Locale locale) {
        CasePageQueries.CasePage page = queries.page(id);
        CollaborationCase c = page.collaborationCase();
        fill(page, model, locale);
        model.addAttribute("history", history(page, locale).reversed());
        model.addAttribute("sections", sections);
        model.addAttribute("glances", glances(c, page.view().glances(), locale));
        model.addAttribute(
                "nextStep",
                page.view()
                        .nextStep()
                        .map(n -> new NextStepRow(
                                text(n.stepKey(), n.stepKey(), locale), n.on(), href(c, n.sectionPath())))
                        .orElse(null));
        model.addAttribute(
                "otherPhases",
                Arrays.stream(Phase.values()).filter(p -> p != c.phase()).toList());
        fresh(model, "phaseForm", c, new PhaseForm());
        fresh(model, "intensityForm", c, new IntensityForm());
        fresh(model, "closureForm", c, new ClosureForm());
        fresh(model, "endMaintenanceForm", c, new EndMaintenanceForm());
        fresh(model, "reassignForm", c, new ReassignForm());
        if (!model.containsAttribute("followUpForm")) {
            model.addAttribute("followUpForm", new FollowUpForm());
        }
        return PAGE;
    }

    /** The print summary: the same facts and history, oldest first, without forms. */
    String summary(UUID id, Model model, Locale locale) {
        CasePageQueries.CasePage page = queries.page(id);
        fill(page, model, locale);
        model.addAttribute("history", history(page, locale));
        model.addAttribute("printedAt", clock.instant());
        return SUMMARY;
    }

    private void fill(CasePageQueries.CasePage page, Model model, Locale locale) {
        CollaborationCase c = page.collaborationCase();
        model.addAttribute("page", page);
        model.addAttribute("c", c);
        model.addAttribute("view", page.view());
        model.addAttribute("zone", ZONE);
        model.addAttribute("transitionKinds", TransitionKind.values());
    }

    private static void fresh(Model model, String name, CollaborationCase c, Versioned form) {
        if (!model.containsAttribute(name)) {
            form.setVersion(c.version());
            model.addAttribute(name, form);
        }
    }

    List<HistoryRow> history(CasePageQueries.CasePage page, Locale locale) {
        List<HistoryRow> rows = new ArrayList<>();
        for (CaseEvent e : page.view().history()) {
            List<Detail> details = new ArrayList<>();
            e.details().entrySet().stream()
                    .filter(d -> !HIDDEN_DETAILS.contains(d.getKey()))
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(d -> {
                        Detail detail = detail(d.getKey(), d.getValue(), page, locale);
                        if (detail != null) {
                            details.add(detail);
                        }
                    });
            String who = page.staffName(e.staffId());
            rows.add(new HistoryRow(
                    text(e.messageKey(), e.type(), locale),
                    e.at(),
                    who == null ? text("cases.history.unknown-staff", "–", locale) : who,
                    e.actingFunction() == null
                            ? null
                            : text("function." + e.actingFunction(), e.actingFunction(), locale),
                    text("cases.history.reason." + e.type(), text("cases.history.reason", "", locale), locale),
                    lines(e.reason()),
                    details));
        }
        return rows;
    }

    private Detail detail(String key, Object value, CasePageQueries.CasePage page, Locale locale) {
        String label = text("case-detail." + key, key, locale);
        String text = String.valueOf(value);
        if (key.equals("concernId")) {
            // The concern is the coordinator's to open; to anyone else the link would only be refused.
            return page.coordinator()
                    ? new Detail(label, List.of(text("cases.history.open-concern", text, locale)), "/concerns/" + text)
                    : null;
        }
        if (key.equals("caseManagerLeft")) {
            return new Detail(label, List.of(text("cases.yes", "ja", locale)), null);
        }
        if (key.equals("kind")) {
            return new Detail(label, List.of(text("case-transition." + text, text, locale)), null);
        }
        if (STAFF_DETAILS.contains(key)) {
            UUID staffId = CaseForms.uuidOrNull(text);
            if (staffId != null) {
                String name = page.staffName(staffId);
                return new Detail(label, List.of(name == null ? text : name), null);
            }
            return new Detail(label, List.of(text("case-phase." + text, text, locale)), null);
        }
        return new Detail(label, lines(text), null);
    }

    private List<GlanceRow> glances(CollaborationCase c, List<CaseGlance.Glance> glances, Locale locale) {
        return glances.stream()
                .map(g -> new GlanceRow(
                        text(g.headingKey(), g.headingKey(), locale),
                        href(c, g.sectionPath()),
                        g.lines().stream().map(l -> line(l, locale)).toList()))
                .toList();
    }

    private static String href(CollaborationCase c, String sectionPath) {
        return "/cases/" + c.id() + "/" + sectionPath;
    }

    /** A line with its translatable arguments translated first; dates print as yyyy-MM-dd. */
    private String line(CaseGlance.Line line, Locale locale) {
        Object[] arguments = line.arguments().stream()
                .map(a -> a instanceof CaseGlance.Text t ? text(t.messageKey(), t.messageKey(), locale) : a)
                .map(a -> a instanceof java.time.LocalDate d ? d.toString() : a)
                .toArray();
        return messages.getMessage(line.messageKey(), arguments, line.messageKey(), locale);
    }

    private String text(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }

    /** A text as the lines it was written in, so that paragraphs survive without markup. */
    static List<String> lines(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.strip().split("\\R"));
    }
}
