package se.traden.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.traden.disclosure.LegalBasis;
import se.traden.disclosure.PartyKind;
import se.traden.shared.FieldViolation;
import se.traden.shared.InvalidInputException;
import se.traden.shared.NotPermittedException;
import se.traden.shared.RuleViolationException;

/**
 * A worry about a child, from the moment a reporter raises it until the individual coordinator has
 * decided what happens.
 *
 * <p>Its life: a reporter <em>raises</em> it through the municipality's route, which starts three
 * clocks (information gathering and feedback within the gathering window, the decision within the
 * decision window). The coordinator <em>identifies</em> the child, <em>triages</em> (a first
 * valuation and the complexity), and either <em>closes it as simple</em> with advice, or gathers
 * information (<em>startGathering</em>, <em>concludeGathering</em>) and perhaps <em>holds an
 * assessment</em> with its three outputs. Each question put to an actor while gathering
 * (<em>inquire</em>) and each answer that comes in (<em>answerReceived</em>) is on the timeline; their
 * content lives with the {@link Inquiry}. Feedback to the reporter is <em>given</em> within the same
 * window. Finally the coordinator alone <em>activates</em> structured collaboration with a case
 * manager, or <em>leaves it with the line</em>. When the child already has a case that is closed or
 * kept as a maintaining contact, the coordinator may instead let the concern <em>join that case</em>: the
 * case opens again with its history, without a new intake. When the line <em>returns</em> with the
 * matter, the concern opens again on the same history for a new assessment. Every step is an event on
 * its timeline.
 */
public final class Concern {
    private final UUID id;
    private final UUID municipalityId;
    private final String reference;
    private final Instant receivedAt;
    private final ContactRoute route;
    private final Reporter reporter;
    private final Subject subject;
    private final String worry;
    private final Set<ProblemArea> problemAreas;
    private final boolean urgent;
    private final MandatoryReport mandatoryReport;
    private final String mandatoryReportReason;
    private UUID personId;
    private ConcernStatus status;
    private Complexity complexity;
    private Deadline gathering;
    private Deadline feedback;
    private Deadline decision;
    private UUID caseManagerStaffId;
    private final long version;
    private final List<ConcernEvent> newEvents = new ArrayList<>();

    /** Where a concern arrives: the coordinator function, or the intake unit in the permitted variant. */
    public enum ContactRoute {
        INDIVIDUAL_COORDINATOR,
        INTAKE_UNIT
    }

    /** The windows a municipality gives its coordinator. */
    public record Windows(Duration gathering, Duration decision) {}

    Concern(
            UUID id,
            UUID municipalityId,
            String reference,
            Instant receivedAt,
            ContactRoute route,
            Reporter reporter,
            Subject subject,
            String worry,
            Set<ProblemArea> problemAreas,
            boolean urgent,
            MandatoryReport mandatoryReport,
            String mandatoryReportReason,
            UUID personId,
            ConcernStatus status,
            Complexity complexity,
            Deadline gathering,
            Deadline feedback,
            Deadline decision,
            UUID caseManagerStaffId,
            long version) {
        this.id = id;
        this.municipalityId = municipalityId;
        this.reference = reference;
        this.receivedAt = receivedAt;
        this.route = route;
        this.reporter = reporter;
        this.subject = subject;
        this.worry = worry;
        this.problemAreas = problemAreas.isEmpty() ? EnumSet.noneOf(ProblemArea.class) : EnumSet.copyOf(problemAreas);
        this.urgent = urgent;
        this.mandatoryReport = mandatoryReport;
        this.mandatoryReportReason = mandatoryReportReason;
        this.personId = personId;
        this.status = status;
        this.complexity = complexity;
        this.gathering = gathering;
        this.feedback = feedback;
        this.decision = decision;
        this.caseManagerStaffId = caseManagerStaffId;
        this.version = version;
    }

