package se.traden.organisation;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.traden.organisation.Views.ReportingOrganisationView;
import se.traden.organisation.Views.SettingsView;
import se.traden.organisation.Views.UnitView;
import se.traden.shared.web.Versions;

/** The municipality's settings, the core-component check, units and reporting organisations over JSON. */
@RestController
@RequestMapping("/api/v1/organisation")
class OrganisationApi {
    private final OrganisationAdministration administration;
    private final MessageSource messages;

    OrganisationApi(OrganisationAdministration administration, MessageSource messages) {
        this.administration = administration;
        this.messages = messages;
    }

    // --- settings

    record Settings(
            String municipality,
            ContactRoute contactRoute,
            String contactRouteMotivation,
            Boolean icDecidesAssignment,
            Boolean hasSchoolLiaison,
            String assignmentCriteria,
            Integer plannedCaseManagers,
            String steeringGroupComposition,
            String followUpForm,
            Integer checkInDaysIntensive,
            Integer checkInDaysOther,
            Integer gatheringHours,
            Long version) {

        static Settings of(SettingsView view) {
            MunicipalitySettings s = view.settings();
            return new Settings(
                    view.municipalityName(),
                    s.contactRoute(),
                    s.contactRouteMotivation(),
                    s.icDecidesAssignment(),
                    s.hasSchoolLiaison(),
                    s.assignmentCriteria(),
                    s.plannedCaseManagers(),
                    s.steeringGroupComposition(),
                    s.followUpForm(),
                    s.checkInDaysIntensive(),
                    s.checkInDaysOther(),
                    s.gatheringHours(),
                    view.version());
        }

        MunicipalitySettings toSettings() {
            return MunicipalitySettings.of(
                    contactRoute,
                    contactRouteMotivation,
                    icDecidesAssignment,
                    hasSchoolLiaison,
                    assignmentCriteria,
                    plannedCaseManagers,
                    steeringGroupComposition,
                    followUpForm,
                    checkInDaysIntensive,
                    checkInDaysOther,
                    gatheringHours);
        }
    }

    @GetMapping("/settings")
    ResponseEntity<Settings> settings() {
        SettingsView view = administration.settings();
        return ApiVersions.withETag(Settings.of(view), view.version());
    }

    @PutMapping("/settings")
    ResponseEntity<Settings> changeSettings(
            @RequestBody Settings body, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        // The function is checked before the input, so that a refusal says nothing about the body.
        administration.mayAdminister();
        long expected = Versions.expected(ifMatch, body.version());
        administration.changeSettings(body.toSettings(), expected);
        return settings();
    }

    // --- the core-component check

    record Component(
            String component,
            String name,
            boolean satisfied,
            String reason,
            String reasonKey,
            List<Object> arguments) {}

    record ContactRouteAnswer(ContactRoute route, boolean preferred, String motivation) {}

    record FreeVariables(
            boolean hasSchoolLiaison,
            String assignmentCriteria,
            Integer plannedCaseManagers,
            String steeringGroupComposition,
            String followUpForm,
            int checkInDaysIntensive,
            int checkInDaysOther,
            int gatheringHours) {}

    record CoreComponents(
            String municipality,
            java.time.LocalDate day,
            boolean allSatisfied,
            List<Component> components,
            ContactRouteAnswer contactRoute,
            FreeVariables freeVariables) {}

    @GetMapping("/core-components")
    CoreComponents coreComponents(Locale locale) {
        CoreComponentReport report = administration.coreComponents();
        MunicipalitySettings s = report.settings();
        return new CoreComponents(
                report.municipalityName(),
                report.day(),
                report.allSatisfied(),
                report.components().stream()
                        .map(c -> new Component(
                                c.component().name(),
                                messages.getMessage(c.component().messageKey(), null, locale),
                                c.satisfied(),
                                messages.getMessage(c.reasonKey(), c.arguments().toArray(), locale),
                                c.reasonKey(),
                                c.arguments()))
                        .toList(),
                new ContactRouteAnswer(s.contactRoute(), s.contactRoute().isPreferred(), s.contactRouteMotivation()),
                new FreeVariables(
                        s.hasSchoolLiaison(),
                        s.assignmentCriteria(),
                        s.plannedCaseManagers(),
                        s.steeringGroupComposition(),
                        s.followUpForm(),
                        s.checkInDaysIntensive(),
                        s.checkInDaysOther(),
                        s.gatheringHours()));
    }

