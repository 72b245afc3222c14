package se.traden.shared.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Swedish first: the UI speaks Swedish unless the person chooses English ({@code ?lang=en}); the API
 * answers in English when asked with {@code Accept-Language: en}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {
    static final Locale SWEDISH = Locale.of("sv", "SE");

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("traden-lang");
        resolver.setDefaultLocale(SWEDISH);
        // The UI is Swedish unless the person chooses; an API caller may ask for English.
        resolver.setDefaultLocaleFunction(request -> {
            boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
            if (api && request.getHeader("Accept-Language") != null) {
                Locale asked = request.getLocale();
                return asked.getLanguage().equals("en") ? Locale.ENGLISH : SWEDISH;
            }
            return SWEDISH;
        });
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        registry.addInterceptor(change);
    }
}
