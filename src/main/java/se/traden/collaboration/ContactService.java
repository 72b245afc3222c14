package se.traden.collaboration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.traden.people.PersonDirectory;
import se.traden.shared.AccessGuard;
import se.traden.shared.InvalidInputException;
import se.traden.shared.MunicipalityId;

/** The contact log of a case and its intensity per week. Access through the case's inner secrecy. */
@Service
class ContactService {
    static final String RECORD = "case-contact";
    static final int SHOWN = 100;

    private final CaseHeaders headers;
    private final Contacts contacts;
    private final PersonDirectory people;
    private final AccessGuard guard;
    private final Clock clock;

    ContactService(CaseHeaders headers, Contacts contacts, PersonDirectory people, AccessGuard guard, Clock clock) {
        this.headers = headers;
        this.contacts = contacts;
        this.people = people;
        this.guard = guard;
        this.clock = clock;
    }

    /** The contacts page: the latest contacts and the intensity over the last 26 weeks. */
    record ContactLog(CaseHeader header, List<Contact> latest, ContactIntensity intensity) {}

    @Transactional
    ContactLog log(UUID caseId) {
        CaseHeader header = headers.read(caseId, RECORD);
        return new ContactLog(
                header,
                contacts.latest(header.municipalityId(), caseId, SHOWN),
                intensity(header.municipalityId(), caseId));
    }

    @Transactional
    Contact record(UUID caseId, Contact.NewContact input) {
        CaseHeader header = headers.writeWhileOpen(caseId, RECORD);
        Contact contact = Contact.record(
                header.municipalityId(),
                caseId,
                input,
                LocalDate.ofInstant(header.openedAt(), clock.getZone())
                        .atStartOfDay(clock.getZone())
                        .toInstant(),
                new Recorded(guard.actor().staffId().value(), header.actingAs(), clock.instant()));
        if (contact.personId() != null
                && !people.exists(new MunicipalityId(header.municipalityId()), contact.personId())) {
            throw InvalidInputException.of("personId", "contact.person-unknown");
        }
        contacts.insert(contact);
        return contact;
    }

    private ContactIntensity intensity(UUID municipality, UUID caseId) {
        LocalDate today = LocalDate.now(clock);
        return ContactIntensity.of(
                today, contacts.perWeek(municipality, caseId, ContactIntensity.firstMonday(today), clock.getZone()));
    }
}
