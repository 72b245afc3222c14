package se.traden.demo;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.traden.demo.Staffer.Reporting;
import se.traden.demo.Staffer.SchoolStage;
import se.traden.organisation.FunctionId;
import se.traden.organisation.MunicipalitySettings;
import se.traden.organisation.MunicipalitySetup;
import se.traden.organisation.MunicipalitySetup.ExistingFunction;
import se.traden.organisation.OrganisationQueries;
import se.traden.organisation.ReporterFunction;
import se.traden.organisation.ReportingOrganisationId;
import se.traden.organisation.ReportingOrganisationKind;
import se.traden.organisation.ReportingOrganisationSummary;
import se.traden.organisation.StaffDirectory;
import se.traden.organisation.UnitId;
import se.traden.shared.FunctionType;
import se.traden.shared.MunicipalityId;
import se.traden.shared.StaffId;

/**
 * Builds the organisation the generated stories need, through the organisation module's setup commands:
 * the municipality itself when it does not exist, more case managers in the coordinator's unit, a second
 * coordinator, case officers and out-of-hours staff in the functions that exist, and schools, police,
 * leisure, health care, social services and civil society as reporting organisations with their contact
 * functions. The staff already there (the demo users) take part as they are.
 */
final class Staffing {
    /** The functions whose holders act in the stories; reporters are taken with their organisation. */
    private static final List<FunctionType> ACTING = List.of(
            FunctionType.INDIVIDUAL_COORDINATOR,
            FunctionType.CASE_MANAGER,
            FunctionType.GROUP_MANAGER,
            FunctionType.CASE_OFFICER,
            FunctionType.OUT_OF_HOURS);

    private static final List<String> COMPETENCE = List.of(
            "skolfrånvaro",
            "psykisk ohälsa",
            "kriminalitet",
            "missbruk",
            "normbrytande beteende",
            "NPF",
            "familjebehandling",
            "MI-samtal",
            "hedersrelaterat våld");
    private static final List<String> LANGUAGES = List.of("arabiska", "somaliska", "persiska", "engelska", "tigrinja");

    /** The reporting organisations the generator makes sure of: name, kind, school stage, contact function. */
    private record Catalogued(String name, ReportingOrganisationKind kind, SchoolStage stage, String function) {}

    private static final List<Catalogued> CATALOGUE = List.of(
            new Catalogued("Sjöskolan", ReportingOrganisationKind.SCHOOL, SchoolStage.LOWER_SECONDARY, "Elevhälsan"),
            new Catalogued("Ekbackeskolan", ReportingOrganisationKind.SCHOOL, SchoolStage.PRIMARY, "Elevhälsan"),
            new Catalogued("Hamnskolan", ReportingOrganisationKind.SCHOOL, SchoolStage.PRIMARY, "Elevhälsan"),
            new Catalogued(
                    "Norrviksskolan", ReportingOrganisationKind.SCHOOL, SchoolStage.LOWER_SECONDARY, "Elevhälsan"),
            new Catalogued(
                    "Sjöstads gymnasium", ReportingOrganisationKind.SCHOOL, SchoolStage.UPPER_SECONDARY, "Elevhälsan"),
            new Catalogued(
                    "Friskolan Kunskapsträdet",
                    ReportingOrganisationKind.INDEPENDENT_SCHOOL,
                    SchoolStage.ALL,
                    "Elevhälsan"),
            new Catalogued("Polisen, lokalpolisområde", ReportingOrganisationKind.POLICE, null, "Kontaktfunktion"),
            new Catalogued("Fritidsgården Hamnen", ReportingOrganisationKind.LEISURE, null, "Fritidsledarna"),
            new Catalogued("Fältgruppen", ReportingOrganisationKind.LEISURE, null, "Fältassistenterna"),
            new Catalogued("Barn- och ungdomspsykiatrin", ReportingOrganisationKind.HEALTH_CARE, null, "Mottagningen"),
            new Catalogued("Ungdomsmottagningen", ReportingOrganisationKind.HEALTH_CARE, null, "Kuratorerna"),
            new Catalogued("Öppenvården barn och unga", ReportingOrganisationKind.SOCIAL_SERVICES, null, "Behandlarna"),
            new Catalogued("Föreningen Nattvandrarna", ReportingOrganisationKind.CIVIL_SOCIETY, null, "Samordnaren"));

    private final MunicipalitySetup setup;
    private final OrganisationQueries organisation;
    private final StaffDirectory directory;

    Staffing(MunicipalitySetup setup, OrganisationQueries organisation, StaffDirectory directory) {
        this.setup = setup;
        this.organisation = organisation;
        this.directory = directory;
    }

