package se.traden.shared.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Request bodies are read strictly where the API's records cannot say it themselves: a text with the
 * NUL character (which PostgreSQL cannot store) or with half a surrogate pair (a JSON escape such as
 * {@code \udff2} alone, which is no character and cannot be written as UTF-8), and a {@code null} inside
 * a list are malformed input,
 * answered 400 with the field, instead of failing deep inside a command. Only the reading of HTTP
 * bodies changes; the application's own JSON (stored details) is read as before.
 */
@Configuration(proxyBeanMethods = false)
class JsonInput implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.replaceAll(converter -> converter instanceof JacksonJsonHttpMessageConverter json
                ? new JacksonJsonHttpMessageConverter(strict(json))
                : converter);
    }

    private static tools.jackson.databind.json.JsonMapper strict(JacksonJsonHttpMessageConverter json) {
        var noNulls = JsonSetter.Value.forContentNulls(Nulls.FAIL);
        return json.getMapper()
                .rebuild()
                .addModule(new SimpleModule("traden-json-input").addDeserializer(String.class, new NoNulText()))
                .withConfigOverride(List.class, o -> o.setNullHandling(noNulls))
                .withConfigOverride(Set.class, o -> o.setNullHandling(noNulls))
                .withConfigOverride(Collection.class, o -> o.setNullHandling(noNulls))
                .build();
    }

    /** Text as usual, but never with the NUL character nor with half a surrogate pair. */
    private static final class NoNulText extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                return (String) context.handleWeirdStringValue(String.class, text, "contains the NUL character");
            }
            if (text != null && hasLoneSurrogate(text)) {
                return (String) context.handleWeirdStringValue(String.class, text, "contains half a surrogate pair");
            }
            return text;
        }

        static boolean hasLoneSurrogate(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c)
                        && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return true;
                }
            }
            return false;
        }
    }
}