    // --- units

    record Unit(UUID id, String name, Boolean withinSocialServices, Long version) {
        static Unit of(UnitView view) {
            return new Unit(view.id().value(), view.name(), view.withinSocialServices(), view.version());
        }
    }

    record Created(UUID id) {}

    @GetMapping("/units")
    List<Unit> units() {
        return administration.units().stream().map(Unit::of).toList();
    }

    @GetMapping("/units/{id}")
    ResponseEntity<Unit> unit(@PathVariable UUID id) {
        UnitView view = administration.unit(new UnitId(id));
        return ApiVersions.withETag(Unit.of(view), view.version());
    }

    @PostMapping("/units")
    ResponseEntity<Created> createUnit(@RequestBody Unit body) {
        // The function is checked before the input, so that a refusal says nothing about the body.
        administration.mayAdminister();
        UnitId id = administration.createUnit(UnitDetails.of(body.name(), body.withinSocialServices()));
        return ResponseEntity.created(URI.create("/api/v1/organisation/units/" + id))
                .body(new Created(id.value()));
    }

    @PutMapping("/units/{id}")
    ResponseEntity<Unit> changeUnit(
            @PathVariable UUID id,
            @RequestBody Unit body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        // The function is checked before the input, so that a refusal says nothing about the body.
        administration.mayAdminister();
        long expected = Versions.expected(ifMatch, body.version());
        administration.changeUnit(new UnitId(id), UnitDetails.of(body.name(), body.withinSocialServices()), expected);
        return unit(id);
    }

    // --- reporting organisations

    record ReportingOrganisation(UUID id, String name, ReportingOrganisationKind kind, Long version) {
        static ReportingOrganisation of(ReportingOrganisationView view) {
            return new ReportingOrganisation(view.id().value(), view.name(), view.kind(), view.version());
        }
    }

    @GetMapping("/reporting-organisations")
    List<ReportingOrganisation> reportingOrganisations() {
        return administration.reportingOrganisations().stream()
                .map(ReportingOrganisation::of)
                .toList();
    }

    @GetMapping("/reporting-organisations/{id}")
    ResponseEntity<ReportingOrganisation> reportingOrganisation(@PathVariable UUID id) {
        ReportingOrganisationView view = administration.reportingOrganisation(new ReportingOrganisationId(id));
        return ApiVersions.withETag(ReportingOrganisation.of(view), view.version());
    }

    @PostMapping("/reporting-organisations")
    ResponseEntity<Created> createReportingOrganisation(@RequestBody ReportingOrganisation body) {
        // The function is checked before the input, so that a refusal says nothing about the body.
        administration.mayAdminister();
        ReportingOrganisationId id =
                administration.createReportingOrganisation(new ReportingOrganisationDetails(body.name(), body.kind()));
        return ResponseEntity.created(URI.create("/api/v1/organisation/reporting-organisations/" + id))
                .body(new Created(id.value()));
    }

    @PutMapping("/reporting-organisations/{id}")
    ResponseEntity<ReportingOrganisation> changeReportingOrganisation(
            @PathVariable UUID id,
            @RequestBody ReportingOrganisation body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        // The function is checked before the input, so that a refusal says nothing about the body.
        administration.mayAdminister();
        long expected = Versions.expected(ifMatch, body.version());
        administration.changeReportingOrganisation(
                new ReportingOrganisationId(id), new ReportingOrganisationDetails(body.name(), body.kind()), expected);
        return reportingOrganisation(id);
    }
}
