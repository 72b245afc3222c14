package se.traden.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.traden.organisation.StaffDirectory;
import se.traden.people.PersonDirectory;
import se.traden.shared.FunctionType;
import se.traden.shared.MunicipalityId;
import se.traden.shared.StaffId;

/**
 * The case managers the coordinator may assign to a concern, each with the decision support beside
 * them: open cases, competence tags, an earlier or ongoing relationship to the child, the child's family
 * or school, and the date of their last assignment. Listed by name, never by any score: the coordinator
 * chooses.
 *
 * <p>Five statements whatever the number of candidates: the holders, their tags, their open cases, the
 * child's family, and one aggregate over their assignments.
 */
@Component
class CaseManagerCandidates {
    private final StaffDirectory staff;
    private final PersonDirectory people;
    private final JdbcClient jdbc;
    private final Clock clock;

    private final org.springframework.beans.factory.ObjectProvider<CaseLoad> caseLoad;

    CaseManagerCandidates(
            StaffDirectory staff,
            PersonDirectory people,
            JdbcClient jdbc,
            Clock clock,
            org.springframework.beans.factory.ObjectProvider<CaseLoad> caseLoad) {
        this.staff = staff;
        this.people = people;
        this.jdbc = jdbc;
        this.clock = clock;
        this.caseLoad = caseLoad;
    }

    /**
     * The candidates, and the members of the child's family whose concerns gave one of them a family
     * relationship: showing that relationship tells something about those persons, so the caller logs it.
     */
    record Assessed(List<CaseManagerCandidate> candidates, Set<UUID> familyShown) {}

    /** Everyone holding a case manager function in the concern's municipality today. */
    Assessed forConcern(Concern concern) {
        var municipality = new MunicipalityId(concern.municipalityId());
        var holders = staff.holdersOn(municipality, FunctionType.CASE_MANAGER, LocalDate.now(clock));
        if (holders.isEmpty()) {
            return new Assessed(List.of(), Set.of());
        }
        var ids = holders.stream().map(StaffDirectory.Member::id).toList();
        Map<StaffId, List<String>> tags = staff.competenceTags(municipality, ids);
        Map<UUID, Integer> open = openCases(concern.municipalityId(), ids);
        PersonDirectory.Family family = concern.personId() == null
                ? PersonDirectory.Family.NONE
                : people.familyOf(municipality, concern.personId());
        Map<UUID, Assignments> earlier = assignments(concern, ids, family);
        Set<UUID> familyShown = new HashSet<>();
        List<CaseManagerCandidate> candidates = holders.stream()
                .map(m -> {
                    Assignments a = earlier.getOrDefault(m.id().value(), Assignments.NONE);
                    familyShown.addAll(a.familyPersons());
                    return new CaseManagerCandidate(
                            m.id().value(),
                            m.name(),
                            open.getOrDefault(m.id().value(), 0),
                            tags.getOrDefault(m.id(), List.of()),
                            a.child(),
                            a.family(),
                            a.school(),
                            a.lastAssignedAt());
                })
                .toList();
        return new Assessed(candidates, familyShown);
    }

    /**
     * How many cases each case manager carries now: the concerns activated with them. Casework will
     * count its own open cases and phases here, in this one statement.
     */
    Map<UUID, Integer> openCases(UUID municipality, Collection<StaffId> caseManagers) {
        CaseLoad load = caseLoad.getIfAvailable();
        if (load != null) {
            return load.openCasesPerCaseManager(
                    municipality, caseManagers.stream().map(StaffId::value).toList());
        }
        Map<UUID, Integer> open = new HashMap<>();
        jdbc.sql("""
                        select case_manager_staff_id, count(*) from concern
                         where municipality_id = ? and status = 'ACTIVATED'
                           and case_manager_staff_id = any(?::uuid[])
                         group by case_manager_staff_id
                        """).params(municipality, ids(caseManagers)).query(rs -> {
            open.put(rs.getObject(1, UUID.class), rs.getInt(2));
        });
        return open;
    }