    /** A reporter raises a concern. Checks the whole input first and names every broken rule. */
    public static Concern raise(
            UUID municipalityId,
            String reference,
            ContactRoute route,
            Reporter reporter,
            Subject subject,
            String worry,
            Set<ProblemArea> problemAreas,
            boolean urgent,
            MandatoryReport mandatoryReport,
            String mandatoryReportReason,
            Windows windows,
            Acting by) {
        List<FieldViolation> violations = new ArrayList<>();
        if (blank(worry)) {
            violations.add(FieldViolation.of("worry", "required"));
        } else if (worry.length() > 4000) {
            violations.add(FieldViolation.of("worry", "too-long", 4000));
        }
        if (problemAreas == null || problemAreas.isEmpty()) {
            violations.add(FieldViolation.of("problemAreas", "concern.problem-area-required"));
        }
        if (mandatoryReport == null) {
            violations.add(FieldViolation.of("mandatoryReport", "required"));
        } else if (mandatoryReport == MandatoryReport.NOT_APPLICABLE && blank(mandatoryReportReason)) {
            violations.add(FieldViolation.of("mandatoryReportReason", "concern.mandatory-report-reason-required"));
        }
        if (subject == null || blank(subject.name()) && blank(subject.personalNumber())) {
            violations.add(FieldViolation.of("subjectName", "concern.subject-required"));
        }
        if (reporter == null || blank(reporter.contact())) {
            violations.add(FieldViolation.of("reporterContact", "concern.reporter-contact-required"));
        }
        if (reporter == null || blank(reporter.organisationName())) {
            violations.add(FieldViolation.of("reporterOrganisation", "required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Instant now = by.at();
        var concern = new Concern(
                UUID.randomUUID(),
                municipalityId,
                reference,
                now,
                route,
                reporter,
                subject,
                worry.strip(),
                problemAreas,
                urgent,
                mandatoryReport,
                blank(mandatoryReportReason) ? null : mandatoryReportReason.strip(),
                null,
                ConcernStatus.RECEIVED,
                null,
                Deadline.of(now, windows.gathering()),
                Deadline.of(now, windows.gathering()),
                Deadline.of(now, windows.decision()),
                null,
                0);
        concern.record("RAISED", by, null, Map.of("urgent", urgent, "route", route.name()));
        return concern;
    }

    /** The coordinator links the concern to the registered child it is about. */
    public void identify(UUID person, Acting by) {
        requireOpen();
        if (person == null) {
            throw InvalidInputException.of("personId", "required");
        }
        this.personId = person;
        record("IDENTIFIED", by, null, Map.of("personId", person.toString()));
    }

    /** A first valuation: how complex it looks, and what the coordinator thinks. May be made again. */
    public void triage(Complexity complexity, String valuation, Acting by) {
        requireOpen();
        List<FieldViolation> violations = new ArrayList<>();
        if (complexity == null) {
            violations.add(FieldViolation.of("complexity", "required"));
        }
        if (blank(valuation)) {
            violations.add(FieldViolation.of("valuation", "required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        this.complexity = complexity;
        if (status == ConcernStatus.RECEIVED) {
            status = ConcernStatus.TRIAGED;
        }
        record("TRIAGED", by, valuation.strip(), Map.of("complexity", complexity.name()));
    }

    /** A simple matter: advice is given and it goes back to the line at once. */
    public void closeAsSimple(String advice, Acting by) {
        requireOpen();
        requireTriaged();
        if (blank(advice)) {
            throw InvalidInputException.of("advice", "required");
        }
        status = ConcernStatus.CLOSED_SIMPLE;
        decision = decision.met(by.at());
        gathering = gathering.met(by.at());
        record("CLOSED_SIMPLE", by, advice.strip(), Map.of());
    }

    /** Early information gathering begins (the first inquiry starts it too). */
    public void startGathering(Acting by) {
        requireOpen();
        requireTriaged();
        if (status == ConcernStatus.TRIAGED) {
            status = ConcernStatus.GATHERING;
            record("GATHERING_STARTED", by, null, Map.of());
        }
    }

    /** The gathering is done: it confirmed the worry, dismissed it, or calls for an assessment. */
    public void concludeGathering(GatheringOutcome outcome, String summary, Acting by) {
        requireOpen();
        if (status != ConcernStatus.GATHERING) {
            throw new RuleViolationException("concern.not-gathering", null, null);
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (outcome == null) {
            violations.add(FieldViolation.of("outcome", "required"));
        }
        if (blank(summary)) {
            violations.add(FieldViolation.of("summary", "required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        gathering = gathering.met(by.at());
        record("GATHERING_CONCLUDED", by, summary.strip(), Map.of("outcome", outcome.name()));
    }

    /** What early information gathering came to. */
    public enum GatheringOutcome {
        CONFIRMED,
        DISMISSED,
        NEEDS_ASSESSMENT
    }

    /** Feedback to whoever raised the concern. The first one meets the feedback deadline. */
    public void giveFeedback(String text, Acting by) {
        if (blank(text)) {
            throw InvalidInputException.of("feedback", "required");
        }
        if (text.length() > 4000) {
            throw InvalidInputException.of("feedback", "too-long", 4000);
        }
        feedback = feedback.met(by.at());
        record("FEEDBACK_GIVEN", by, text.strip(), Map.of());
    }

    /** An assessment meeting, a decision station with three outputs, all required. */
    public void holdAssessment(
            String immediateActions,
            String circleAndFormOfWork,
            String responsibilityAndMandate,
            String participants,
            Acting by) {
        requireOpen();
        requireTriaged();
        List<FieldViolation> violations = new ArrayList<>();
        if (blank(immediateActions)) {
            violations.add(FieldViolation.of("immediateActions", "required"));
        }
        if (blank(circleAndFormOfWork)) {
            violations.add(FieldViolation.of("circleAndFormOfWork", "required"));
        }
        if (blank(responsibilityAndMandate)) {
            violations.add(FieldViolation.of("responsibilityAndMandate", "required"));
        }
        if (blank(participants)) {
            violations.add(FieldViolation.of("participants", "required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        status = ConcernStatus.ASSESSED;
        gathering = gathering.met(by.at());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("immediateActions", immediateActions.strip());
        details.put("circleAndFormOfWork", circleAndFormOfWork.strip());
        details.put("responsibilityAndMandate", responsibilityAndMandate.strip());
        details.put("participants", participants.strip());
        record("ASSESSMENT_HELD", by, null, details);
    }

    /** The coordinator activates structured individual collaboration and assigns a case manager. */
    public void activate(UUID caseManager, String reason, Acting by) {
        requireDecider(by);
        requireOpen();
        requireTriaged();
        List<FieldViolation> violations = new ArrayList<>();
        if (caseManager == null) {
            violations.add(FieldViolation.of("caseManagerId", "concern.case-manager-required"));
        }
        if (blank(reason)) {
            violations.add(FieldViolation.of("reason", "concern.reason-required"));
        }
        if (personId == null) {
            violations.add(FieldViolation.of("personId", "concern.identify-first"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        status = ConcernStatus.ACTIVATED;
        caseManagerStaffId = caseManager;
        decision = decision.met(by.at());
        gathering = gathering.met(by.at());
        record("ACTIVATED", by, reason.strip(), Map.of("caseManagerId", caseManager.toString()));
    }

    /**
     * A new worry about a child whose case is closed or kept as a maintaining contact: the coordinator
     * decides that the concern joins that case, which opens again with its previous case manager. The
     * case manager is absent when that person has left the function and a new one is still to be
     * assigned on the case.
     */
    public void joinExistingCase(UUID caseId, UUID caseManager, String reason, Acting by) {
        requireDecider(by);
        requireOpen();
        List<FieldViolation> violations = new ArrayList<>();
        if (caseId == null) {
            violations.add(FieldViolation.of("caseId", "required"));
        }
        if (blank(reason)) {
            violations.add(FieldViolation.of("reason", "concern.reason-required"));
        }
        if (personId == null) {
            violations.add(FieldViolation.of("personId", "concern.identify-first"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        status = ConcernStatus.ACTIVATED;
        caseManagerStaffId = caseManager;
        decision = decision.met(by.at());
        gathering = gathering.met(by.at());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("caseId", caseId.toString());
        if (caseManager != null) {
            details.put("caseManagerId", caseManager.toString());
        }
        record("CASE_REENGAGED", by, reason.strip(), details);
    }

    /** The coordinator leaves the matter with the line: which unit takes it, and the advice given. */
    public void leaveWithLine(String receivingUnit, String advice, String reason, Acting by) {
        requireDecider(by);
        requireOpen();
        requireTriaged();
        List<FieldViolation> violations = new ArrayList<>();
        if (blank(receivingUnit)) {
            violations.add(FieldViolation.of("receivingUnit", "concern.receiving-unit-required"));
        }
        if (blank(reason)) {
            violations.add(FieldViolation.of("reason", "concern.reason-required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        status = ConcernStatus.LINE;
        decision = decision.met(by.at());
        gathering = gathering.met(by.at());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("receivingUnit", receivingUnit.strip());
        if (!blank(advice)) {
            details.put("advice", advice.strip());
        }
        record("LEFT_WITH_LINE", by, reason.strip(), details);
    }

    /**
     * The line comes back: the matter has grown. The concern opens again on the same history, with new
     * windows, for a new assessment by the coordinator.
     */
    public void lineReturns(String whatChanged, Windows windows, Acting by) {
        if (status != ConcernStatus.LINE) {
            throw new RuleViolationException("concern.not-with-line", null, null);
        }
        if (blank(whatChanged)) {
            throw InvalidInputException.of("whatChanged", "required");
        }
        status = ConcernStatus.TRIAGED;
        gathering = Deadline.of(by.at(), windows.gathering());
        feedback = Deadline.of(by.at(), windows.gathering());
        decision = Deadline.of(by.at(), windows.decision());
        record("LINE_RETURNED", by, whatChanged.strip(), Map.of());
    }

    /** The out-of-hours service hands an acute concern over to the coordinator function. */
    public void handOver(String note, Acting by) {
        requireOpen();
        if (blank(note)) {
            throw InvalidInputException.of("note", "required");
        }
        record("HANDED_OVER", by, note.strip(), Map.of());
    }

    /**
     * A question is put to an actor during early information gathering. Only an open, triaged concern
     * is asked about; the first question starts the gathering.
     */
    public void inquire(UUID inquiryId, String organisation, PartyKind kind, LegalBasis basis, Acting by) {
        requireOpen();
        requireTriaged();
        startGathering(by);
        record("INQUIRY_SENT", by, null, inquiryDetails(inquiryId, organisation, kind, basis));
    }

    /**
     * An actor's answer came in. It is recorded whatever the concern's state: information that arrives
     * after the decision still came in, and the ledger must show it.
     */
    public void answerReceived(UUID inquiryId, String organisation, PartyKind kind, LegalBasis basis, Acting by) {
        record("ANSWER_RECEIVED", by, null, inquiryDetails(inquiryId, organisation, kind, basis));
    }

    private static Map<String, Object> inquiryDetails(
            UUID inquiryId, String organisation, PartyKind kind, LegalBasis basis) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("inquiryId", inquiryId.toString());
        if (organisation != null) {
            details.put("organisation", organisation);
        }
        if (kind != null) {
            details.put("kind", kind.name());
        }
        if (basis != null) {
            details.put("basis", basis.name());
        }
        return details;
    }

    private void requireDecider(Acting by) {
        if (!ActivationDecisionPolicy.mayDecide(by.function())) {
            throw new NotPermittedException("concern.only-ic-decides");
        }
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new RuleViolationException("concern.not-open", null, null, status.name());
        }
    }

    private void requireTriaged() {
        if (status == ConcernStatus.RECEIVED) {
            throw new RuleViolationException("concern.triage-first", null, null);
        }
    }

    private void record(String type, Acting by, String reason, Map<String, Object> details) {
        newEvents.add(new ConcernEvent(
                type,
                by.at(),
                by.staffId(),
                by.function() == null ? null : by.function().name(),
                reason,
                details));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Events recorded since the concern was loaded, for the repository to append. */
    List<ConcernEvent> newEvents() {
        return List.copyOf(newEvents);
    }

    public UUID id() {
        return id;
    }

    public UUID municipalityId() {
        return municipalityId;
    }

    public String reference() {
        return reference;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public ContactRoute route() {
        return route;
    }

    public Reporter reporter() {
        return reporter;
    }

    public Subject subject() {
        return subject;
    }

    public String worry() {
        return worry;
    }

    public Set<ProblemArea> problemAreas() {
        return Set.copyOf(problemAreas);
    }

    public boolean urgent() {
        return urgent;
    }

    public MandatoryReport mandatoryReport() {
        return mandatoryReport;
    }

    public String mandatoryReportReason() {
        return mandatoryReportReason;
    }

    public UUID personId() {
        return personId;
    }

    public ConcernStatus status() {
        return status;
    }

    public Complexity complexity() {
        return complexity;
    }

    public Deadline gathering() {
        return gathering;
    }

    public Deadline feedback() {
        return feedback;
    }

    public Deadline decision() {
        return decision;
    }

    public UUID caseManagerStaffId() {
        return caseManagerStaffId;
    }

    public long version() {
        return version;
    }
}
