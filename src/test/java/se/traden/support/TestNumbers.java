package se.traden.support;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Valid fictitious personal identity numbers for tests: a random date in a span, a random serial, the Luhn digit. */
public final class TestNumbers {
    /** Every number handed out in this JVM: the tests share one database, so a number is never given twice. */
    private static final java.util.Set<String> ISSUED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private TestNumbers() {}

    /** A child between 6 and 17 years old. */
    public static String child() {
        LocalDate today = LocalDate.now();
        long from = today.minusYears(17).toEpochDay();
        long to = today.minusYears(6).toEpochDay();
        return bornOn(LocalDate.ofEpochDay(ThreadLocalRandom.current().nextLong(from, to)));
    }

    /** A valid number for someone born on the given day. */
    public static String bornOn(LocalDate birth) {
        String date = "%04d%02d%02d".formatted(birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth());
        while (true) {
            String serial = "%03d".formatted(ThreadLocalRandom.current().nextInt(1, 1000));
            String number = date + serial + luhn(date.substring(2) + serial);
            if (ISSUED.add(number)) {
                return number;
            }
        }
    }

    public static int luhn(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int d = nineDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }
}