    Roster build(String code, int children, int years, LocalDate from, LocalDate today, Dice dice) {
        MunicipalityId municipality =
                setup.municipality(code).orElseGet(() -> createMunicipality(code, children, years));
        List<Staffer> staff = new ArrayList<>(existingStaff(municipality, today));
        Set<String> taken = staff.stream().map(Staffer::name).collect(Collectors.toCollection(HashSet::new));
        Names names = new Names();
        List<ExistingFunction> functions = setup.functions(municipality);
        FunctionId coordinator = function(
                municipality, code, functions, FunctionType.INDIVIDUAL_COORDINATOR, "Individkoordinator", null);
        UnitId unit = functions.stream()
                .filter(f -> f.id().equals(coordinator))
                .map(ExistingFunction::unit)
                .findFirst()
                .orElse(null);
        Hiring hiring = new Hiring(municipality, code, from, today, dice, names, taken, staff);
        hiring.hire(FunctionType.INDIVIDUAL_COORDINATOR, coordinator, 1, Set.of());
        if (staff.stream().noneMatch(s -> s.role() == FunctionType.GROUP_MANAGER)) {
            hiring.hire(
                    FunctionType.GROUP_MANAGER,
                    function(
                            municipality,
                            code,
                            functions,
                            FunctionType.GROUP_MANAGER,
                            "Gruppchef individsamverkan",
                            unit),
                    1,
                    Set.of());
        }
        long existingManagers = functions.stream()
                .filter(f -> f.type() == FunctionType.CASE_MANAGER)
                .count();
        int managers = Math.max(2, (int) Math.ceil(children / (45.0 * years)));
        for (int i = 1; i <= managers; i++) {
            FunctionId own = setup.createFunction(
                    municipality,
                    FunctionType.CASE_MANAGER,
                    "Case manager " + (existingManagers + i),
                    unit,
                    null,
                    "casemanager.individsamverkan@" + code + ".example");
            Set<String> competence = new HashSet<>();
            competence.add(dice.pick(COMPETENCE));
            competence.add(dice.pick(COMPETENCE));
            if (dice.chance(0.4)) {
                competence.add(dice.pick(LANGUAGES));
            }
            hiring.hire(FunctionType.CASE_MANAGER, own, 1, competence);
        }
        UnitId authority = functions.stream()
                .filter(f -> f.type() == FunctionType.CASE_OFFICER)
                .map(ExistingFunction::unit)
                .findFirst()
                .orElse(null);
        hiring.hire(
                FunctionType.CASE_OFFICER,
                function(
                        municipality,
                        code,
                        functions,
                        FunctionType.CASE_OFFICER,
                        "Handläggare barn och unga",
                        authority),
                2 + children / 400,
                Set.of());
        hiring.hire(
                FunctionType.OUT_OF_HOURS,
                function(municipality, code, functions, FunctionType.OUT_OF_HOURS, "Socialjouren", authority),
                1,
                Set.of());
        reporters(municipality, code, hiring, children);
        return new Roster(municipality, municipalityName(code), staff, directory);
    }

    private String municipalityName(String code) {
        return DemoSeed.MUNICIPALITIES.stream()
                .filter(m -> m.code().equals(code))
                .map(DemoSeed.DemoMunicipality::name)
                .findFirst()
                .orElse("Exempelkommun " + code);
    }

    private MunicipalityId createMunicipality(String code, int children, int years) {
        int managers = Math.max(2, (int) Math.ceil(children / (45.0 * years)));
        MunicipalityId municipality = setup.createMunicipality(
                code, municipalityName(code), MunicipalitySettings.defaults().withPlannedCaseManagers(managers));
        UnitId unit = setup.createUnit(municipality, "Enheten för individsamverkan", true);
        UnitId authority = setup.createUnit(municipality, "Barn och unga, myndighet", true);
        setup.createFunction(
                municipality,
                FunctionType.INDIVIDUAL_COORDINATOR,
                "Individkoordinator",
                unit,
                null,
                "individkoordinator@" + code + ".example");
        setup.createFunction(
                municipality,
                FunctionType.GROUP_MANAGER,
                "Gruppchef individsamverkan",
                unit,
                null,
                "gruppchef.individsamverkan@" + code + ".example");
        setup.createFunction(
                municipality,
                FunctionType.CASE_OFFICER,
                "Handläggare barn och unga",
                authority,
                null,
                "barnochunga.myndighet@" + code + ".example");
        setup.createFunction(
                municipality,
                FunctionType.OUT_OF_HOURS,
                "Socialjouren",
                authority,
                null,
                "socialjouren@" + code + ".example");
        return municipality;
    }

    /** The first function of the type, created (in the unit given) when the municipality has none. */
    private FunctionId function(
            MunicipalityId municipality,
            String code,
            List<ExistingFunction> functions,
            FunctionType type,
            String name,
            UnitId unit) {
        return functions.stream()
                .filter(f -> f.type() == type)
                .map(ExistingFunction::id)
                .findFirst()
                .orElseGet(() -> setup.createFunction(
                        municipality, type, name, unit, null, mailbox(name) + "@" + code + ".example"));
    }

