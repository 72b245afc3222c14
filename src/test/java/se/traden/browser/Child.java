package se.traden.browser;

import se.traden.support.TestNumbers;

/**
 * A fictitious child of one test, with a valid personal identity number of a school-age child. Each
 * test gives its children family names no other test uses, so that a search finds only its own.
 */
record Child(String givenNames, String familyName, String personalNumber) {

    static Child fresh(String givenNames, String familyName) {
        String digits = TestNumbers.child();
        return new Child(givenNames, familyName, digits.substring(0, 8) + "-" + digits.substring(8));
    }

    String fullName() {
        return givenNames + " " + familyName;
    }
}
