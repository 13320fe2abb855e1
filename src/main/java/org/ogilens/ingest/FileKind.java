package org.ogilens.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What a file is, decided from its first bytes first and its name only second (a ".pdf" may be text). */
public enum FileKind {
    TEXT, HTML, PDF, DOC, DOCX, BINARY, EMPTY;

    public static FileKind sniff(String path, byte[] bytes) {
        if (bytes == null || bytes.length == 0) return EMPTY;
        if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return PDF;                       // %PDF
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) return DOC; // OLE2
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) return DOCX;                       // zip (OOXML)
        String ext = extension(path);
        if (looksBinary(bytes)) {
            return BINARY;
        }
        if (ext.equals("html") || ext.equals("htm") || ext.equals("shtml") || ext.equals("xhtml") || looksLikeHtml(bytes)) {
            return HTML;
        }
        return TEXT;
    }

    public static String extension(String path) {
        String name = path == null ? "" : path;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) if ((b[i] & 0xFF) != magic[i]) return false;
        return true;
    }

    /** HTML markers within the first 2 KB, in any ASCII-compatible encoding. */
    static boolean looksLikeHtml(byte[] bytes) {
        int n = Math.min(bytes.length, 2048);
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
                || (head.contains("<table") && head.contains("<tr")) || head.contains("<meta ");
    }

    /**
     * Binary: control bytes other than whitespace in the first 8 KB. UTF-16 text (many NULs in a regular
     * pattern, or a BOM) is not binary.
     */
    static boolean looksBinary(byte[] bytes) {
        if (EncodingDetector.utf16ByteOrder(bytes) != null) return false;
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = bytes[i] & 0xFF;
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) control++;
        }
        return control > Math.max(2, n / 100);
    }
}
