package se.traden.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page: local accounts, and the municipality's OpenID Connect login when configured. */
@Controller
class LoginController {
    private final ObjectProvider<ClientRegistrationRepository> oidcClients;

    LoginController(ObjectProvider<ClientRegistrationRepository> oidcClients) {
        this.oidcClients = oidcClients;
    }

    @GetMapping("/login")
    String login(Model model) {
        var providers = new java.util.ArrayList<ClientRegistration>();
        if (oidcClients.getIfAvailable() instanceof InMemoryClientRegistrationRepository registrations) {
            registrations.forEach(providers::add);
        }
        model.addAttribute("oidcProviders", providers);
        return "identity/login";
    }
}
