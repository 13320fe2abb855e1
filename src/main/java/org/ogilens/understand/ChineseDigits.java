package org.ogilens.understand;

/** Rewrites digit-by-digit Chinese years (二O一三, 二〇一三, 二零一三) as Arabic digits, one char for one. */
public final class ChineseDigits {
    private static final String FROM = "〇○OoＯ零一二三四五六七八九";
    private static final String TO = "00000" + "0123456789";

    private ChineseDigits() {}

    /** Replaces runs of 4 Chinese digits followed by 年 with Arabic digits; other text unchanged, length kept. */
    public static String arabicYears(String s) {
        StringBuilder b = null;
        int n = s.length();
        for (int i = 0; i + 4 < n; i++) {
            if (s.charAt(i + 4) != '年') continue;
            boolean all = true;
            for (int k = 0; k < 4 && all; k++) all = FROM.indexOf(s.charAt(i + k)) >= 0;
            if (!all) continue;
            // a year starts with 一 or 二 (1xxx, 2xxx)
            char first = s.charAt(i);
            if (first != '二' && first != '一') continue;
            if (b == null) b = new StringBuilder(s);
            for (int k = 0; k < 4; k++) b.setCharAt(i + k, TO.charAt(FROM.indexOf(s.charAt(i + k))));
        }
        return b == null ? s : b.toString();
    }
}
