package se.traden.collaboration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.traden.casework.CaseGlance;
import se.traden.casework.CaseStatus;
import se.traden.organisation.OrganisationQueries;
import se.traden.shared.MunicipalityId;

/**
 * Contacts and check-ins at a glance: the last few contacts, and when the next check-in is due — flagged
 * when it is overdue. Open risk signals are not repeated here: they are computed across the unit, and
 * the overdue check-in and the silence since the last contact already show in these lines.
 */
@Configuration(proxyBeanMethods = false)
class CollaborationGlances {
    static final int LAST_CONTACTS = 3;

    /** Contact days are shown as the municipality lives them. */
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    @Bean
    CaseGlance contactsGlance(Contacts contacts) {
        return (ref, c) -> {
            List<Contact> latest = contacts.latest(ref.municipalityId(), ref.caseId(), LAST_CONTACTS);
            List<CaseGlance.Line> lines = latest.isEmpty()
                    ? List.of(CaseGlance.Line.of("collaboration.glance.no-contacts"))
                    : latest.stream()
                            .map(x -> CaseGlance.Line.of(
                                    "collaboration.glance.contact",
                                    LocalDate.ofInstant(x.occurredAt(), ZONE),
                                    new CaseGlance.Text(x.kind().messageKey())))
                            .toList();
            return Optional.of(new CaseGlance.Glance("contacts", "cases.section.contacts", lines, null, null));
        };
    }

    @Bean
    CaseGlance checkInsGlance(CheckIns checkIns, OrganisationQueries organisation, Clock clock) {
        return (ref, c) -> {
            if (c.status() != CaseStatus.ACTIVE) {
                return Optional.empty();
            }
            LocalDate last = checkIns.lastHeld(ref.municipalityId(), List.of(ref.caseId()))
                    .get(ref.caseId());
            var due = CheckInCadencePolicy.due(
                    last,
                    LocalDate.ofInstant(c.openedAt(), clock.getZone()),
                    c.phase(),
                    c.intensive(),
                    organisation.checkInCadence(new MunicipalityId(ref.municipalityId())),
                    LocalDate.now(clock));
            CaseGlance.Line held = last == null
                    ? CaseGlance.Line.of("collaboration.glance.no-check-in")
                    : CaseGlance.Line.of("collaboration.glance.last-check-in", last);
            CaseGlance.Line next = due.overdue()
                    ? CaseGlance.Line.of("collaboration.glance.check-in-overdue", due.dueOn(), due.daysOverdue())
                    : CaseGlance.Line.of("collaboration.glance.check-in-due", due.dueOn());
            return Optional.of(new CaseGlance.Glance(
                    "check-ins",
                    "cases.section.check-ins",
                    List.of(held, next),
                    due.dueOn(),
                    due.overdue()
                            ? "collaboration.glance.next.check-in-overdue"
                            : "collaboration.glance.next.check-in"));
        };
    }
}
