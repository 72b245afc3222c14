package se.traden.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium, started once per test JVM and driven by Playwright. Playwright never downloads a
 * browser of its own here: the build installs the system package (src/test/browser/ensure-chromium.sh).
 */
final class Chromium {
    /** Where the build installs it; another path can be given for a machine that keeps it elsewhere. */
    static final Path EXECUTABLE = Path.of(System.getProperty("traden.browser.chromium", "/usr/bin/chromium"));

    /**
     * Headless, without the sandbox (the build runs as root in CI) and without any call to Google's hosts:
     * the build machines have no network beyond the package registries.
     */
    static final List<String> ARGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--lang=sv-SE");

    private static Playwright playwright;
    private static Browser browser;

    private Chromium() {}

    static synchronized Browser browser() {
        if (browser == null) {
            if (!Files.isExecutable(EXECUTABLE)) {
                throw new IllegalStateException(EXECUTABLE + " is missing: the build installs it in the"
                        + " pre-integration-test phase (src/test/browser/ensure-chromium.sh)");
            }
            playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(EXECUTABLE)
                            .setHeadless(true)
                            .setArgs(ARGS));
            Runtime.getRuntime().addShutdownHook(new Thread(Chromium::close));
        }
        return browser;
    }

    private static synchronized void close() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
            browser = null;
        }
    }
}
