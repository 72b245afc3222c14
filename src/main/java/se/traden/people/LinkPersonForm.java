package se.traden.people;

/** The form that relates an already registered person, found by number, to a child. */
class LinkPersonForm {
    private String relation;
    private String personalNumber;

    public String getRelation() {
        return relation;
    }

    public void setRelation(String relation) {
        this.relation = relation;
    }

    public String getPersonalNumber() {
        return personalNumber;
    }

    public void setPersonalNumber(String personalNumber) {
        this.personalNumber = personalNumber;
    }
}
