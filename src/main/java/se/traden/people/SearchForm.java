package se.traden.people;

import se.traden.people.PeopleCommands.SearchPeople;

/** The search form; always sent by POST, so that a number never appears in an address. */
class SearchForm {
    static final int PAGE_SIZE = 20;

    private String personalNumber;
    private String name;
    private int page;

    SearchPeople toQuery() {
        return new SearchPeople(personalNumber, name, page, PAGE_SIZE);
    }

    public String getPersonalNumber() {
        return personalNumber;
    }

    public void setPersonalNumber(String personalNumber) {
        this.personalNumber = personalNumber;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
