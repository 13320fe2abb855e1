package org.ogilens.extract;

/** Parses counts written in Arabic digits or Chinese numerals (两件, 三十二条, 一百零五, 1.5万). */
public final class ChineseNumber {
    private ChineseNumber() {}

    /** The value, or null when the text is not a number. */
    public static Double parse(String s) {
        if (s == null || s.isEmpty()) return null;
        String t = s.replace(",", "");
        if (t.matches("\\d+(?:\\.\\d+)?")) return Double.parseDouble(t);
        if (t.matches("\\d+(?:\\.\\d+)?万")) return Double.parseDouble(t.substring(0, t.length() - 1)) * 10000;
        return chinese(t);
    }

    private static Double chinese(String s) {
        long total = 0, section = 0, digit = -1;
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            long d = digitValue(c);
            if (d >= 0) {
                digit = d;
                any = true;
                continue;
            }
            long unit;
            switch (c) {
                case '十' -> unit = 10;
                case '百' -> unit = 100;
                case '千' -> unit = 1000;
                case '万' -> unit = 10000;
                default -> { return null; }
            }
            any = true;
            if (unit == 10000) {
                section = (section + Math.max(digit, 0)) * unit;
                total += section;
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * unit;
            }
            digit = -1;
        }
        if (!any) return null;
        return (double) (total + section + Math.max(digit, 0));
    }

    private static long digitValue(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }
}
