package org.ogilens.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's chromium, headless, without network (the flags keep it from calling out). .ci/run installs the package;
 * a test that needs it fails when it is missing, unless OGI_LENS_SKIP_BROWSER=1 says the machine cannot have one.
 */
public final class HeadlessChromium {
    public static final Path BINARY = Path.of("/usr/bin/chromium");

    private HeadlessChromium() {}

    public static boolean skipped() {
        return "1".equals(System.getenv("OGI_LENS_SKIP_BROWSER"));
    }

    /** Renders a local HTML file to a PNG of the given window size. */
    public static void screenshot(Path html, Path png, int width, int height) throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException(BINARY + " is missing: install Debian's chromium package (.ci/run does), "
                    + "or set OGI_LENS_SKIP_BROWSER=1 on a machine that cannot have it");
        }
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> cmd = List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--screenshot=" + png.toAbsolutePath(), html.toAbsolutePath().toUri().toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish in 120 s");
        }
        if (!Files.exists(png)) throw new IOException("chromium exited " + p.exitValue() + " without a screenshot");
    }
}
