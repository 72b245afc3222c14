package se.traden.authority;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.traden.casework.CaseSection;

/** The parallel authority process and the escalations of a case, listed on the case page. */
@Configuration(proxyBeanMethods = false)
class AuthoritySections {

    @Bean
    CaseSection investigationsSection() {
        return CaseSection.of("investigations", "cases.section.investigations", 60);
    }

    @Bean
    CaseSection escalationsSection() {
        return CaseSection.of("escalations", "cases.section.escalations", 80);
    }
}
