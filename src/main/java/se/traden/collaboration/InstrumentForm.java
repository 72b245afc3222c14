package se.traden.collaboration;

import java.time.LocalDate;

/** The instrument forms as typed: a new use, or the later measurement of a before/after pair. */
class InstrumentForm {
    private String version;
    private String instrument;
    private String otherName;
    private String usedOn;
    private String chosenBy;
    private String why;
    private String reading;
    private String complementedBy;
    private String result;
    private String afterOn;
    private String afterResult;
    private String afterReading;

    static InstrumentForm on(LocalDate today) {
        var form = new InstrumentForm();
        form.usedOn = today.toString();
        form.afterOn = today.toString();
        return form;
    }

    InstrumentUse.NewUse toInput() {
        return new InstrumentUse.NewUse(
                FormValues.choice(Instrument.class, instrument),
                otherName,
                FormValues.date(usedOn),
                chosenBy,
                why,
                reading,
                complementedBy,
                result);
    }

    long versionOr(long fallback) {
        try {
            return FormValues.blank(version) ? fallback : Long.parseLong(version.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getInstrument() {
        return instrument;
    }

    public void setInstrument(String instrument) {
        this.instrument = instrument;
    }

    public String getOtherName() {
        return otherName;
    }

    public void setOtherName(String otherName) {
        this.otherName = otherName;
    }

    public String getUsedOn() {
        return usedOn;
    }

    public void setUsedOn(String usedOn) {
        this.usedOn = usedOn;
    }

    public String getChosenBy() {
        return chosenBy;
    }

    public void setChosenBy(String chosenBy) {
        this.chosenBy = chosenBy;
    }

    public String getWhy() {
        return why;
    }

    public void setWhy(String why) {
        this.why = why;
    }

    public String getReading() {
        return reading;
    }

    public void setReading(String reading) {
        this.reading = reading;
    }

    public String getComplementedBy() {
        return complementedBy;
    }

    public void setComplementedBy(String complementedBy) {
        this.complementedBy = complementedBy;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public String getAfterOn() {
        return afterOn;
    }

    public void setAfterOn(String afterOn) {
        this.afterOn = afterOn;
    }

    public String getAfterResult() {
        return afterResult;
    }

    public void setAfterResult(String afterResult) {
        this.afterResult = afterResult;
    }

    public String getAfterReading() {
        return afterReading;
    }

    public void setAfterReading(String afterReading) {
        this.afterReading = afterReading;
    }
}
