package se.traden.consent;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.traden.casework.CaseSection;

/** Consent's page, listed on the case page. */
@Configuration(proxyBeanMethods = false)
class ConsentSections {

    @Bean
    CaseSection consentsSection() {
        return CaseSection.of("consents", "cases.section.consents", 10);
    }
}
