package se.traden.people;

import se.traden.people.PeopleCommands.RegisterChild;

/** The register-a-child form as typed. */
class ChildForm {
    private String givenNames;
    private String familyName;
    private String identityKind = IdentityKind.PERSONAL_NUMBER.name();
    private String personalNumber;
    private String reserveReason;
    private String dateOfBirth;
    private boolean protectedIdentity;
    /** A path of the application to go back to once the child is registered; see PeopleController. */
    private String returnTo;

    public String getReturnTo() {
        return returnTo;
    }

    public void setReturnTo(String returnTo) {
        this.returnTo = returnTo;
    }

    RegisterChild toCommand() {
        return new RegisterChild(
                givenNames, familyName, identityKind, personalNumber, reserveReason, dateOfBirth, protectedIdentity);
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

    public String getIdentityKind() {
        return identityKind;
    }

    public void setIdentityKind(String identityKind) {
        this.identityKind = identityKind;
    }

    public String getPersonalNumber() {
        return personalNumber;
    }

    public void setPersonalNumber(String personalNumber) {
        this.personalNumber = personalNumber;
    }

    public String getReserveReason() {
        return reserveReason;
    }

    public void setReserveReason(String reserveReason) {
        this.reserveReason = reserveReason;
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
}
