package org.ogilens.testing;

import org.ogilens.pipeline.DocumentProcessor;
import org.ogilens.pipeline.ProcessedDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The real reports kept as fixtures (src/test/resources/real, see its README), parsed by the plain-Java pipeline. */
public final class RealReports {
    private static final DocumentProcessor PROCESSOR = new DocumentProcessor(20_000_000, 500);

    private RealReports() {}

    public static byte[] bytes(String id) {
        try (InputStream in = RealReports.class.getResourceAsStream("/real/" + id + ".txt")) {
            if (in == null) throw new IllegalArgumentException("no fixture " + id);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String id) {
        return new String(bytes(id), java.nio.charset.StandardCharsets.UTF_8);
    }

    public static ProcessedDocument parse(String id) {
        byte[] b = bytes(id);
        return PROCESSOR.process("real/" + id + ".txt", b, b.length);
    }
}
