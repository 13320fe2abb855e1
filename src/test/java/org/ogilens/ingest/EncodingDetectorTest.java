package org.ogilens.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EncodingDetectorTest {
    private static final String SIMPLIFIED = "2019年政府信息公开工作年度报告\n一、总体情况\n本年度共收到政府信息公开申请12件，主动公开政府信息3661条。";
    private static final String TRADITIONAL = "2019年政府信息公開工作年度報告\n一、總體情況\n本年度共收到政府信息公開申請12件，主動公開政府信息3661條。";

    private static void roundTrip(String text, Charset cs, byte[] prefix, String expectedCharset) {
        byte[] body = text.getBytes(cs);
        byte[] all = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(body, 0, all, prefix.length, body.length);
        EncodingDetector.Decoded d = EncodingDetector.decode(all);
        assertEquals(text, d.text());
        assertEquals(expectedCharset, d.charset().name());
        assertEquals(FileKind.TEXT, FileKind.sniff("x.txt", all));
    }

    @Test
    void utf8WithAndWithoutBom() {
        roundTrip(SIMPLIFIED, StandardCharsets.UTF_8, new byte[0], "UTF-8");
        roundTrip(SIMPLIFIED, StandardCharsets.UTF_8, new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "UTF-8");
    }

    @Test
    void gbk() {
        roundTrip(SIMPLIFIED, Charset.forName("GBK"), new byte[0], "GB18030");
    }

    @Test
    void big5() {
        roundTrip(TRADITIONAL, Charset.forName("Big5"), new byte[0], "Big5");
    }

    @Test
    void utf16WithBomAndWithout() {
        roundTrip(SIMPLIFIED, StandardCharsets.UTF_16LE, new byte[]{(byte) 0xFF, (byte) 0xFE}, "UTF-16LE");
        roundTrip(SIMPLIFIED, StandardCharsets.UTF_16BE, new byte[]{(byte) 0xFE, (byte) 0xFF}, "UTF-16BE");
        roundTrip(SIMPLIFIED, StandardCharsets.UTF_16LE, new byte[0], "UTF-16LE");
    }

    @Test
    void binaryIsNotText() {
        byte[] b = new byte[4096];
        new java.util.Random(7).nextBytes(b);
        assertTrue(FileKind.sniff("x.txt", b) == FileKind.BINARY || FileKind.sniff("x.txt", b) == FileKind.TEXT
                && EncodingDetector.decode(b).text().contains("\uFFFD"));
        assertEquals(FileKind.EMPTY, FileKind.sniff("x.txt", new byte[0]));
        assertEquals(FileKind.PDF, FileKind.sniff("x.txt", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(FileKind.TEXT, FileKind.sniff("x.pdf", "政府信息公开".getBytes(StandardCharsets.UTF_8)));
    }
}
