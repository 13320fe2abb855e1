package org.ogilens.pipeline;

import com.hankcs.hanlp.HanLP;

/**
 * Big5 reports are written in traditional characters; the parser reads simplified ones. Converts with
 * HanLP's dictionary only when the text is clearly traditional, so simplified text is never touched.
 */
final class Traditional {
    /** Characters frequent in reports that exist only in traditional writing. */
    private static final String MARKERS = "資開報與縣鎮請動們為個國會時實點體關區務際處議權檔條擬單運";

    private Traditional() {}

    static String toSimplifiedIfTraditional(String text) {
        int n = Math.min(text.length(), 5000), hits = 0;
        for (int i = 0; i < n; i++) if (MARKERS.indexOf(text.charAt(i)) >= 0) hits++;
        if (hits < 5) return text;
        return HanLP.convertToSimplifiedChinese(text);
    }
}
