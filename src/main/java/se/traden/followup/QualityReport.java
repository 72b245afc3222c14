package se.traden.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.traden.shared.FieldViolation;
import se.traden.shared.InvalidInputException;

/**
 * The texts of one year's quality report (SOSFS 2011:9, 7 kap.), written by the group manager: a
 * summary, how the process and its collaboration worked, the results read from the year's picture, the
 * improvement work, and the direction for the coming year. A year without saved texts is version 0.
 */
public record QualityReport(
        UUID municipalityId, int year, Map<Section, String> texts, Instant updatedAt, UUID updatedBy, long version) {

    public QualityReport {
        texts = texts == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    /** The sections, in the order of the report. */
    public enum Section {
        SUMMARY("summary"),
        PROCESSES("processes"),
        RESULTS("results"),
        IMPROVEMENTS("improvements"),
        AHEAD("ahead");

        final String field;

        Section(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }

        public String messageKey() {
            return "followup.quality." + field;
        }

        public String hintKey() {
            return "followup.quality." + field + ".hint";
        }
    }

    static final int MAX = 8000;

    static QualityReport empty(UUID municipalityId, int year) {
        return new QualityReport(municipalityId, year, Map.of(), null, null, 0);
    }

    /** The report with new texts; blank sections are left empty. */
    QualityReport write(Map<Section, String> newTexts, UUID by, Instant at) {
        List<FieldViolation> violations = new ArrayList<>();
        Map<Section, String> cleaned = new LinkedHashMap<>();
        for (Section section : Section.values()) {
            String text = newTexts.get(section);
            ProcessText.check(violations, section.field(), text, MAX, LocalDate.ofInstant(at, Period.ZONE));
            if (text != null && !text.isBlank()) {
                cleaned.put(section, text.strip());
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new QualityReport(municipalityId, year, cleaned, at, by, version);
    }

    public String text(Section section) {
        return texts.get(section);
    }

    static void requireYear(int year, int currentYear) {
        if (year < 2000 || year > currentYear) {
            throw InvalidInputException.of("year", "followup.quality.year-out-of-range", currentYear);
        }
    }
}
