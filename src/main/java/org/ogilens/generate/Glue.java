package org.ogilens.generate;

import org.ogilens.generate.Doc.Cell;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a crawl may print a table row's cells glued together with the truth still recoverable: the glued
 * digits split into the row's cells in one way only (no cell but 0 starting with 0) under the table's own rule:
 * the six applicant columns add up to 总计 (requests), the four results of each group to its 总计 (review), the
 * cumulative figure is at least the year's (statistics tables); table 1 has no rule. The generator's own
 * count, written apart from the extractor's solver.
 */
final class Glue {
    private Glue() {}

    static boolean splitsOneWay(String table, List<Cell> header, List<Cell> values) {
        if (values.size() < 2) return values.size() == 1 && values.get(0).text().matches("\\d+");
        StringBuilder digits = new StringBuilder();
        for (Cell c : values) {
            if (!c.text().matches("\\d+")) return false;
            digits.append(c.text());
        }
        boolean annualFirst = header.size() < 3 || !header.get(2).text().startsWith("累计");
        int[] count = {0};
        cut(digits.toString(), 0, values.size(), new ArrayList<>(), table, annualFirst, count);
        return count[0] == 1;
    }

    private static void cut(String d, int pos, int n, List<Long> acc, String table, boolean annualFirst, int[] count) {
        if (count[0] > 1) return;
        if (acc.size() == n) {
            if (pos == d.length() && holds(table, acc, annualFirst)) count[0]++;
            return;
        }
        int cellsLeft = n - acc.size();
        for (int end = pos + 1; end <= d.length() - (cellsLeft - 1); end++) {
            String piece = d.substring(pos, end);
            if (piece.length() > 1 && piece.charAt(0) == '0') break;
            if (piece.length() > 12) break;
            acc.add(Long.parseLong(piece));
            cut(d, end, n, acc, table, annualFirst, count);
            acc.remove(acc.size() - 1);
        }
    }

    private static boolean holds(String table, List<Long> v, boolean annualFirst) {
        switch (table) {
            case "requests" -> {
                long s = 0;
                for (int i = 0; i < 6; i++) s += v.get(i);
                return v.size() == 7 && s == v.get(6);
            }
            case "review" -> {
                if (v.size() != 15) return false;
                for (int g = 0; g < 3; g++) {
                    if (v.get(5 * g) + v.get(5 * g + 1) + v.get(5 * g + 2) + v.get(5 * g + 3) != v.get(5 * g + 4)) return false;
                }
                return true;
            }
            case "old_statistics", "statistics" -> {
                return v.size() != 2 || (annualFirst ? v.get(1) >= v.get(0) : v.get(0) >= v.get(1));
            }
            default -> {
                return true;
            }
        }
    }
}
