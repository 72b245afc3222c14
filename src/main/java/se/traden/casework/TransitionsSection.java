package se.traden.casework;

import org.springframework.stereotype.Component;

/** The case's transitions, a part of the case with a page of its own. */
@Component
class TransitionsSection implements CaseSection {

    @Override
    public String path() {
        return "transitions";
    }

    @Override
    public String messageKey() {
        return "cases.section.transitions";
    }

    @Override
    public int order() {
        return 70;
    }
}
