package se.traden.demo;

import se.traden.authority.AuthorityCommands;
import se.traden.casework.CaseService;
import se.traden.casework.CaseworkCommands;
import se.traden.collaboration.CollaborationCommands;
import se.traden.consent.ConsentCommands;
import se.traden.disclosure.DisclosureLedger;
import se.traden.intake.ConcernService;
import se.traden.intake.InquiryService;
import se.traden.people.PeopleRegistration;
import se.traden.plan.PlanCommands;

/** The public commands of the modules the stories go through: the same ones the pages and the API use. */
record Services(
        PeopleRegistration people,
        ConcernService concerns,
        InquiryService inquiries,
        CaseService cases,
        CaseworkCommands casework,
        ConsentCommands consents,
        PlanCommands plans,
        CollaborationCommands collaboration,
        AuthorityCommands authority,
        DisclosureLedger ledger) {}
