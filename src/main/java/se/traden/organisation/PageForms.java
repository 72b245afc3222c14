package se.traden.organisation;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import se.traden.organisation.Views.FunctionView;
import se.traden.organisation.Views.ReportingOrganisationView;
import se.traden.organisation.Views.SettingsView;
import se.traden.organisation.Views.StaffView;
import se.traden.organisation.Views.UnitView;
import se.traden.shared.FunctionType;

/**
 * What the administrator's forms hold while a person fills them in. Each turns itself into the
 * domain's value, which does the validating; the forms only carry text and a version.
 */
final class PageForms {
    private PageForms() {}

    static class SettingsForm {
        private ContactRoute contactRoute = ContactRoute.INDIVIDUAL_COORDINATOR;
        private String contactRouteMotivation;
        private boolean icDecidesAssignment = true;
        private boolean hasSchoolLiaison;
        private String assignmentCriteria;
        private Integer plannedCaseManagers;
        private String steeringGroupComposition;
        private String followUpForm;
        private Integer checkInDaysIntensive;
        private Integer checkInDaysOther;
        private Integer gatheringHours;
        private long version;

        static SettingsForm of(SettingsView view) {
            var form = new SettingsForm();
            MunicipalitySettings s = view.settings();
            form.contactRoute = s.contactRoute();
            form.contactRouteMotivation = s.contactRouteMotivation();
            form.icDecidesAssignment = s.icDecidesAssignment();
            form.hasSchoolLiaison = s.hasSchoolLiaison();
            form.assignmentCriteria = s.assignmentCriteria();
            form.plannedCaseManagers = s.plannedCaseManagers();
            form.steeringGroupComposition = s.steeringGroupComposition();
            form.followUpForm = s.followUpForm();
            form.checkInDaysIntensive = s.checkInDaysIntensive();
            form.checkInDaysOther = s.checkInDaysOther();
            form.gatheringHours = s.gatheringHours();
            form.version = view.version();
            return form;
        }

