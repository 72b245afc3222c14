package se.traden.people;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import se.traden.shared.FieldViolation;
import se.traden.shared.InvalidInputException;

/** How to reach a person; every part is optional. */
record ContactDetails(String phone, String email, String address) {
    static final ContactDetails NONE = new ContactDetails(null, null, null);
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{5,40}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    ContactDetails {
        phone = Violations.clean(phone);
        email = Violations.clean(email);
        address = Violations.clean(address);
        List<FieldViolation> violations = new ArrayList<>();
        if (phone != null && (phone.length() > 40 || !PHONE.matcher(phone).matches())) {
            violations.add(FieldViolation.of("phone", "person.phone-malformed"));
        }
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            violations.add(FieldViolation.of("email", "person.email-malformed"));
        }
        if (address != null && address.length() > 500) {
            violations.add(FieldViolation.of("address", "too-long", 500));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
