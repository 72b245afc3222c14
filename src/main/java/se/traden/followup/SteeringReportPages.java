package se.traden.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.traden.shared.ConcurrentEditException;
import se.traden.shared.FunctionType;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RuleViolationException;
import se.traden.shared.web.Forms;

/** The steering reports: the list, a new report, a report with its commentary, and its PDF. */
@Controller
class SteeringReportPages {
    private final SteeringReportService reports;
    private final MessageSource messages;
    private final Clock clock;

    SteeringReportPages(SteeringReportService reports, MessageSource messages, Clock clock) {
        this.reports = reports;
        this.messages = messages;
        this.clock = clock;
    }

    /** A new report as typed: the dates as text, so that a malformed one is answered field by field. */
    static class NewReportForm extends PeriodForm {
        private String title;

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }
    }

    /** Kept in the session across the redirect when it has errors, so it is serializable. */
    static class CommentaryForm implements java.io.Serializable {
        private String text;
        private Long version;
        private String function;

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        public String getFunction() {
            return function;
        }

        public void setFunction(String function) {
            this.function = function;
        }
    }

    @GetMapping("/uppfoljning/styrrapporter")
    String list(Model model) {
        if (!model.containsAttribute("report")) {
            NewReportForm form = new NewReportForm();
            Period last = SituationPages.Shortcut.all(today()).get(3).period();
            form.setFrom(last.from().toString());
            form.setTo(last.to().toString());
            model.addAttribute("report", form);
        }
        model.addAttribute("reports", reports.list());
        model.addAttribute("mayWrite", reports.mayWrite());
        return "followup/steering-reports";
    }

    @PostMapping("/uppfoljning/styrrapporter")
    String open(@ModelAttribute("report") NewReportForm form, BindingResult binding, Model model) {
        try {
            if (form.getFrom() == null
                    || form.getFrom().isBlank()
                    || form.getTo() == null
                    || form.getTo().isBlank()) {
                throw new InvalidInputException(java.util.List.of(se.traden.shared.FieldViolation.of(
                        form.getFrom() == null || form.getFrom().isBlank() ? "from" : "to", "required")));
            }
            SteeringReport report = reports.open(form.getTitle(), form.toPeriod(today()));
            return "redirect:/uppfoljning/styrrapporter/" + report.id();
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
            model.addAttribute("reports", reports.list());
            model.addAttribute("mayWrite", reports.mayWrite());
            return "followup/steering-reports";
        }
    }

    @GetMapping("/uppfoljning/styrrapporter/{id}")
    String report(@PathVariable UUID id, Locale locale, Model model) {
        SteeringReportService.ReportView view = reports.read(id);
        model.addAttribute("view", view);
        model.addAttribute("zone", Period.ZONE);
        model.addAttribute("picture", view.picture());
        model.addAttribute("charts", BarChart.of(view.picture()));
        model.addAttribute("fmt", new CellText(locale, messages));
        for (FunctionType function : view.mayWrite()) {
            String name = formName(function);
            if (!model.containsAttribute(name)) {
                CommentaryForm form = new CommentaryForm();
                SteeringReport.Commentary current = function == FunctionType.INDIVIDUAL_COORDINATOR
                        ? view.report().coordinator()
                        : view.report().groupManager();
                form.setText(current == null ? "" : current.text());
                form.setVersion(view.report().version());
                form.setFunction(function.name());
                model.addAttribute(name, form);
            }
        }
        return "followup/steering-report";
    }

    @PostMapping("/uppfoljning/styrrapporter/{id}/kommentar")
    String comment(
            @PathVariable UUID id,
            @ModelAttribute("commentary") CommentaryForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        FunctionType function = "GROUP_MANAGER".equals(form.getFunction())
                ? FunctionType.GROUP_MANAGER
                : FunctionType.INDIVIDUAL_COORDINATOR;
        String name = formName(function);
        try {
            reports.comment(id, function, form.getVersion() == null ? -1 : form.getVersion(), form.getText());
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
            keep(redirect, name, form, binding);
        } catch (ConcurrentEditException e) {
            binding.reject("error.concurrent-edit");
            keep(redirect, name, form, binding);
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
            keep(redirect, name, form, binding);
        }
        return "redirect:/uppfoljning/styrrapporter/" + id + "#" + name;
    }

    /** The model name of a function's commentary form, as the page's template looks it up. */
    private static String formName(FunctionType function) {
        return "commentary" + (function == FunctionType.INDIVIDUAL_COORDINATOR ? "Coordinator" : "GroupManager");
    }

    private static void keep(RedirectAttributes redirect, String name, CommentaryForm form, BindingResult binding) {
        redirect.addFlashAttribute(name, form);
        redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + name, binding);
    }

    @GetMapping("/uppfoljning/styrrapporter/{id}/rapport.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
        return pdfResponse(reports.pdf(id, locale), "styrrapport-" + id + ".pdf");
    }

    static ResponseEntity<byte[]> pdfResponse(byte[] pdf, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(filename).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Period.ZONE));
    }
}
