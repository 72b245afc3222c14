package se.traden.people;

import se.traden.people.PeopleCommands.CorrectPerson;

/** The edit form of a person, carrying the version it was filled in from. */
class CorrectionForm {
    private String givenNames;
    private String familyName;
    private String personalNumber;
    private String dateOfBirth;
    private boolean protectedIdentity;
    private String phone;
    private String email;
    private String address;
    private Long version;

    static CorrectionForm of(PersonView person) {
        var form = new CorrectionForm();
        form.givenNames = person.givenNames();
        form.familyName = person.familyName();
        form.personalNumber = person.personalNumber();
        // with a number the date follows from it; the field is for persons without one
        form.dateOfBirth = person.personalNumber() == null && person.dateOfBirth() != null
                ? person.dateOfBirth().toString()
                : null;
        form.protectedIdentity = person.protectedIdentity();
        form.phone = person.phone();
        form.email = person.email();
        form.address = person.address();
        form.version = person.version();
        return form;
    }

    CorrectPerson toCommand() {
        return new CorrectPerson(
                givenNames, familyName, personalNumber, dateOfBirth, protectedIdentity, phone, email, address);
    }

    public String getGivenNames() {
        return givenNames;
    }

    public void setGivenNames(String givenNames) {
        this.givenNames = givenNames;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getPersonalNumber() {
        return personalNumber;
    }

    public void setPersonalNumber(String personalNumber) {
        this.personalNumber = personalNumber;
    }

    public String getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(String dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public boolean isProtectedIdentity() {
        return protectedIdentity;
    }

    public void setProtectedIdentity(boolean protectedIdentity) {
        this.protectedIdentity = protectedIdentity;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
