package se.traden.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The administrator links a staff member to a login: an OIDC subject, a local account, or both. */
@RestController
@Tag(name = "Organisation")
class AccountApi {
    private final AccountAdministration accounts;

    AccountApi(AccountAdministration accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/v1/organisation/staff/{staffId}/account")
    AccountAdministration.AccountView get(@PathVariable UUID staffId) {
        return accounts.view(staffId);
    }

    @PutMapping("/api/v1/organisation/staff/{staffId}/account")
    @Operation(summary = "Create or change a staff member's login (OIDC subject and/or local username)")
    AccountAdministration.AccountView put(
            @PathVariable UUID staffId, @RequestBody AccountAdministration.AccountChange change) {
        return accounts.save(staffId, change);
    }

    @PostMapping("/api/v1/organisation/staff/{staffId}/account/unlock")
    @Operation(summary = "Clear a lock-out after failed logins")
    AccountAdministration.AccountView unlock(@PathVariable UUID staffId) {
        return accounts.unlock(staffId);
    }
}
