package se.traden.casework;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The parts of a case that casework keeps on pages of their own. */
@Configuration(proxyBeanMethods = false)
class CaseworkSections {

    @Bean
    CaseSection transitionsSection() {
        return CaseSection.of("transitions", "cases.section.transitions", 70);
    }
}
