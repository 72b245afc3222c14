package se.traden.collaboration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The collaboration module's commands for callers in other modules (the demo generator): contacts,
 * check-ins, the collaboration group and its meetings, and the after action review. The same service
 * methods as the pages and the API, under the case's inner secrecy, with the same access-log entries.
 */
@Component
public class CollaborationCommands {
    private final ContactService contacts;
    private final CheckInService checkIns;
    private final GroupService groups;
    private final ReviewService reviews;

    CollaborationCommands(
            ContactService contacts, CheckInService checkIns, GroupService groups, ReviewService reviews) {
        this.contacts = contacts;
        this.checkIns = checkIns;
        this.groups = groups;
        this.reviews = reviews;
    }

    /** A contact of the case manager: when, how, with whom, a short note. */
    public record ContactInput(
            Instant occurredAt,
            ContactKind kind,
            Set<ContactParty> withWhom,
            String withWhomDetail,
            UUID personId,
            String note) {}

    /** What a check-in between the coordinator and the case manager went through. */
    public record CheckInInput(
            LocalDate heldOn,
            String riskAndNeeds,
            String newActors,
            String familyResources,
            Boolean workloadManageable,
            String workloadNote,
            String obstacles) {}

    /** An actor joining the collaboration group. */
    public record ActorInput(
            String organisation,
            String functionName,
            String personName,
            String task,
            String mandate,
            LocalDate joinedOn) {}

    /** A meeting of the collaboration group as planned. */
    public record MeetingInput(
            Instant heldAt,
            String agenda,
            String attendees,
            Boolean childAttends,
            Boolean familyAttends,
            Boolean familyChoseAttendees,
            String attendanceNote,
            String childPreparation) {}

    /** A meeting just planned: its id and the version its outcome is recorded against. */
    public record PlannedMeeting(UUID id, long version) {}

    /** Who does what after a meeting, by when. */
    public record NextStep(String what, String owner, LocalDate dueOn) {}

    /** The answers of an after action review. */
    public record ReviewInput(
            LocalDate heldOn,
            String invitedActors,
            String whatWorked,
            String doAgain,
            String avoid,
            String missedSignals,
            String childView,
            String familyView,
            Boolean viewsAgreed) {}

    public UUID recordContact(UUID caseId, ContactInput input) {
        return contacts.record(
                        caseId,
                        new Contact.NewContact(
                                input.occurredAt(),
                                input.kind(),
                                input.withWhom(),
                                input.withWhomDetail(),
                                input.personId(),
                                input.note()))
                .id();
    }

    public UUID recordCheckIn(UUID caseId, CheckInInput input) {
        return checkIns.record(
                        caseId,
                        new CheckIn.NewCheckIn(
                                input.heldOn(),
                                input.riskAndNeeds(),
                                input.newActors(),
                                input.familyResources(),
                                input.workloadManageable(),
                                input.workloadNote(),
                                input.obstacles()))
                .id();
    }

    public UUID addGroupActor(UUID caseId, ActorInput input) {
        return groups.addActor(
                        caseId,
                        new GroupActor.NewActor(
                                input.organisation(),
                                input.functionName(),
                                input.personName(),
                                input.task(),
                                input.mandate(),
                                input.joinedOn()))
                .id();
    }

    public PlannedMeeting planMeeting(UUID caseId, MeetingInput input) {
        Meeting meeting = groups.planMeeting(
                caseId,
                new Meeting.NewMeeting(
                        input.heldAt(),
                        input.agenda(),
                        input.attendees(),
                        input.childAttends(),
                        input.familyAttends(),
                        input.familyChoseAttendees(),
                        input.attendanceNote(),
                        input.childPreparation()));
        return new PlannedMeeting(meeting.id(), meeting.version());
    }

    public void recordMeetingOutcome(UUID caseId, UUID meetingId, long version, String outcomes, List<NextStep> next) {
        groups.recordOutcome(
                caseId,
                meetingId,
                version,
                outcomes,
                next.stream()
                        .map(n -> new Meeting.Action(n.what(), n.owner(), n.dueOn()))
                        .toList());
    }

    public UUID holdReview(UUID caseId, ReviewInput input) {
        return reviews.hold(
                        caseId,
                        new AfterActionReview.Answers(
                                input.heldOn(),
                                input.invitedActors(),
                                input.whatWorked(),
                                input.doAgain(),
                                input.avoid(),
                                input.missedSignals(),
                                input.childView(),
                                input.familyView(),
                                input.viewsAgreed()))
                .id();
    }
}
