package se.traden.collaboration;

import java.time.LocalDate;
import java.util.UUID;
import se.traden.shared.RuleViolationException;

/**
 * One use of an assessment instrument in a case, as one input among several. It is saved only with who
 * chose the instrument, why, how the result was read and what complemented it. A result, when there is
 * one, is kept as written; a later measurement on the same instrument makes a before/after pair. Tråden
 * never computes anything from a result: the reading is a person's, and so is every decision.
 */
record InstrumentUse(
        UUID id,
        UUID municipalityId,
        UUID caseId,
        Instrument instrument,
        String otherName,
        LocalDate usedOn,
        String chosenBy,
        String why,
        String reading,
        String complementedBy,
        String result,
        LocalDate afterOn,
        String afterResult,
        String afterReading,
        Recorded recorded,
        long version) {

    record NewUse(
            Instrument instrument,
            String otherName,
            LocalDate usedOn,
            String chosenBy,
            String why,
            String reading,
            String complementedBy,
            String result) {}

    public boolean measuredAfter() {
        return afterOn != null;
    }

    static InstrumentUse record(UUID municipalityId, UUID caseId, NewUse input, LocalDate today, Recorded recorded) {
        var v = new Violations();
        Instrument instrument = v.required("instrument", input.instrument());
        String other = v.optional("otherName", input.otherName(), Violations.SHORT);
        if (instrument == Instrument.OTHER && other == null && !v.has("otherName")) {
            v.add("otherName", "instrument.other-name-required");
        }
        LocalDate used = v.required("usedOn", input.usedOn());
        if (used != null && used.isAfter(today)) {
            v.add("usedOn", "instrument.date-in-future");
        }
        String chosenBy = v.text("chosenBy", input.chosenBy(), Violations.SHORT);
        String why = v.text("why", input.why(), Violations.NOTE);
        String reading = v.text("reading", input.reading(), Violations.NOTE);
        String complemented = v.text("complementedBy", input.complementedBy(), Violations.NOTE);
        String result = v.optional("result", input.result(), Violations.NOTE);
        v.throwIfAny();
        return new InstrumentUse(
                UUID.randomUUID(),
                municipalityId,
                caseId,
                instrument,
                instrument == Instrument.OTHER ? other : null,
                used,
                chosenBy,
                why,
                reading,
                complemented,
                result,
                null,
                null,
                null,
                recorded,
                0);
    }

    /** The later measurement on the same instrument: the second half of a before/after pair, once. */
    InstrumentUse measureAfter(LocalDate on, String afterResultText, String afterReadingText, LocalDate today) {
        if (result == null) {
            throw new RuleViolationException("instrument.no-before-result", "afterResult", null);
        }
        if (measuredAfter()) {
            throw new RuleViolationException("instrument.already-measured-after", "afterOn", null);
        }
        var v = new Violations();
        LocalDate day = v.required("afterOn", on);
        if (day != null && day.isAfter(today)) {
            v.add("afterOn", "instrument.date-in-future");
        } else if (day != null && !day.isAfter(usedOn)) {
            v.add("afterOn", "instrument.after-not-after-before", usedOn.toString());
        }
        String text = v.text("afterResult", afterResultText, Violations.NOTE);
        String readingText = v.text("afterReading", afterReadingText, Violations.NOTE);
        v.throwIfAny();
        return new InstrumentUse(
                id,
                municipalityId,
                caseId,
                instrument,
                otherName,
                usedOn,
                chosenBy,
                why,
                reading,
                complementedBy,
                result,
                day,
                text,
                readingText,
                recorded,
                version);
    }
}