        MunicipalitySettings settings() {
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

        public ContactRoute getContactRoute() {
            return contactRoute;
        }

        public void setContactRoute(ContactRoute contactRoute) {
            this.contactRoute = contactRoute;
        }

        public String getContactRouteMotivation() {
            return contactRouteMotivation;
        }

        public void setContactRouteMotivation(String contactRouteMotivation) {
            this.contactRouteMotivation = contactRouteMotivation;
        }

        public boolean isIcDecidesAssignment() {
            return icDecidesAssignment;
        }

        public void setIcDecidesAssignment(boolean icDecidesAssignment) {
            this.icDecidesAssignment = icDecidesAssignment;
        }

        public boolean isHasSchoolLiaison() {
            return hasSchoolLiaison;
        }

        public void setHasSchoolLiaison(boolean hasSchoolLiaison) {
            this.hasSchoolLiaison = hasSchoolLiaison;
        }

        public String getAssignmentCriteria() {
            return assignmentCriteria;
        }

        public void setAssignmentCriteria(String assignmentCriteria) {
            this.assignmentCriteria = assignmentCriteria;
        }

        public Integer getPlannedCaseManagers() {
            return plannedCaseManagers;
        }

        public void setPlannedCaseManagers(Integer plannedCaseManagers) {
            this.plannedCaseManagers = plannedCaseManagers;
        }

        public String getSteeringGroupComposition() {
            return steeringGroupComposition;
        }

        public void setSteeringGroupComposition(String steeringGroupComposition) {
            this.steeringGroupComposition = steeringGroupComposition;
        }

        public String getFollowUpForm() {
            return followUpForm;
        }

        public void setFollowUpForm(String followUpForm) {
            this.followUpForm = followUpForm;
        }

        public Integer getCheckInDaysIntensive() {
            return checkInDaysIntensive;
        }

        public void setCheckInDaysIntensive(Integer checkInDaysIntensive) {
            this.checkInDaysIntensive = checkInDaysIntensive;
        }

        public Integer getCheckInDaysOther() {
            return checkInDaysOther;
        }

        public void setCheckInDaysOther(Integer checkInDaysOther) {
            this.checkInDaysOther = checkInDaysOther;
        }

        public Integer getGatheringHours() {
            return gatheringHours;
        }

        public void setGatheringHours(Integer gatheringHours) {
            this.gatheringHours = gatheringHours;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    /** A unit or a reporting organisation: a name, and a yes/no or a kind. */
    static class UnitForm {
        private String name;
        private boolean withinSocialServices = true;
        private ReportingOrganisationKind kind;
        private long version;

        static UnitForm of(UnitView view) {
            var form = new UnitForm();
            form.name = view.name();
            form.withinSocialServices = view.withinSocialServices();
            form.version = view.version();
            return form;
        }

        static UnitForm of(ReportingOrganisationView view) {
            var form = new UnitForm();
            form.name = view.name();
            form.kind = view.kind();
            form.version = view.version();
            return form;
        }

        UnitDetails unit() {
            return UnitDetails.of(name, withinSocialServices);
        }

        ReportingOrganisationDetails reportingOrganisation() {
            return new ReportingOrganisationDetails(name, kind);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public boolean isWithinSocialServices() {
            return withinSocialServices;
        }

        public void setWithinSocialServices(boolean withinSocialServices) {
            this.withinSocialServices = withinSocialServices;
        }

        public ReportingOrganisationKind getKind() {
            return kind;
        }

        public void setKind(ReportingOrganisationKind kind) {
            this.kind = kind;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    static class FunctionForm {
        private FunctionType type;
        private String name;
        private UUID unit;
        private UUID reportingOrganisation;
        private String contactRoute;
        private long version;

        static FunctionForm of(FunctionView view) {
            var form = new FunctionForm();
            form.type = view.type();
            form.name = view.name();
            form.unit = view.unitId() == null ? null : view.unitId().value();
            form.reportingOrganisation = view.reportingOrganisationId() == null
                    ? null
                    : view.reportingOrganisationId().value();
            form.contactRoute = view.contactRoute();
            form.version = view.version();
            return form;
        }

        FunctionDetails details() {
            return new FunctionDetails(
                    type,
                    name,
                    unit == null ? null : new UnitId(unit),
                    reportingOrganisation == null ? null : new ReportingOrganisationId(reportingOrganisation),
                    contactRoute);
        }

        public FunctionType getType() {
            return type;
        }

        public void setType(FunctionType type) {
            this.type = type;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public UUID getUnit() {
            return unit;
        }

        public void setUnit(UUID unit) {
            this.unit = unit;
        }

        public UUID getReportingOrganisation() {
            return reportingOrganisation;
        }

        public void setReportingOrganisation(UUID reportingOrganisation) {
            this.reportingOrganisation = reportingOrganisation;
        }

        public String getContactRoute() {
            return contactRoute;
        }

        public void setContactRoute(String contactRoute) {
            this.contactRoute = contactRoute;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    static class StaffForm {
        private String name;
        private String email;
        private String phone;
        private String competenceTags;
        private long version;

        static StaffForm of(StaffView view) {
            var form = new StaffForm();
            form.name = view.name();
            form.email = view.email();
            form.phone = view.phone();
            form.competenceTags = String.join(", ", view.competenceTags());
            form.version = view.version();
            return form;
        }

        StaffDetails details() {
            Set<String> tags = StaffDetails.fromText(competenceTags);
            return new StaffDetails(name, email, phone, tags);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public String getCompetenceTags() {
            return competenceTags;
        }

        public void setCompetenceTags(String competenceTags) {
            this.competenceTags = competenceTags;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    static class AssignmentForm {
        private UUID function;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate validFrom;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate validTo;

        public UUID getFunction() {
            return function;
        }

        public void setFunction(UUID function) {
            this.function = function;
        }

        public LocalDate getValidFrom() {
            return validFrom;
        }

        public void setValidFrom(LocalDate validFrom) {
            this.validFrom = validFrom;
        }

        public LocalDate getValidTo() {
            return validTo;
        }

        public void setValidTo(LocalDate validTo) {
            this.validTo = validTo;
        }
    }
}
