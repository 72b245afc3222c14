package se.traden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The UI is Swedish first with English as a second language, and every text comes from a message
 * key: no template has visible text of its own, every key a template names exists in both
 * languages, and the two languages have the same keys.
 */
class MessagesTest {
    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path MESSAGES = Path.of("src/main/resources/messages");
    static final Pattern STATIC_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.\\-]+)[}(]");
    static final Pattern TEXT_BETWEEN_TAGS = Pattern.compile("<([a-zA-Z][a-zA-Z0-9:\\-]*)([^>]*)>([^<]*)<");

    @Test
    void swedishAndEnglishHaveTheSameKeys() throws IOException {
        for (Path swedish : bundles()) {
            Path english =
                    swedish.resolveSibling(swedish.getFileName().toString().replace(".properties", "_en.properties"));
            assertThat(english).as("English bundle beside " + swedish).exists();
            assertThat(load(english).stringPropertyNames())
                    .as("keys of " + english + " versus " + swedish)
                    .containsExactlyInAnyOrderElementsOf(load(swedish).stringPropertyNames());
        }
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path bundle : bundles()) {
            keys.addAll(load(bundle).stringPropertyNames());
        }
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = STATIC_KEY.matcher(Files.readString(template));
            while (m.find()) {
                if (!keys.contains(m.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
                }
            }
        }
        assertThat(missing)
                .as("message keys named in templates but missing in the bundles")
                .isEmpty();
    }

    @Test
    void templatesHaveNoTextOfTheirOwn() throws IOException {
        List<String> literal = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
            Matcher m = TEXT_BETWEEN_TAGS.matcher(html);
            while (m.find()) {
                String tag = m.group(1);
                String attributes = m.group(2);
                String text = m.group(3).strip();
                boolean replaced = attributes.contains("th:text")
                        || attributes.contains("th:utext")
                        || attributes.contains("th:errors")
                        || attributes.contains("th:replace")
                        || attributes.contains("th:insert");
                boolean machine = tag.equals("script") || tag.equals("style") || tag.equals("title") && replaced;
                if (!replaced && !machine && text.codePoints().anyMatch(Character::isLetter) && !isLanguageName(text)) {
                    literal.add(TEMPLATES.relativize(template) + ": <" + tag + "> " + text);
                }
            }
        }
        assertThat(literal).as("visible text without a message key").isEmpty();
    }

    /** Language names are written in their own language on purpose, so a reader finds their own. */
    private static boolean isLanguageName(String text) {
        return text.equals("Svenska") || text.equals("English");
    }

    private static List<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            return files.filter(p -> p.toString().endsWith(".properties")
                            && !p.toString().contains("_"))
                    .sorted()
                    .toList();
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties load(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Files.newInputStream(bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
