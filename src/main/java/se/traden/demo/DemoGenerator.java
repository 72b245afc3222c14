package se.traden.demo;

import static se.traden.demo.Dice.Weighted.of;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.traden.authority.AuthorityCommands;
import se.traden.casework.CaseService;
import se.traden.casework.CaseworkCommands;
import se.traden.collaboration.CollaborationCommands;
import se.traden.consent.ConsentCommands;
import se.traden.disclosure.DisclosureLedger;
import se.traden.intake.ConcernInflow;
import se.traden.intake.ConcernService;
import se.traden.intake.InquiryService;
import se.traden.organisation.MunicipalitySetup;
import se.traden.organisation.OrganisationQueries;
import se.traden.organisation.StaffDirectory;
import se.traden.people.PeopleRegistration;
import se.traden.plan.PlanCommands;

/**
 * Builds a living municipality through the domain's own commands: the organisation and its staff, then
 * children with valid fictitious personal identity numbers and their guardians, and each child's story —
 * worries raised by schools, police and others over the chosen years, the coordinator's triage, gathering
 * and decisions both ways, and for activated cases consent, plan and revisions, contacts, check-ins,
 * the parallel investigation, transitions, closure, re-engagement and the after action review. Every
 * command runs as the staff member who would make it, on the day it is dated, so that the access log
 * reads as real use does. One seed drives every choice: the same parameters give the same content.
 */
@Component
@ConditionalOnBooleanProperty("traden.demo.enabled")
class DemoGenerator {
    private static final Logger log = LoggerFactory.getLogger(DemoGenerator.class);

    /** What a run made: where, how many children, how many steps, and how long it took. */
    record Report(String municipality, int children, long steps, Duration took) {}

