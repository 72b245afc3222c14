package se.traden.followup;

import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * How a value is written for people, the same on the page, in the PDFs and in the text columns of the
 * exports: counts with digit grouping, shares as whole per cent, days with one decimal, a withheld
 * value as "<5" and a value that cannot be computed (nothing to divide by) as a dash.
 */
public final class CellText {
    public static final String HIDDEN = "<5";
    public static final String NONE = "–";

    private final Locale locale;
    private final MessageSource messages;

    public CellText(Locale locale, MessageSource messages) {
        this.locale = locale;
        this.messages = messages;
    }

    public String text(Cell cell) {
        return switch (cell) {
            case Cell.Count count -> NumberFormat.getIntegerInstance(locale).format(count.value());
            case Cell.Share share ->
                share.percent() == null ? NONE : Math.round(share.percent()) + (isSwedish() ? " %" : "%");
            case Cell.Days days -> days.value() == null ? NONE : oneDecimal(days.value());
            case Cell.Hidden hidden -> HIDDEN;
        };
    }

    public String label(Label label) {
        return label.key() != null ? messages.getMessage(label.key(), null, label.key(), locale) : label.text();
    }

    public String message(String key) {
        return messages.getMessage(key, null, key, locale);
    }

    public Locale locale() {
        return locale;
    }

    private String oneDecimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    private boolean isSwedish() {
        return "sv".equals(locale.getLanguage());
    }
}
