package se.traden.followup;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.traden.shared.AccessAction;
import se.traden.shared.InvalidInputException;
import se.traden.shared.web.Forms;

/** The situation picture page: a period, charts over time and the numbers behind them. */
@Controller
class SituationPages {
    /** When a picture computed ahead was counted, as the page says it. */
    private static final java.time.format.DateTimeFormatter COMPUTED_AT =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Period.ZONE);

    private final SituationService situation;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;

    SituationPages(SituationService situation, Clock clock, org.springframework.context.MessageSource messages) {
        this.situation = situation;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/uppfoljning/lagesbild")
    String picture(
            @ModelAttribute("period") PeriodForm form, BindingResult binding, java.util.Locale locale, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(Period.ZONE));
        Period period;
        try {
            period = form.toPeriod(today);
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
            period = Period.yearEndingOn(today);
        }
        if (!binding.hasErrors()) {
            form.setFrom(period.from().toString());
            form.setTo(period.to().toString());
        }
        SituationPicture picture = situation.picture(period, form.isAggregated(), form.isLive(), AccessAction.READ);
        model.addAttribute("picture", picture);
        model.addAttribute("fmt", new CellText(locale, messages));
        model.addAttribute("charts", BarChart.of(picture));
        model.addAttribute("mayReadWhole", situation.mayReadWhole());
        model.addAttribute("query", PeriodForm.query(picture.period()));
        model.addAttribute("shortcuts", Shortcut.all(today));
        model.addAttribute("timeFormat", COMPUTED_AT);
        return "followup/situation";
    }

    @GetMapping("/uppfoljning/lagesbild/export")
    org.springframework.http.ResponseEntity<byte[]> export(
            @ModelAttribute PeriodForm form,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String format,
            java.util.Locale locale) {
        ExportFormat exportFormat = ExportFormat.of(format);
        Period period = form.toPeriod(LocalDate.now(clock.withZone(Period.ZONE)));
        SituationPicture picture = situation.picture(period, form.isAggregated(), form.isLive(), AccessAction.EXPORT);
        return exportFormat.download(picture, new CellText(locale, messages));
    }

    /** Ready-made periods offered as links. */
    record Shortcut(String key, Period period) {
        static java.util.List<Shortcut> all(LocalDate today) {
            return Period.standard(today).entrySet().stream()
                    .map(e -> new Shortcut(e.getKey(), e.getValue()))
                    .toList();
        }

        public String query() {
            return PeriodForm.query(period);
        }
    }
}