    private record Assignments(
            Relationship child,
            Relationship family,
            Relationship school,
            Set<UUID> familyPersons,
            Instant lastAssignedAt) {
        static final Assignments NONE =
                new Assignments(Relationship.NONE, Relationship.NONE, Relationship.NONE, Set.of(), null);
    }

    /**
     * Each case manager's assignments seen from this concern, in one aggregate: whether one was about
     * this child, about a sibling or guardian, or from the same school (compared without regard to
     * case), ongoing or ended, and when they were last assigned. The concern itself is no earlier
     * relationship, though its own assignment is the last one once it is activated.
     */
    private Map<UUID, Assignments> assignments(
            Concern concern, Collection<StaffId> caseManagers, PersonDirectory.Family family) {
        String school =
                concern.subject().school() == null || concern.subject().school().isBlank()
                        ? null
                        : concern.subject().school().strip();
        Map<UUID, Assignments> result = new HashMap<>();
        jdbc.sql("""
                        with asked as (
                            select cast(? as uuid) as concern, cast(? as uuid) as child,
                                   cast(? as uuid[]) as family, lower(cast(? as text)) as school)
                        select c.case_manager_staff_id as staff,
                               coalesce(bool_or(c.person_id = a.child) filter (where c.id <> a.concern), false)
                                   as child_any,
                               coalesce(bool_or(c.person_id = a.child and c.status = 'ACTIVATED')
                                   filter (where c.id <> a.concern), false) as child_ongoing,
                               coalesce(bool_or(c.person_id = any(a.family)) filter (where c.id <> a.concern), false)
                                   as family_any,
                               coalesce(bool_or(c.person_id = any(a.family) and c.status = 'ACTIVATED')
                                   filter (where c.id <> a.concern), false) as family_ongoing,
                               array_agg(distinct c.person_id)
                                   filter (where c.id <> a.concern and c.person_id = any(a.family)) as family_persons,
                               coalesce(bool_or(lower(trim(c.subject_school)) = a.school)
                                   filter (where c.id <> a.concern), false) as school_any,
                               coalesce(bool_or(lower(trim(c.subject_school)) = a.school and c.status = 'ACTIVATED')
                                   filter (where c.id <> a.concern), false) as school_ongoing,
                               max(c.decision_met_at) as last_assigned_at
                          from concern c cross join asked a
                         where c.municipality_id = ? and c.case_manager_staff_id = any(?::uuid[])
                         group by c.case_manager_staff_id
                        """)
                .params(
                        concern.id(),
                        concern.personId(),
                        family.members().stream().map(UUID::toString).toArray(String[]::new),
                        school,
                        concern.municipalityId(),
                        ids(caseManagers))
                .query(rs -> {
                    Set<UUID> persons = new HashSet<>();
                    java.sql.Array array = rs.getArray("family_persons");
                    if (array != null) {
                        for (Object o : (Object[]) array.getArray()) {
                            persons.add((UUID) o);
                        }
                    }
                    Timestamp last = rs.getTimestamp("last_assigned_at");
                    result.put(
                            rs.getObject("staff", UUID.class),
                            new Assignments(
                                    Relationship.of(rs.getBoolean("child_any"), rs.getBoolean("child_ongoing")),
                                    Relationship.of(rs.getBoolean("family_any"), rs.getBoolean("family_ongoing")),
                                    Relationship.of(rs.getBoolean("school_any"), rs.getBoolean("school_ongoing")),
                                    persons,
                                    last == null ? null : last.toInstant()));
                });
        return result;
    }

    boolean isCandidate(Concern concern, UUID staffId) {
        return staff
                .holdersOn(
                        new MunicipalityId(concern.municipalityId()), FunctionType.CASE_MANAGER, LocalDate.now(clock))
                .stream()
                .anyMatch(m -> m.id().value().equals(staffId));
    }

    private static String[] ids(Collection<StaffId> staff) {
        return staff.stream().map(StaffId::toString).distinct().toArray(String[]::new);
    }
}
