package se.traden.intake;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import se.traden.intake.ConcernForms.Assessment;
import se.traden.intake.ConcernForms.Conclusion;
import se.traden.intake.ConcernForms.Feedback;
import se.traden.intake.ConcernForms.HandOver;
import se.traden.intake.ConcernForms.Identify;
import se.traden.intake.ConcernForms.LineReturn;
import se.traden.intake.ConcernForms.SimpleClosure;
import se.traden.intake.ConcernForms.StartGathering;
import se.traden.intake.ConcernForms.Triage;
import se.traden.intake.ConcernForms.Versioned;

/**
 * Turns a concern into what its pages show: the concern page with a form for each next step, timeline
 * rows with their labels resolved (an event type or detail that a later step adds still shows, under its
 * own name), the deadlines with their states, and long texts as lines.
 */
@Component
class ConcernPageModel {
    /** Times are shown as the municipality lives them. */
    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    static final String PAGE = "intake/concern";

    private final ConcernService concerns;
    private final MessageSource messages;

    ConcernPageModel(ConcernService concerns, MessageSource messages) {
        this.concerns = concerns;
        this.messages = messages;
    }

    /** The concern page, with a fresh form for every step that is not already on the model with errors. */
    String render(UUID id, Model model, Locale locale) {
        return render(id, model, locale, false);
    }

    /** The concern page; {@code identifyAgain} shows the children who may be the one even when one is chosen. */
    String render(UUID id, Model model, Locale locale, boolean identifyAgain) {
        ConcernPage page = concerns.page(id, identifyAgain);
        Concern concern = page.concern();
        model.addAttribute("page", page);
        model.addAttribute("concern", concern);
        model.addAttribute("worry", ConcernPageModel.lines(concern.worry()));
        model.addAttribute("deadlines", deadlines(page.view()));
        model.addAttribute("timeline", timeline(page, locale));
        model.addAttribute(
                "steps",
                NextSteps.of(concern, page.actingAs()).stream().map(Enum::name).toList());
        model.addAttribute("complexities", Complexity.values());
        model.addAttribute("outcomes", Concern.GatheringOutcome.values());
        fresh(model, "triageForm", concern, new Triage());
        fresh(model, "identifyForm", concern, new Identify());
        fresh(model, "startGatheringForm", concern, new StartGathering());
        fresh(model, "conclusionForm", concern, new Conclusion());
        fresh(model, "feedbackForm", concern, new Feedback());
        fresh(model, "assessmentForm", concern, new Assessment());
        fresh(model, "handOverForm", concern, new HandOver());
        fresh(model, "lineReturnForm", concern, new LineReturn());
        fresh(model, "simpleClosureForm", concern, new SimpleClosure());
        return PAGE;
    }

    private static void fresh(Model model, String name, Concern concern, Versioned form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, ConcernForms.startingFrom(concern, form));
        }
    }

    record Detail(String label, List<String> value, String href) {}

    record TimelineRow(
            String label,
            Instant at,
            String who,
            String function,
            String reasonLabel,
            List<String> reason,
            List<Detail> details) {}

    record DeadlineRow(String labelKey, Deadline deadline, DeadlineState state) {}

    /** The open deadline due first, for the inbox. */
    record NextDeadline(String labelKey, Deadline deadline, DeadlineState state) {}

    record InboxRow(InboxItem item, NextDeadline next) {}

    List<TimelineRow> timeline(ConcernPage page, Locale locale) {
        List<TimelineRow> rows = new ArrayList<>();
        for (ConcernEvent e : page.view().timeline()) {
            List<Detail> details = new ArrayList<>();
            e.details().entrySet().stream()
                    .sorted(Comparator.comparingInt((Map.Entry<String, Object> d) -> order(d.getKey()))
                            .thenComparing(Map.Entry::getKey))
                    .forEach(d -> details.add(detail(d.getKey(), d.getValue(), page, locale)));
            String who = page.staffName(e.staffId());
            rows.add(new TimelineRow(
                    text(e.messageKey(), e.type(), locale),
                    e.at(),
                    who == null ? text("concerns.timeline.unknown-staff", "–", locale) : who,
                    e.actingFunction() == null
                            ? null
                            : text("function." + e.actingFunction(), e.actingFunction(), locale),
                    e.reason() == null
                            ? null
                            : text(
                                    "concerns.timeline.reason." + e.type(),
                                    text("concerns.timeline.reason", "", locale),
                                    locale),
                    lines(e.reason()),
                    details));
        }
        return rows;
    }

    List<DeadlineRow> deadlines(ConcernView view) {
        Concern c = view.concern();
        return List.of(
                new DeadlineRow("concerns.deadline.gathering", c.gathering(), view.gatheringState()),
                new DeadlineRow("concerns.deadline.feedback", c.feedback(), view.feedbackState()),
                new DeadlineRow("concerns.deadline.decision", c.decision(), view.decisionState()));
    }

    List<InboxRow> inbox(List<InboxItem> items, Instant now) {
        return items.stream().map(i -> new InboxRow(i, next(i, now))).toList();
    }

    private static NextDeadline next(InboxItem item, Instant now) {
        return List.of(
                        new NextDeadline("concerns.deadline.gathering", item.gathering(), null),
                        new NextDeadline("concerns.deadline.feedback", item.feedback(), null),
                        new NextDeadline("concerns.deadline.decision", item.decision(), null))
                .stream()
                .filter(d -> d.deadline().metAt() == null)
                .min(Comparator.comparing(d -> d.deadline().dueAt()))
                .map(d -> new NextDeadline(
                        d.labelKey(), d.deadline(), d.deadline().stateAt(now)))
                .orElse(null);
    }

    /** Details in the order a reader follows them; a detail this page does not know yet comes last. */
    private static final List<String> DETAIL_ORDER = List.of(
            "urgent",
            "route",
            "complexity",
            "outcome",
            "participants",
            "immediateActions",
            "circleAndFormOfWork",
            "responsibilityAndMandate",
            "caseManagerId",
            "receivingUnit",
            "advice",
            "personId");

    private static int order(String key) {
        int index = DETAIL_ORDER.indexOf(key);
        return index < 0 ? DETAIL_ORDER.size() : index;
    }

    private Detail detail(String key, Object value, ConcernPage page, Locale locale) {
        String label = text("concerns.detail." + key, key, locale);
        String text = String.valueOf(value);
        return switch (key) {
            case "urgent" ->
                new Detail(
                        label,
                        List.of(text(Boolean.TRUE.equals(value) ? "concerns.yes" : "concerns.no", text, locale)),
                        null);
            case "route" -> new Detail(label, List.of(text("concerns.route." + text, text, locale)), null);
            case "complexity" -> new Detail(label, List.of(text("complexity." + text, text, locale)), null);
            case "outcome" -> new Detail(label, List.of(text("concerns.outcome." + text, text, locale)), null);
            case "caseManagerId" -> {
                String name = page.staffName(uuid(text));
                yield new Detail(label, List.of(name == null ? text : name), null);
            }
            case "personId" -> new Detail(label, List.of(text), "/people/" + text);
            default -> new Detail(label, lines(text), null);
        };
    }

    private String text(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A text as the lines it was written in, so that paragraphs survive without markup. */
    static List<String> lines(String text) {
        return text == null ? List.of() : List.of(text.strip().split("\\R"));
    }
}
