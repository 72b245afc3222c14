package se.traden.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.traden.organisation.FunctionId;
import se.traden.organisation.MunicipalitySettings;
import se.traden.organisation.MunicipalitySetup;
import se.traden.organisation.ReportingOrganisationId;
import se.traden.organisation.ReportingOrganisationKind;
import se.traden.organisation.UnitId;
import se.traden.shared.FunctionType;
import se.traden.shared.MunicipalityId;
import se.traden.shared.MunicipalityScope;
import se.traden.shared.StaffId;

/**
 * Seeds the demo municipalities once (it does nothing when they exist): Sjöstad with its unit for
 * individual collaboration, a school and a police area as reporting organisations, and one demo user
 * per function; and Åby, a second municipality, to show that nothing crosses between them. The
 * organisation is built through the organisation module's setup commands, under the same rules as an
 * administrator's; only the login accounts are written directly.
 */
@Component
@ConditionalOnBooleanProperty("traden.demo.enabled")
class DemoSeed {
    static final String PASSWORD = "demo";
    /** Seeding runs first among the start-up listeners of demo mode; the generator runs after it. */
    static final int ORDER = 0;

    private static final Logger log = LoggerFactory.getLogger(DemoSeed.class);

    static final List<DemoUser> USERS = List.of(
            new DemoUser(
                    "sjostad", "ic", "Ida Karlsson", FunctionType.INDIVIDUAL_COORDINATOR, "Individkoordinator Sjöstad"),
            new DemoUser("sjostad", "cm1", "Cem Demir", FunctionType.CASE_MANAGER, "Case manager 1"),
            new DemoUser("sjostad", "cm2", "Maria Lind", FunctionType.CASE_MANAGER, "Case manager 2"),
            new DemoUser(
                    "sjostad", "gruppchef", "Göran Berg", FunctionType.GROUP_MANAGER, "Gruppchef individsamverkan"),
            new DemoUser("sjostad", "handlaggare", "Hanna Ek", FunctionType.CASE_OFFICER, "Handläggare barn och unga"),
            new DemoUser("sjostad", "mottagning", "Mats Olsson", FunctionType.INTAKE_UNIT, "Mottagningsenheten"),
            new DemoUser("sjostad", "socialjour", "Sara Nyberg", FunctionType.OUT_OF_HOURS, "Socialjouren"),
            new DemoUser("sjostad", "skola", "Sofia Kurator", FunctionType.REPORTER, "Elevhälsan Sjöskolan"),
            new DemoUser("sjostad", "polis", "Per Polis", FunctionType.REPORTER, "Lokalpolisområde Sjöstad"),
            new DemoUser(
                    "sjostad", "styrgrupp", "Stina Styr", FunctionType.STEERING_GROUP, "Styrgrupp individsamverkan"),
            new DemoUser("sjostad", "loggranskare", "Lars Logg", FunctionType.LOG_AUDITOR, "Loggranskning"),
            new DemoUser("sjostad", "admin", "Anna Admin", FunctionType.ADMINISTRATOR, "Systemförvaltning"),
            new DemoUser("aby", "aby-admin", "Åsa Åbysson", FunctionType.ADMINISTRATOR, "Systemförvaltning Åby"),
            new DemoUser(
                    "aby", "aby-ic", "Ali Åkesson", FunctionType.INDIVIDUAL_COORDINATOR, "Individkoordinator Åby"));

    /** A demo municipality: its code and its name. */
    record DemoMunicipality(String code, String name) {}

    /** The demo municipalities, in the order they are seeded. */
    static final List<DemoMunicipality> MUNICIPALITIES =
            List.of(new DemoMunicipality("sjostad", "Sjöstads kommun"), new DemoMunicipality("aby", "Åby kommun"));

    /** Competence tags of the demo case managers, so that assignment support has something to weigh. */
    static final Map<String, Set<String>> COMPETENCE = Map.of(
            "cm1", Set.of("kriminalitet", "missbruk", "turkiska"),
            "cm2", Set.of("skolfrånvaro", "psykisk ohälsa", "arabiska"));

