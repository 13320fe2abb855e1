package org.ogilens.ingest;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes report bytes without assuming UTF-8: BOM first, then strict UTF-8, then UTF-16 without BOM
 * (NUL pattern), then a choice between GB18030 and Big5 scored by how the decoded text reads.
 */
public final class EncodingDetector {
    public static final Charset GB18030 = Charset.forName("GB18030");
    public static final Charset BIG5 = Charset.forName("Big5");

    /** Characters frequent in these reports, in simplified and traditional forms. */
    private static final String COMMON = "政府信息公开年度报告工作的和在情况申请本市区县镇一二三四五六主动依了是有不"
            + "資訊開報與縣鎮請動依們為";

    private EncodingDetector() {}

    public record Decoded(String text, Charset charset, boolean hadBom) {}

    public static Decoded decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, true);
        }
        Charset utf16 = utf16ByteOrder(bytes);
        if (utf16 != null) {
            boolean bom = bytes.length >= 2 && (((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)
                    || ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF));
            int skip = bom ? 2 : 0;
            return new Decoded(new String(bytes, skip, bytes.length - skip, utf16), utf16, bom);
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) return new Decoded(utf8, StandardCharsets.UTF_8, false);

        String gb = strict(bytes, GB18030);
        String big5 = strict(bytes, BIG5);
        if (gb != null && big5 == null) return new Decoded(gb, GB18030, false);
        if (big5 != null && gb == null) return new Decoded(big5, BIG5, false);
        if (gb != null) {
            // Both decode: score by frequent report characters, with the statistical detector as tie-breaker.
            int sg = score(gb), sb = score(big5);
            if (sg != sb) return sg > sb ? new Decoded(gb, GB18030, false) : new Decoded(big5, BIG5, false);
            String guess = chardet(bytes);
            if ("BIG5".equalsIgnoreCase(guess)) return new Decoded(big5, BIG5, false);
            return new Decoded(gb, GB18030, false);
        }
        // Neither decodes cleanly (truncated or mixed files): take the one with fewer replacement characters.
        String lgb = new String(bytes, GB18030);
        String lb5 = new String(bytes, BIG5);
        return replacements(lb5) < replacements(lgb) && score(lb5) >= score(lgb)
                ? new Decoded(lb5, BIG5, false) : new Decoded(lgb, GB18030, false);
    }

    /** UTF-16 byte order from a BOM or from the pattern of NUL bytes in the first 4 KB; null if not UTF-16. */
    public static Charset utf16ByteOrder(byte[] b) {
        if (b.length >= 2) {
            if ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
            if ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        }
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 4) return null;
        int evenNul = 0, oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) evenNul++;
            if (b[i + 1] == 0) oddNul++;
        }
        int pairs = n / 2;
        // NULs only occur in UTF-16 text (ASCII has one in the high byte, U+xx00 characters such as 一 and 开
        // in the low byte): decide the byte order by which decoding reads like a report
        if (evenNul + oddNul > pairs * 0.05) {
            String asLe = new String(b, 0, n, StandardCharsets.UTF_16LE);
            String asBe = new String(b, 0, n, StandardCharsets.UTF_16BE);
            int le = score(asLe), be = score(asBe);
            if (Math.max(le, be) >= Math.max(3, pairs / 20)) return le >= be ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            if (oddNul > pairs * 0.3 && evenNul < pairs * 0.02) return StandardCharsets.UTF_16LE; // ASCII-only UTF-16
            if (evenNul > pairs * 0.3 && oddNul < pairs * 0.02) return StandardCharsets.UTF_16BE;
            return null;
        }
        if (evenNul + oddNul == 0 && strict(b, StandardCharsets.UTF_8) == null) {
            // CJK UTF-16 without BOM: most code units fall in U+4E00..U+9FFF.
            int le = 0, be = 0;
            for (int i = 0; i < n; i += 2) {
                int lo = b[i] & 0xFF, hi = b[i + 1] & 0xFF;
                if (hi >= 0x4E && hi <= 0x9F) le++;
                if (lo >= 0x4E && lo <= 0x9F) be++;
            }
            String asLe = new String(b, 0, n, StandardCharsets.UTF_16LE);
            String asBe = new String(b, 0, n, StandardCharsets.UTF_16BE);
            if (le > pairs * 0.7 && score(asLe) * 20 > pairs && strict(b, GB18030) == null) return StandardCharsets.UTF_16LE;
            if (be > pairs * 0.7 && score(asBe) * 20 > pairs && strict(b, GB18030) == null) return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    static String strict(byte[] bytes, Charset cs) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer cb = dec.decode(ByteBuffer.wrap(bytes));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static int score(String s) {
        int score = 0;
        int n = Math.min(s.length(), 20000);
        for (int i = 0; i < n; i++) if (COMMON.indexOf(s.charAt(i)) >= 0) score++;
        return score;
    }

    private static int replacements(String s) {
        int r = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\uFFFD') r++;
        return r;
    }

    private static String chardet(byte[] bytes) {
        UniversalDetector d = new UniversalDetector(null);
        d.handleData(bytes, 0, Math.min(bytes.length, 65536));
        d.dataEnd();
        return d.getDetectedCharset();
    }
}
