package se.traden.identity;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page: local accounts, and the municipality's OpenID Connect login when configured. */
@Controller
class LoginController {
    private final ObjectProvider<LazyClientRegistrations> oidcClients;

    LoginController(ObjectProvider<LazyClientRegistrations> oidcClients) {
        this.oidcClients = oidcClients;
    }

    @GetMapping("/login")
    String login(Model model) {
        LazyClientRegistrations registrations = oidcClients.getIfAvailable();
        model.addAttribute("oidcProviders", registrations == null ? List.of() : registrations.logins());
        return "identity/login";
    }
}
