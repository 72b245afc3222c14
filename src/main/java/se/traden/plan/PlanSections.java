package se.traden.plan;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.traden.casework.CaseSection;

/** The plan's page, listed on the case page. */
@Configuration(proxyBeanMethods = false)
class PlanSections {

    @Bean
    CaseSection planSection() {
        return CaseSection.of("plan", "cases.section.plan", 20);
    }
}
