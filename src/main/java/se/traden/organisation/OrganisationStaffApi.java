package se.traden.organisation;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.traden.organisation.Views.AssignmentView;
import se.traden.organisation.Views.FunctionView;
import se.traden.organisation.Views.StaffDetailView;
import se.traden.organisation.Views.StaffView;
import se.traden.shared.FunctionType;
import se.traden.shared.StaffId;
import se.traden.shared.web.Versions;

/** Functions, staff, their competence tags and who holds which function when, over JSON. */
@RestController
@RequestMapping("/api/v1/organisation")
class OrganisationStaffApi {
    private final OrganisationAdministration administration;

    OrganisationStaffApi(OrganisationAdministration administration) {
        this.administration = administration;
    }

    record Created(UUID id) {}

    // --- functions

    record Function(
            UUID id,
            FunctionType type,
            String name,
            UUID unitId,
            String unitName,
            UUID reportingOrganisationId,
            String reportingOrganisationName,
            String contactRoute,
            Long version) {

        static Function of(FunctionView f) {
            return new Function(
                    f.id().value(),
                    f.type(),
                    f.name(),
                    f.unitId() == null ? null : f.unitId().value(),
                    f.unitName(),
                    f.reportingOrganisationId() == null
                            ? null
                            : f.reportingOrganisationId().value(),
                    f.reportingOrganisationName(),
                    f.contactRoute(),
                    f.version());
        }

        FunctionDetails details() {
            return new FunctionDetails(
                    type,
                    name,
                    unitId == null ? null : new UnitId(unitId),
                    reportingOrganisationId == null ? null : new ReportingOrganisationId(reportingOrganisationId),
                    contactRoute);
        }
    }

    @GetMapping("/functions")
    List<Function> functions() {
        return administration.functions().stream().map(Function::of).toList();
    }

    @GetMapping("/functions/{id}")
    ResponseEntity<Function> function(@PathVariable UUID id) {
        FunctionView view = administration.function(new FunctionId(id));
        return ApiVersions.withETag(Function.of(view), view.version());
    }

    @PostMapping("/functions")
    ResponseEntity<Created> createFunction(@RequestBody Function body) {
        // The function is checked before the input, so that a refusal says nothing about the body.
        administration.mayAdminister();
        FunctionId id = administration.createFunction(body.details());
        return ResponseEntity.created(URI.create("/api/v1/organisation/functions/" + id))
                .body(new Created(id.value()));
    }

    @PutMapping("/functions/{id}")
    ResponseEntity<Function> changeFunction(
            @PathVariable UUID id,
            @RequestBody Function body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        // The function is checked before the input, so that a refusal says nothing about the body.
        administration.mayAdminister();
        long expected = Versions.expected(ifMatch, body.version());
        administration.changeFunction(new FunctionId(id), body.details(), expected);
        return function(id);
    }

    // --- staff

    record Staff(UUID id, String name, String email, String phone, Set<String> competenceTags, Long version) {
        static Staff of(StaffView s) {
            return new Staff(s.id().value(), s.name(), s.email(), s.phone(), s.competenceTags(), s.version());
        }

        StaffDetails details() {
            return new StaffDetails(name, email, phone, competenceTags);
        }
    }

    record Assignment(
            UUID id,
            UUID staffId,
            UUID functionId,
            String functionName,
            FunctionType functionType,
            LocalDate validFrom,
            LocalDate validTo,
            long version) {
        static Assignment of(AssignmentView a) {
            return new Assignment(
                    a.id().value(),
                    a.staffId().value(),
                    a.functionId().value(),
                    a.functionName(),
                    a.functionType(),
                    a.validFrom(),
                    a.validTo(),
                    a.version());
        }
    }

    record StaffDetail(
            UUID id,
            String name,
            String email,
            String phone,
            Set<String> competenceTags,
            long version,
            List<Assignment> assignments) {}

    @GetMapping("/staff")
    List<Staff> staff() {
        return administration.staffList().stream().map(Staff::of).toList();
    }

    @GetMapping("/staff/{id}")
    ResponseEntity<StaffDetail> staffMember(@PathVariable UUID id) {
        StaffDetailView view = administration.staffMember(new StaffId(id));
        StaffView s = view.staff();
        return ApiVersions.withETag(
                new StaffDetail(
                        id,
                        s.name(),
                        s.email(),
                        s.phone(),
                        s.competenceTags(),
                        s.version(),
                        view.assignments().stream().map(Assignment::of).toList()),
                s.version());
    }

    @PostMapping("/staff")
    ResponseEntity<Created> createStaff(@RequestBody Staff body) {
        // The function is checked before the input, so that a refusal says nothing about the body.
        administration.mayAdminister();
        StaffId id = administration.createStaff(body.details());
        return ResponseEntity.created(URI.create("/api/v1/organisation/staff/" + id))
                .body(new Created(id.value()));
    }

    @PutMapping("/staff/{id}")
    ResponseEntity<StaffDetail> changeStaff(
            @PathVariable UUID id,
            @RequestBody Staff body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        // The function is checked before the input, so that a refusal says nothing about the body.
        administration.mayAdminister();
        long expected = Versions.expected(ifMatch, body.version());
        administration.changeStaff(new StaffId(id), body.details(), expected);
        return staffMember(id);
    }

    // --- assignments

    record NewAssignment(UUID functionId, LocalDate validFrom, LocalDate validTo) {}

    record Ending(LocalDate validTo, Long version) {}

    @PostMapping("/staff/{id}/assignments")
    ResponseEntity<Created> assign(@PathVariable UUID id, @RequestBody NewAssignment body) {
        // The function is checked before the input, so that a refusal says nothing about the body.
        administration.mayAdminister();
        AssignmentId assignment = administration.assign(
                new StaffId(id),
                body.functionId() == null ? null : new FunctionId(body.functionId()),
                body.validFrom(),
                body.validTo());
        return ResponseEntity.created(URI.create("/api/v1/organisation/staff/" + id))
                .body(new Created(assignment.value()));
    }

    @PostMapping("/assignments/{id}/end")
    ResponseEntity<Void> endAssignment(
            @PathVariable UUID id,
            @RequestBody Ending body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        // The function is checked before the input, so that a refusal says nothing about the body.
        administration.mayAdminister();
        long expected = Versions.expected(ifMatch, body.version());
        administration.endAssignment(new AssignmentId(id), body.validTo(), expected);
        return ResponseEntity.noContent().build();
    }
}
