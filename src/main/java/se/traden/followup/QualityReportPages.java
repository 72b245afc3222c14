package se.traden.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.traden.shared.ConcurrentEditException;
import se.traden.shared.InvalidInputException;
import se.traden.shared.web.Forms;

/** The annual quality report: its texts, what it is built from, and the PDF. */
@Controller
class QualityReportPages {
    private final QualityReportService reports;
    private final Clock clock;

    QualityReportPages(QualityReportService reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    /** The five texts as typed, with the version they were written from. */
    /** Kept in the session across the redirect when it has errors, so it is serializable. */
    public static class TextsForm implements java.io.Serializable {
        private String summary;
        private String processes;
        private String results;
        private String improvements;
        private String ahead;
        private Long version;

        Map<QualityReport.Section, String> texts() {
            Map<QualityReport.Section, String> texts = new EnumMap<>(QualityReport.Section.class);
            texts.put(QualityReport.Section.SUMMARY, summary);
            texts.put(QualityReport.Section.PROCESSES, processes);
            texts.put(QualityReport.Section.RESULTS, results);
            texts.put(QualityReport.Section.IMPROVEMENTS, improvements);
            texts.put(QualityReport.Section.AHEAD, ahead);
            return texts;
        }

        static TextsForm of(QualityReport report) {
            TextsForm form = new TextsForm();
            form.summary = report.text(QualityReport.Section.SUMMARY);
            form.processes = report.text(QualityReport.Section.PROCESSES);
            form.results = report.text(QualityReport.Section.RESULTS);
            form.improvements = report.text(QualityReport.Section.IMPROVEMENTS);
            form.ahead = report.text(QualityReport.Section.AHEAD);
            form.version = report.version();
            return form;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }

        public String getProcesses() {
            return processes;
        }

        public void setProcesses(String processes) {
            this.processes = processes;
        }

        public String getResults() {
            return results;
        }

        public void setResults(String results) {
            this.results = results;
        }

        public String getImprovements() {
            return improvements;
        }

        public void setImprovements(String improvements) {
            this.improvements = improvements;
        }

        public String getAhead() {
            return ahead;
        }

        public void setAhead(String ahead) {
            this.ahead = ahead;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    @GetMapping("/uppfoljning/kvalitetsberattelse")
    String current(@RequestParam(name = "ar", required = false) Integer year) {
        int chosen = year == null ? LocalDate.now(clock.withZone(Period.ZONE)).getYear() : year;
        return "redirect:/uppfoljning/kvalitetsberattelse/" + chosen;
    }

    @GetMapping("/uppfoljning/kvalitetsberattelse/{year}")
    String report(@PathVariable int year, Model model) {
        QualityReportService.ReportView view = reports.read(year);
        model.addAttribute("view", view);
        model.addAttribute("sections", QualityReport.Section.values());
        int thisYear = LocalDate.now(clock.withZone(Period.ZONE)).getYear();
        model.addAttribute("years", java.util.List.of(thisYear, thisYear - 1, thisYear - 2));
        model.addAttribute("zone", Period.ZONE);
        if (!model.containsAttribute("texts")) {
            model.addAttribute("texts", TextsForm.of(view.report()));
        }
        return "followup/quality-report";
    }

    @PostMapping("/uppfoljning/kvalitetsberattelse/{year}")
    String write(
            @PathVariable int year,
            @ModelAttribute("texts") TextsForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        try {
            reports.write(year, form.getVersion() == null ? -1 : form.getVersion(), form.texts());
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
            keep(redirect, form, binding);
        } catch (ConcurrentEditException e) {
            binding.reject("error.concurrent-edit");
            keep(redirect, form, binding);
        }
        return "redirect:/uppfoljning/kvalitetsberattelse/" + year;
    }

    private static void keep(RedirectAttributes redirect, TextsForm form, BindingResult binding) {
        redirect.addFlashAttribute("texts", form);
        redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + "texts", binding);
    }

    @GetMapping("/uppfoljning/kvalitetsberattelse/{year}/rapport.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable int year, Locale locale) {
        return SteeringReportPages.pdfResponse(reports.pdf(year, locale), "kvalitetsberattelse-" + year + ".pdf");
    }
}
