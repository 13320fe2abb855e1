package org.ogilens.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One printed token of a table row: a number (optionally signed, with a decimal part and a unit) or a blank
 * marker (/, -, —, 无). A <em>hard</em> token is one cell for certain (a field of an HTML, Word or positioned
 * PDF table); a <em>soft</em> one is a run of characters between whitespace of flattened text, which may hold
 * several cells glued together ("142000016") or only part of one ("1 2" where 12 is meant).
 */
record CellToken(String printed, int offset, boolean hard, boolean blank, String sign, String digits, String fraction,
                 String unit) {
    private static final Pattern NUMBER = Pattern.compile(
            "(?<sign>[+-])?(?<int>\\d+)(?:\\.(?<frac>\\d+))?(?<unit>件|条|个|项|宗|笔|次|人次|人|名|万元|元)?");
    private static final Pattern BLANK = Pattern.compile("/|\\\\|-|—|–|——|－|―|无|空|\\*");

    /** The token a printed string is, or null when it is a word. */
    static CellToken of(String printed, int offset, boolean hard) {
        String t = printed.replace(",", "").replace("，", "");
        if (hard) t = t.replaceAll("(?<=\\d)\\s+(?=\\d)", "").trim();
        if (BLANK.matcher(t).matches() || (hard && t.isEmpty())) {
            return new CellToken(printed, offset, hard, true, "", "", "", null);
        }
        Matcher m = NUMBER.matcher(t);
        if (!m.matches()) return null;
        return new CellToken(printed, offset, hard, false, m.group("sign") == null ? "" : m.group("sign"),
                m.group("int"), m.group("frac") == null ? "" : m.group("frac"), m.group("unit"));
    }

    /** Whether the token can be split into several cells: a soft plain number of two or more digits. */
    boolean splittable() {
        return !hard && !blank && digits.length() > 1;
    }

    /** The value of the whole token as one cell. */
    double value() {
        return blank ? 0 : value(sign, digits, fraction);
    }

    static double value(String sign, String digits, String fraction) {
        double v = Double.parseDouble(fraction.isEmpty() ? digits : digits + "." + fraction);
        return "-".equals(sign) ? -v : v;
    }
}
