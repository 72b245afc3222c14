package se.traden.people;

import se.traden.people.PeopleCommands.RegisterRelated;

/** The form that registers a guardian or network person in relation to a child. */
class RelatedPersonForm {
    private String relation;
    private String givenNames;
    private String familyName;
    private String personalNumber;
    private String dateOfBirth;
    private String phone;
    private String email;
    private String address;
    private boolean protectedIdentity;

    RegisterRelated toCommand() {
        return new RegisterRelated(
                relation,
                givenNames,
                familyName,
                personalNumber,
                dateOfBirth,
                phone,
                email,
                address,
                protectedIdentity);
    }

    public String getRelation() {
        return relation;
    }

    public void setRelation(String relation) {
        this.relation = relation;
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

    public boolean isProtectedIdentity() {
        return protectedIdentity;
    }

    public void setProtectedIdentity(boolean protectedIdentity) {
        this.protectedIdentity = protectedIdentity;
    }
}
