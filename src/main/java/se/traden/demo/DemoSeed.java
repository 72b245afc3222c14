package se.traden.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.traden.shared.FunctionType;

/**
 * Seeds the demo municipalities once (it does nothing when they exist): Sjöstad with its unit for
 * individual collaboration, a school and a police area as reporting organisations, and one demo user
 * per function; and Åby, a second municipality, to show that nothing crosses between them.
 */
@Component
@ConditionalOnBooleanProperty("traden.demo.enabled")
class DemoSeed {
    static final String PASSWORD = "demo";
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

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;

    DemoSeed(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void seed() {
        Map<String, String> municipalities = new LinkedHashMap<>();
        municipalities.put("sjostad", "Sjöstads kommun");
        municipalities.put("aby", "Åby kommun");
        if (jdbc.sql("select count(*) from municipality where code in ('sjostad', 'aby')")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        String hash = passwords.encode(PASSWORD);
        LocalDate from = LocalDate.now(clock).minusYears(1);
        municipalities.forEach((code, name) -> {
            UUID municipality = UUID.randomUUID();
            jdbc.sql("insert into municipality (id, code, name, planned_case_managers) values (?, ?, ?, 2)")
                    .params(municipality, code, name)
                    .update();
            UUID unit = insertUnit(municipality, "Enheten för individsamverkan", true);
            UUID other = insertUnit(municipality, "Barn och unga, myndighet", true);
            UUID school = insertReporter(municipality, "Sjöskolan", "SCHOOL");
            UUID police = insertReporter(municipality, "Polisen, lokalpolisområde", "POLICE");
            for (DemoUser user : USERS) {
                if (!user.municipalityCode().equals(code)) {
                    continue;
                }
                UUID reporting = user.function() == FunctionType.REPORTER
                        ? (user.username().equals("polis") ? police : school)
                        : null;
                UUID unitOfFunction = switch (user.function()) {
                    case INDIVIDUAL_COORDINATOR, CASE_MANAGER, GROUP_MANAGER -> unit;
                    case CASE_OFFICER, INTAKE_UNIT, OUT_OF_HOURS -> other;
                    default -> null;
                };
                UUID function = UUID.randomUUID();
                jdbc.sql("""
                                insert into org_function (id, municipality_id, type, name, unit_id, reporting_organisation_id)
                                values (?, ?, ?, ?, ?, ?)
                                """)
                        .params(
                                function,
                                municipality,
                                user.function().name(),
                                user.functionName(),
                                unitOfFunction,
                                reporting)
                        .update();
                UUID staff = UUID.randomUUID();
                jdbc.sql("insert into staff (id, municipality_id, name) values (?, ?, ?)")
                        .params(staff, municipality, user.name())
                        .update();
                jdbc.sql("insert into account (staff_id, municipality_id, username, password_hash) values (?, ?, ?, ?)")
                        .params(staff, municipality, user.username(), hash)
                        .update();
                jdbc.sql("""
                                insert into function_assignment (id, municipality_id, function_id, staff_id, valid_from)
                                values (?, ?, ?, ?, ?)
                                """)
                        .params(UUID.randomUUID(), municipality, function, staff, from)
                        .update();
            }
        });
        log.info("Demo municipalities seeded: {} users, password '{}'", USERS.size(), PASSWORD);
    }

    private UUID insertUnit(UUID municipality, String name, boolean withinSocialServices) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into unit (id, municipality_id, name, within_social_services) values (?, ?, ?, ?)")
                .params(id, municipality, name, withinSocialServices)
                .update();
        return id;
    }

    private UUID insertReporter(UUID municipality, String name, String kind) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into reporting_organisation (id, municipality_id, name, kind) values (?, ?, ?, ?)")
                .params(id, municipality, name, kind)
                .update();
        return id;
    }
}
