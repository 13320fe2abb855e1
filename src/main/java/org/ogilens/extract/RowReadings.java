package org.ogilens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The possible readings of one table row's printed tokens as exactly {@code n} cells.
 *
 * <p>The layout fixes how many cells a row has; flattened text does not say where one ends. A whitespace
 * boundary is taken as a cell boundary (that is what a crawl leaves between two table cells), and a soft token
 * may be split into several cells (cells glued together: {@code 142000016}). A multi-digit cell never starts
 * with 0. Only when no such reading satisfies the row's own rule are whitespace boundaries given up as well
 * (a number broken by a stray space, {@code 1 25} for 125). A row whose tokens are exactly its cells has one
 * reading, the printed one, whatever its sums say: the source is not repaired.
 */
final class RowReadings {
    /** One reading of a row: the cells' values, their offsets and printed text, and how it was obtained. */
    record Reading(double[] values, int[] offsets, String[] printed, String how) {
        static final String PRINTED = "printed", SPLIT = "run_together_split", MERGED = "merged", FORCED = "only_split";

        String describe() {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < printed.length; i++) b.append(i == 0 ? "" : "|").append(printed[i]);
            return b.toString();
        }

        boolean sameValues(Reading o) {
            return java.util.Arrays.equals(values, o.values);
        }
    }

    /** The candidates of a row, and whether the enumeration gave up (too many to list). */
    record Candidates(List<Reading> readings, boolean overflow) {
        static Candidates none() { return new Candidates(List.of(), false); }
    }

    /** Upper bound on the readings listed for one row; past it the row counts as unreadable. */
    static final int MAX_READINGS = 20_000;
    private static final int MAX_STEPS = 2_000_000;

    private RowReadings() {}

    /**
     * The readings of {@code tokens} as {@code n} cells that satisfy {@code rule} (the row's own identity, e.g.
     * the six applicant columns add up to 总计), as described in the class comment.
     */
    static Candidates of(List<CellToken> tokens, int n, Predicate<double[]> rule) {
        if (tokens.isEmpty() || n <= 0) return Candidates.none();
        if (tokens.size() == n) {
            // as printed: one reading, checked by nobody (a source that breaks its own rule keeps its figures)
            return new Candidates(List.of(printed(tokens)), false);
        }
        List<Reading> out = new ArrayList<>();
        boolean overflow = false;
        if (tokens.size() < n) {
            overflow = enumerate(tokens, n, rule, Reading.SPLIT, out);
        }
        if (out.isEmpty() && !overflow) {
            List<CellToken> merged = mergeSoftRuns(tokens);
            if (merged.size() != tokens.size() && merged.size() <= n) {
                overflow = enumerate(merged, n, rule, Reading.MERGED, out);
            }
        }
        if (out.isEmpty() && !overflow && rule != null && tokens.size() == 1) {
            // a row glued into one run of digits that splits into n cells in one way only (n digits, 0000007) is as
            // good as printed apart, whatever it sums to; cells printed apart and too few are cells missing
            List<Reading> any = new ArrayList<>();
            boolean over = enumerate(tokens, n, null, Reading.FORCED, any);
            if (!over && any.size() == 1) out.add(any.get(0));
        }
        return new Candidates(out, overflow);
    }

    static Reading printed(List<CellToken> tokens) {
        int n = tokens.size();
        double[] v = new double[n];
        int[] o = new int[n];
        String[] p = new String[n];
        for (int i = 0; i < n; i++) {
            CellToken t = tokens.get(i);
            v[i] = t.value();
            o[i] = t.offset();
            p[i] = t.blank() ? t.printed() : t.sign() + t.digits() + (t.fraction().isEmpty() ? "" : "." + t.fraction());
        }
        return new Reading(v, o, p, Reading.PRINTED);
    }

    /** Joins consecutive soft plain numbers (no sign, decimal part or unit) into one run of digits. */
    static List<CellToken> mergeSoftRuns(List<CellToken> tokens) {
        List<CellToken> out = new ArrayList<>();
        for (CellToken t : tokens) {
            CellToken last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && plainSoft(last) && plainSoft(t)) {
                out.set(out.size() - 1, new CellToken(last.printed() + " " + t.printed(), last.offset(), false, false, "",
                        last.digits() + t.digits(), "", null));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean plainSoft(CellToken t) {
        return !t.hard() && !t.blank() && t.sign().isEmpty() && t.fraction().isEmpty() && t.unit() == null;
    }

    /** Lists the splits of each token into pieces, n pieces in all; true when it gave up. */
    private static boolean enumerate(List<CellToken> tokens, int n, Predicate<double[]> rule, String how, List<Reading> out) {
        int maxCells = 0;
        for (CellToken t : tokens) maxCells += t.splittable() ? t.digits().length() : 1;
        if (maxCells < n) return false;
        State s = new State(tokens, n, rule, how, out);
        s.token(0, 0);
        return s.overflow;
    }

    private static final class State {
        final List<CellToken> tokens;
        final int n;
        final Predicate<double[]> rule;
        final String how;
        final List<Reading> out;
        final double[] values;
        final int[] offsets;
        final String[] printed;
        final int[] capacityAfter;
        long steps;
        boolean overflow;

        State(List<CellToken> tokens, int n, Predicate<double[]> rule, String how, List<Reading> out) {
            this.tokens = tokens;
            this.n = n;
            this.rule = rule;
            this.how = how;
            this.out = out;
            values = new double[n];
            offsets = new int[n];
            printed = new String[n];
            capacityAfter = new int[tokens.size() + 1];
            for (int i = tokens.size() - 1; i >= 0; i--) {
                CellToken t = tokens.get(i);
                capacityAfter[i] = capacityAfter[i + 1] + (t.splittable() ? t.digits().length() : 1);
            }
        }

        /** Places token ti starting at cell ci. */
        void token(int ti, int ci) {
            if (overflow) return;
            if (++steps > MAX_STEPS) {
                overflow = true;
                return;
            }
            if (ti == tokens.size()) {
                if (ci == n && (rule == null || rule.test(values))) {
                    if (out.size() >= MAX_READINGS) {
                        overflow = true;
                        return;
                    }
                    out.add(new Reading(values.clone(), offsets.clone(), printed.clone(), how));
                }
                return;
            }
            int remainingTokens = tokens.size() - ti - 1;
            if (ci + 1 + remainingTokens > n) return;     // every later token needs a cell
            if (ci + capacityAfter[ti] < n) return;       // not enough digits left to fill the row
            CellToken t = tokens.get(ti);
            if (!t.splittable()) {
                values[ci] = t.value();
                offsets[ci] = t.offset();
                printed[ci] = t.blank() ? t.printed() : t.sign() + t.digits() + (t.fraction().isEmpty() ? "" : "." + t.fraction());
                token(ti + 1, ci + 1);
                return;
            }
            pieces(t, 0, ti, ci, true);
        }

        /** Cuts the digits of token t from position pos into cells from ci on. */
        void pieces(CellToken t, int pos, int ti, int ci, boolean first) {
            if (overflow) return;
            String d = t.digits();
            if (pos == d.length()) {
                token(ti + 1, ci);
                return;
            }
            if (ci >= n) return;
            int remainingTokens = tokens.size() - ti - 1;
            for (int end = pos + 1; end <= d.length(); end++) {
                String piece = d.substring(pos, end);
                if (piece.length() > 1 && piece.charAt(0) == '0') break;
                boolean last = end == d.length();
                // the cells still to place must fit: at least one per later token (and one more for the rest of
                // this token), at most one per digit left
                int need = last ? remainingTokens : 1 + remainingTokens;
                if (ci + 1 + need > n) {
                    if (last) return;
                    continue;
                }
                if (ci + 1 + (d.length() - end) + capacityAfter[ti + 1] < n) break;
                String sign = first ? t.sign() : "";
                String frac = last ? t.fraction() : "";
                values[ci] = CellToken.value(sign, piece, frac);
                offsets[ci] = t.offset() + offsetInPrinted(t, pos);
                printed[ci] = sign + piece + (frac.isEmpty() ? "" : "." + frac);
                pieces(t, end, ti, ci + 1, false);
            }
        }
    }

    /** Offset within a token's printed text of its pos-th digit (spaces of a merged run skipped). */
    private static int offsetInPrinted(CellToken t, int pos) {
        String p = t.printed();
        int seen = 0;
        for (int i = 0; i < p.length(); i++) {
            if (Character.isDigit(p.charAt(i))) {
                if (seen == pos) return i;
                seen++;
            }
        }
        return 0;
    }
}
