package se.traden.collaboration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.traden.casework.CaseSection;

/** The collaboration pages of a case, listed on the case page. */
@Configuration(proxyBeanMethods = false)
class CollaborationSections {

    @Bean
    CaseSection contactsSection() {
        return CaseSection.of("contacts", "cases.section.contacts", 30);
    }

    @Bean
    CaseSection checkInsSection() {
        return CaseSection.of("check-ins", "cases.section.check-ins", 40);
    }

    @Bean
    CaseSection groupSection() {
        return CaseSection.of("group", "cases.section.group", 50);
    }

    @Bean
    CaseSection instrumentsSection() {
        return CaseSection.of("instruments", "cases.section.instruments", 90);
    }

    @Bean
    CaseSection reviewSection() {
        return CaseSection.of("review", "cases.section.review", 100);
    }
}
