package se.traden.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Valid, fictitious personal identity numbers: the date of birth, a serial whose third digit is odd for
 * boys and men and even for girls and women, and the check digit (Luhn). Each number is handed out once
 * per run. Skatteverket's published test numbers are not available offline; see
 * docs/decisions/0084-demo-generator.md.
 */
final class PersonalNumbers {
    private final Set<String> used = new HashSet<>();

    String next(LocalDate born, boolean female, Dice dice) {
        String date = "%04d%02d%02d".formatted(born.getYear(), born.getMonthValue(), born.getDayOfMonth());
        while (true) {
            int serial = dice.between(1, 99) * 10 + (female ? 2 * dice.between(0, 4) : 2 * dice.between(0, 4) + 1);
            String nine = date.substring(2) + "%03d".formatted(serial);
            String number = date + "%03d".formatted(serial) + luhn(nine);
            if (used.add(number)) {
                return number;
            }
        }
    }

    static int luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
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