    private void reporters(MunicipalityId municipality, String code, Hiring hiring, int children) {
        List<ReportingOrganisationSummary> known = organisation.reportingOrganisations(municipality);
        for (Catalogued entry : CATALOGUE) {
            Optional<ReportingOrganisationSummary> existing = known.stream()
                    .filter(o -> o.name().equalsIgnoreCase(entry.name()))
                    .findFirst();
            ReportingOrganisationId id = existing.map(ReportingOrganisationSummary::id)
                    .orElseGet(() -> setup.createReportingOrganisation(municipality, entry.name(), entry.kind()));
            Optional<ReporterFunction> contact =
                    existing.flatMap(o -> o.contactFunctions().stream().findFirst());
            String functionName = contact.map(ReporterFunction::name).orElse(entry.function() + " " + entry.name());
            String route = contact.map(ReporterFunction::contactRoute)
                    .orElse(mailbox(entry.function() + "." + entry.name()) + "@" + code + ".example");
            FunctionId function = contact.map(ReporterFunction::function)
                    .orElseGet(() ->
                            setup.createFunction(municipality, FunctionType.REPORTER, functionName, null, id, route));
            Reporting reporting = new Reporting(entry.name(), entry.kind(), functionName, route, entry.stage());
            hiring.existingReporters(function, reporting);
            hiring.hireReporters(function, reporting, 1 + children / 600);
        }
    }

    /** A mailbox name from words: lower case, without diacritics, words joined by dots. */
    static String mailbox(String words) {
        String folded = Normalizer.normalize(words.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", ".")
                .replaceAll("^\\.|\\.$", "");
        return folded;
    }

    /** The staff already there: the demo users (by their names) and any others who hold an acting function. */
    private List<Staffer> existingStaff(MunicipalityId municipality, LocalDate today) {
        Map<String, String> usernames =
                DemoSeed.USERS.stream().collect(Collectors.toMap(DemoUser::name, DemoUser::username, (a, b) -> a));
        List<Staffer> found = new ArrayList<>();
        for (FunctionType role : ACTING) {
            var members = directory.holdersOn(municipality, role, today);
            var tags = directory.competenceTags(
                    municipality,
                    members.stream().map(StaffDirectory.Member::id).toList());
            for (var member : members) {
                String username = usernames.get(member.name());
                found.add(new Staffer(
                        member.id(),
                        member.name(),
                        username != null ? username : mailbox(member.name()),
                        role,
                        null,
                        Set.copyOf(tags.getOrDefault(member.id(), List.of())),
                        username != null));
            }
        }
        return found;
    }

    /** Hires generated staff into functions from the first day of the stories, each under a new name. */
    private final class Hiring {
        private final MunicipalityId municipality;
        private final String code;
        private final LocalDate from;
        private final LocalDate today;
        private final Dice dice;
        private final Names names;
        private final Set<String> taken;
        private final List<Staffer> staff;

        Hiring(
                MunicipalityId municipality,
                String code,
                LocalDate from,
                LocalDate today,
                Dice dice,
                Names names,
                Set<String> taken,
                List<Staffer> staff) {
            this.municipality = municipality;
            this.code = code;
            this.from = from;
            this.today = today;
            this.dice = dice;
            this.names = names;
            this.taken = taken;
            this.staff = staff;
        }

        void hire(FunctionType role, FunctionId function, int count, Set<String> competence) {
            for (int i = 0; i < count; i++) {
                hireOne(role, function, null, competence);
            }
        }

        void hireReporters(FunctionId function, Reporting reporting, int count) {
            for (int i = 0; i < count; i++) {
                hireOne(FunctionType.REPORTER, function, reporting, Set.of());
            }
        }

        /** The demo users who already hold the reporter function join with their organisation. */
        void existingReporters(FunctionId function, Reporting reporting) {
            Map<String, String> usernames =
                    DemoSeed.USERS.stream().collect(Collectors.toMap(DemoUser::name, DemoUser::username, (a, b) -> a));
            for (var member : directory.holdersOn(municipality, FunctionType.REPORTER, today)) {
                boolean holdsThis = organisation.reporterFunctionsHeldBy(municipality, member.id(), today).stream()
                        .anyMatch(r -> r.function().equals(function));
                if (holdsThis && staff.stream().noneMatch(s -> s.id().equals(member.id()))) {
                    String username = usernames.get(member.name());
                    staff.add(new Staffer(
                            member.id(),
                            member.name(),
                            username != null ? username : mailbox(member.name()),
                            FunctionType.REPORTER,
                            reporting,
                            Set.of(),
                            username != null));
                    taken.add(member.name());
                }
            }
        }

        private void hireOne(FunctionType role, FunctionId function, Reporting reporting, Set<String> competence) {
            String name = names.uniqueStaffName(dice, taken);
            taken.add(name);
            String username = mailbox(name);
            StaffId id = setup.createStaff(municipality, name, username + "@" + code + ".example", null, competence);
            setup.assign(municipality, id, function, from, null);
            staff.add(new Staffer(id, name, username, role, reporting, competence, false));
        }
    }
}
