package se.traden.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The screenshot gallery: every page the browser tests visit, numbered in the order of the visits, in
 * target/gallery (not committed). Emptied once per test JVM, so that it shows the last run only.
 */
final class Gallery {
    static final Path FOLDER = Path.of(System.getProperty("traden.browser.gallery", "target/gallery"));

    private static final AtomicInteger NEXT = new AtomicInteger(1);
    private static boolean emptied;

    private Gallery() {}

    /** The file for the next picture, e.g. target/gallery/007-ic-concern.png. */
    static synchronized Path next(String name) {
        if (!emptied) {
            empty();
            emptied = true;
        }
        String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return FOLDER.resolve("%03d-%s.png".formatted(NEXT.getAndIncrement(), slug));
    }

    private static void empty() {
        try {
            Files.createDirectories(FOLDER);
            try (Stream<Path> files = Files.list(FOLDER)) {
                files.sorted(Comparator.reverseOrder())
                        .filter(f -> f.toString().endsWith(".png"))
                        .forEach(f -> f.toFile().delete());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