    private final MunicipalitySetup setup;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;

    DemoSeed(MunicipalitySetup setup, JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
        this.setup = setup;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(ORDER)
    @Transactional
    public void seed() {
        MunicipalityScope.asSystem(this::seedEveryMunicipality);
    }

    private void seedEveryMunicipality() {
        Map<String, String> municipalities = new LinkedHashMap<>();
        MUNICIPALITIES.forEach(m -> municipalities.put(m.code(), m.name()));
        if (municipalities.keySet().stream()
                .anyMatch(code -> setup.municipality(code).isPresent())) {
            return;
        }
        String hash = passwords.encode(PASSWORD);
        LocalDate from = LocalDate.now(clock).minusYears(1);
        municipalities.forEach((code, name) -> {
            MunicipalityId municipality = setup.createMunicipality(
                    code, name, MunicipalitySettings.defaults().withPlannedCaseManagers(2));
            UnitId unit = setup.createUnit(municipality, "Enheten för individsamverkan", true);
            UnitId other = setup.createUnit(municipality, "Barn och unga, myndighet", true);
            ReportingOrganisationId school =
                    setup.createReportingOrganisation(municipality, "Sjöskolan", ReportingOrganisationKind.SCHOOL);
            ReportingOrganisationId police = setup.createReportingOrganisation(
                    municipality, "Polisen, lokalpolisområde", ReportingOrganisationKind.POLICE);
            for (DemoUser user : USERS) {
                if (!user.municipalityCode().equals(code)) {
                    continue;
                }
                ReportingOrganisationId reporting = user.function() == FunctionType.REPORTER
                        ? (user.username().equals("polis") ? police : school)
                        : null;
                UnitId unitOfFunction = switch (user.function()) {
                    case INDIVIDUAL_COORDINATOR, CASE_MANAGER, GROUP_MANAGER -> unit;
                    case CASE_OFFICER, INTAKE_UNIT, OUT_OF_HOURS -> other;
                    default -> null;
                };
                FunctionId function = setup.createFunction(
                        municipality,
                        user.function(),
                        user.functionName(),
                        unitOfFunction,
                        reporting,
                        contactRoute(code, user));
                StaffId staff = setup.createStaff(
                        municipality,
                        user.name(),
                        user.username() + "@" + code + ".example",
                        null,
                        COMPETENCE.getOrDefault(user.username(), Set.of()));
                setup.assign(municipality, staff, function, from, null);
                // The account table is the identity module's; it has no public command yet, and organisation
                // may not depend on identity (identity already depends on organisation).
                jdbc.sql("insert into account (staff_id, municipality_id, username, password_hash) values (?, ?, ?, ?)")
                        .params(staff.value(), municipality.value(), user.username(), hash)
                        .update();
            }
        });
        log.info("Demo municipalities seeded: {} users, password '{}'", USERS.size(), PASSWORD);
    }

    /** A function's own route (a functional mailbox), never the person's. */
    private static String contactRoute(String code, DemoUser user) {
        String mailbox = switch (user.function()) {
            case INDIVIDUAL_COORDINATOR -> "individkoordinator";
            case GROUP_MANAGER -> "gruppchef.individsamverkan";
            case INTAKE_UNIT -> "mottagningen";
            case OUT_OF_HOURS -> "socialjouren";
            case CASE_OFFICER -> "barnochunga.myndighet";
            case STEERING_GROUP -> "styrgrupp.individsamverkan";
            case LOG_AUDITOR -> "loggranskning";
            case ADMINISTRATOR -> "systemforvaltning";
            case CASE_MANAGER -> "casemanager.individsamverkan";
            case REPORTER -> user.username().equals("polis") ? "polisen.lpo" : "elevhalsan.sjoskolan";
            case SCHOOL_LIAISON -> "skolsamordnare";
        };
        return mailbox + "@" + code + ".example";
    }
}