    private final MunicipalitySetup setup;
    private final OrganisationQueries organisation;
    private final StaffDirectory directory;
    private final ConcernInflow inflow;
    private final Services services;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoGenerator(
            MunicipalitySetup setup,
            OrganisationQueries organisation,
            StaffDirectory directory,
            ConcernInflow inflow,
            PeopleRegistration people,
            ConcernService concerns,
            InquiryService inquiries,
            CaseService cases,
            CaseworkCommands casework,
            ConsentCommands consents,
            PlanCommands plans,
            CollaborationCommands collaboration,
            AuthorityCommands authority,
            DisclosureLedger ledger,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.setup = setup;
        this.organisation = organisation;
        this.directory = directory;
        this.inflow = inflow;
        this.services = new Services(
                people, concerns, inquiries, cases, casework, consents, plans, collaboration, authority, ledger);
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Generates unless the municipality already has concerns (a restart leaves the data as it is). */
    Optional<Report> generateIfEmpty(GeneratorProperties properties) {
        if (properties.children() == 0) {
            return Optional.empty();
        }
        var existing = setup.municipality(properties.municipality());
        if (existing.isPresent() && inflow.anyIn(existing.get())) {
            log.info("Demo data not generated: {} already has concerns", properties.municipality());
            return Optional.empty();
        }
        return Optional.of(generate(properties));
    }

    Report generate(GeneratorProperties properties) {
        if (!(clock instanceof TimeTravelClock travel)) {
            throw new IllegalStateException("the demo generator needs the time-travel clock of demo mode");
        }
        long started = System.nanoTime();
        ZoneId zone = travel.getZone();
        LocalDate until = properties.until() != null ? properties.until() : LocalDate.now(travel);
        LocalDate from = until.minusYears(properties.years());
        Dice dice = new Dice(properties.seed());
        Roster roster = new Staffing(setup, organisation, directory)
                .build(
                        properties.municipality(),
                        properties.children(),
                        properties.years(),
                        from.minusMonths(1),
                        until,
                        dice.split());
        Moments moments = new Moments(zone);
        Simulation sim = new Simulation(travel, directory, roster, moments.startOf(from), moments.startOf(until), zone);
        Stories stories =
                new Stories(services, sim, roster, moments, organisation.checkInCadence(roster.municipality()));
        List<Child> children = children(properties.children(), from, until, dice, roster);
        for (Child child : children) {
            stories.intake.firstConcern(child, child.firstDay);
        }
        log.info(
                "Generating demo data in {}: {} children from {} to {} (seed {})",
                roster.municipalityName(),
                children.size(),
                from,
                until,
                properties.seed());
        sim.run(transactions, () -> log.info("Demo data: {} steps, now at {}", sim.stepsRun(), sim.today()));
        Report report = new Report(
                properties.municipality(),
                children.size(),
                sim.stepsRun(),
                Duration.ofNanos(System.nanoTime() - started));
        log.info(
                "Demo data generated in {}: {} children, {} steps in {} s",
                roster.municipalityName(),
                report.children(),
                report.steps(),
                report.took().toMillis() / 1000.0);
        return report;
    }

    private static List<Child> children(int count, LocalDate from, LocalDate until, Dice dice, Roster roster) {
        PersonalNumbers numbers = new PersonalNumbers();
        long days = ChronoUnit.DAYS.between(from, until);
        List<Child> children = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Dice own = dice.split();
            boolean girl = own.chance(0.47);
            String given = girl ? own.pick(Names.GIRLS) : own.pick(Names.BOYS);
            String family = own.pick(Names.FAMILY);
            // The inflow grows as professionals learn that the function exists: half of the first worries
            // fall evenly over the span, half more and more often towards its end.
            double share = own.chance(0.5) ? own.unit() : Math.sqrt(own.unit());
            LocalDate first = from.plusDays(Math.min(days - 2, (long) (share * days)));
            if (i % FRESH_EVERY == FRESH_EVERY - 1) {
                // Some worries have only just come in, so that the coordinator's inbox has work in it.
                first = until.minusDays(own.between(1, 6));
            }
            int age = own.weighted(AGES);
            LocalDate born = first.minusYears(age).minusDays(own.between(1, 364));
            String number = numbers.next(born, girl, own);
            List<Child.Guardian> guardians = new ArrayList<>();
            int parents = own.chance(0.25) ? 1 : 2;
            for (int p = 0; p < parents; p++) {
                boolean woman = p == 0 ? own.chance(0.7) : !guardians.isEmpty() && own.chance(0.1);
                LocalDate adultBorn = born.minusYears(own.between(22, 42)).minusDays(own.between(0, 364));
                String adultFamily = own.chance(0.75) ? family : own.pick(Names.FAMILY);
                boolean byNumber = own.chance(0.85);
                guardians.add(new Child.Guardian(
                        woman ? own.pick(Names.WOMEN) : own.pick(Names.MEN),
                        adultFamily,
                        adultBorn,
                        byNumber ? numbers.next(adultBorn, woman, own) : null,
                        "070-174 06 " + own.between(10, 99),
                        own.pick(STREETS) + " " + own.between(1, 60) + ", 123 " + own.between(40, 79) + " "
                                + roster.town()));
            }
            List<Staffer.Reporting> schools = roster.schoolsFor(age);
            Child child = new Child(i, own, girl, given, family, born, number, guardians, own.pick(schools));
            child.firstDay = first;
            children.add(child);
        }
        return children;
    }

    /** Every so many children, one whose first worry came in during the last week. */
    static final int FRESH_EVERY = 15;

    private static final List<Dice.Weighted<Integer>> AGES = List.of(
            of(6, 2),
            of(7, 3),
            of(8, 3),
            of(9, 4),
            of(10, 5),
            of(11, 6),
            of(12, 8),
            of(13, 11),
            of(14, 13),
            of(15, 14),
            of(16, 12),
            of(17, 9));

    private static final List<String> STREETS = List.of(
            "Storgatan",
            "Skolvägen",
            "Björkvägen",
            "Hamngatan",
            "Sjövägen",
            "Ekbacken",
            "Tallstigen",
            "Norrviksvägen",
            "Kvarngatan",
            "Lärkvägen");
}
