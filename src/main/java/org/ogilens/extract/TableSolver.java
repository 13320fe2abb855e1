package org.ogilens.extract;

import org.ogilens.extract.RowReadings.Reading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses one reading per row of a whole table at once, with the table's own identities as constraints.
 *
 * <p>Each row comes with its candidate readings ({@link RowReadings}): one when the cells are printed apart,
 * several when digits run together, none when the row could not be read. The identities are linear
 * equations over cells of several rows (a column's 总计 equals the sum of the outcome rows in that column;
 * 一 + 二 = 三(七) + 四). Every combination of readings that satisfies every equation is a solution; a cell is
 * <em>determined</em> when it has the same value in every solution, and only determined cells are read.
 * An equation that the rows printed unambiguously already break is the source's own inconsistency: it is
 * reported and cannot decide anything. A row that could not be read at all is <em>derived</em> from the
 * equations where it is the only unknown and every other cell is determined.
 */
final class TableSolver {
    /** A term of an equation: coefficient × the cell (row, column). */
    record Term(int row, int col, int coef) {}

    /** Σ coef × cell = 0 (or ≤ 0 when {@code atMost}), with a name for the warnings. */
    record Equation(String name, List<Term> terms, boolean atMost) {
        Equation(String name, List<Term> terms) {
            this(name, terms, false);
        }
    }

    /** What the solver concluded about one row. */
    enum Status { PRINTED, RESOLVED, AMBIGUOUS, INCONSISTENT, DERIVED, UNREAD }

    /** One row's outcome: the cell values (NaN = not determined), how, and the competing readings if any. */
    record RowResult(Status status, double[] values, Reading reading, List<Reading> alternatives) {
        boolean complete() {
            if (values == null) return false;
            for (double v : values) if (Double.isNaN(v)) return false;
            return true;
        }
    }

    /** The outcome of a table: per row, the equations the printed cells break, whether the search gave up. */
    record Result(List<RowResult> rows, List<String> brokenEquations, boolean searchOverflow, int solutions) {}

    private static final long MAX_NODES = 3_000_000;

    private TableSolver() {}

    /**
     * @param candidates per row, its readings (all of the row's width {@code widths[r]}); empty = unreadable
     * @param derivable  per row, whether an unreadable row may be derived from the equations
     */
    static Result solve(List<List<Reading>> candidates, int[] widths, List<Equation> equations, boolean[] derivable) {
        int nRows = candidates.size();
        boolean[] unknown = new boolean[nRows];
        for (int r = 0; r < nRows; r++) unknown[r] = candidates.get(r).isEmpty();

        // equations over unreadable rows cannot be checked; those over single-reading rows only are checked now
        List<Equation> usable = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        for (Equation e : equations) {
            boolean anyUnknown = e.terms().stream().anyMatch(t -> unknown[t.row()]);
            if (anyUnknown) continue;
            boolean allFixed = e.terms().stream().allMatch(t -> candidates.get(t.row()).size() == 1);
            if (allFixed) {
                if (!holds(e, r -> candidates.get(r).get(0))) broken.add(e.name());
                continue;
            }
            usable.add(e);
        }
        // an equation that fails whatever the ambiguous rows read is broken by the source too
        // (found below as "no solution"); search the ambiguous rows, fewest readings first
        List<Integer> order = new ArrayList<>();
        for (int r = 0; r < nRows; r++) if (candidates.get(r).size() > 1) order.add(r);
        order.sort(Comparator.comparingInt(r -> candidates.get(r).size()));
        int[] position = new int[nRows];
        Arrays.fill(position, -1);
        for (int i = 0; i < order.size(); i++) position[order.get(i)] = i;
        // each usable equation is checked once its last ambiguous row is assigned
        List<List<Equation>> checkAt = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) checkAt.add(new ArrayList<>());
        for (Equation e : usable) {
            int last = -1;
            for (Term t : e.terms()) last = Math.max(last, position[t.row()]);
            if (last >= 0) checkAt.get(last).add(e);
        }
        Search s = new Search(candidates, order, checkAt, widths);
        s.dfs(0);

        List<RowResult> rows = new ArrayList<>();
        for (int r = 0; r < nRows; r++) {
            List<Reading> cand = candidates.get(r);
            if (cand.isEmpty()) {
                rows.add(new RowResult(Status.UNREAD, null, null, List.of()));
            } else if (cand.size() == 1) {
                Reading only = cand.get(0);
                rows.add(new RowResult(only.how().equals(Reading.PRINTED) ? Status.PRINTED : Status.RESOLVED,
                        only.values().clone(), only, List.of()));
            } else if (s.overflow || s.solutions == 0) {
                rows.add(new RowResult(s.overflow ? Status.AMBIGUOUS : Status.INCONSISTENT, nan(widths[r]), null, cand));
            } else {
                int p = position[r];
                double[] v = new double[widths[r]];
                for (int c = 0; c < widths[r]; c++) v[c] = s.cellAmbiguous[p][c] ? Double.NaN : s.cellValue[p][c];
                boolean one = s.seen[p].size() == 1;
                Reading chosen = one ? cand.get(s.seen[p].get(0)) : null;
                List<Reading> alts = new ArrayList<>();
                if (!one) for (int idx : s.seen[p]) alts.add(cand.get(idx));
                rows.add(new RowResult(one ? Status.RESOLVED : Status.AMBIGUOUS, v, chosen, alts));
            }
        }
        derive(rows, candidates, widths, equations, derivable, unknown);
        return new Result(rows, broken, s.overflow, s.solutions);
    }

    /**
     * Unreadable rows that the equations fix: a cell that is the only unknown of an equation whose other cells
     * are determined; or several unknown cells of one sign in an equation that leaves them 0 in sum (cells are
     * never negative, so each is 0).
     */
    private static void derive(List<RowResult> rows, List<List<Reading>> candidates, int[] widths, List<Equation> equations,
                               boolean[] derivable, boolean[] unknown) {
        if (derivable == null) return;
        double[][] v = new double[rows.size()][];
        for (int r = 0; r < rows.size(); r++) if (unknown[r] && derivable[r]) v[r] = nan(widths[r]);
        boolean changed = true;
        boolean[] conflict = new boolean[rows.size()];
        while (changed) {
            changed = false;
            for (Equation e : equations) {
                if (e.atMost()) continue;
                List<Term> open = new ArrayList<>();
                double rest = 0;
                boolean ok = true;
                for (Term t : e.terms()) {
                    if (v[t.row()] != null && Double.isNaN(v[t.row()][t.col()])) {
                        open.add(t);
                        continue;
                    }
                    double x = v[t.row()] != null ? v[t.row()][t.col()] : value(rows.get(t.row()), t.col(), unknown[t.row()]);
                    if (Double.isNaN(x)) { ok = false; break; }
                    rest += t.coef() * x;
                }
                if (!ok || open.isEmpty()) {
                    // every cell known: an equation the derived cells break means they were wrong
                    if (ok && Math.abs(rest) > 1e-6) for (Term t : e.terms()) if (v[t.row()] != null) conflict[t.row()] = true;
                    continue;
                }
                if (open.size() == 1) {
                    Term t = open.get(0);
                    if (Math.abs(t.coef()) != 1) continue;
                    v[t.row()][t.col()] = -rest / t.coef() + 0.0; // + 0.0: never -0.0
                    changed = true;
                } else if (Math.abs(rest) < 1e-9 && open.stream().allMatch(t -> Integer.signum(t.coef()) == Integer.signum(open.get(0).coef()))) {
                    for (Term t : open) v[t.row()][t.col()] = 0;
                    changed = true;
                }
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            if (v[r] == null || conflict[r]) continue;
            boolean all = true;
            for (double x : v[r]) if (Double.isNaN(x) || x < 0 || x != Math.rint(x)) all = false;
            if (all) rows.set(r, new RowResult(Status.DERIVED, v[r], null, List.of()));
        }
    }

    private static double value(RowResult r, int col, boolean unknown) {
        if (unknown || r.values() == null) return Double.NaN;
        return r.values()[col];
    }

    private static double[] nan(int n) {
        double[] v = new double[n];
        Arrays.fill(v, Double.NaN);
        return v;
    }

    interface ReadingOf {
        Reading of(int row);
    }

    static boolean holds(Equation e, ReadingOf assigned) {
        double sum = 0;
        for (Term t : e.terms()) sum += t.coef() * assigned.of(t.row()).values()[t.col()];
        return e.atMost() ? sum < 1e-6 : Math.abs(sum) < 1e-6;
    }

    private static final class Search {
        final List<List<Reading>> candidates;
        final List<Integer> order;
        final List<List<Equation>> checkAt;
        final int[] chosen;
        final List<List<Integer>> seenLists = new ArrayList<>();
        final List<Integer>[] seen;
        final double[][] cellValue;
        final boolean[][] cellAmbiguous;
        final int[] rowIndexAt;
        long nodes;
        int solutions;
        boolean overflow;

        @SuppressWarnings("unchecked")
        Search(List<List<Reading>> candidates, List<Integer> order, List<List<Equation>> checkAt, int[] widths) {
            this.candidates = candidates;
            this.order = order;
            this.checkAt = checkAt;
            chosen = new int[candidates.size()];
            seen = new List[order.size()];
            cellValue = new double[order.size()][];
            cellAmbiguous = new boolean[order.size()][];
            rowIndexAt = new int[order.size()];
            for (int i = 0; i < order.size(); i++) {
                seen[i] = new ArrayList<>();
                int r = order.get(i);
                rowIndexAt[i] = r;
                cellValue[i] = new double[widths[r]];
                cellAmbiguous[i] = new boolean[widths[r]];
            }
        }

        Reading assigned(int row) {
            List<Reading> c = candidates.get(row);
            return c.size() == 1 ? c.get(0) : c.get(chosen[row]);
        }

        void dfs(int depth) {
            if (overflow) return;
            if (++nodes > MAX_NODES) {
                overflow = true;
                return;
            }
            if (depth == order.size()) {
                record();
                return;
            }
            int row = order.get(depth);
            for (int k = 0; k < candidates.get(row).size(); k++) {
                chosen[row] = k;
                boolean ok = true;
                for (Equation e : checkAt.get(depth)) {
                    if (!holds(e, this::assigned)) { ok = false; break; }
                }
                if (ok) dfs(depth + 1);
                if (overflow || settled()) return;
            }
        }

        private void record() {
            solutions++;
            for (int i = 0; i < order.size(); i++) {
                int row = order.get(i);
                int k = chosen[row];
                if (!seen[i].contains(k)) seen[i].add(k);
                double[] v = candidates.get(row).get(k).values();
                for (int c = 0; c < v.length; c++) {
                    if (solutions == 1) cellValue[i][c] = v[c];
                    else if (Math.abs(cellValue[i][c] - v[c]) > 1e-9) cellAmbiguous[i][c] = true;
                }
            }
        }

        /** Nothing more can be learnt once every searched cell is already ambiguous. */
        private boolean settled() {
            if (solutions < 2) return false;
            for (boolean[] row : cellAmbiguous) for (boolean a : row) if (!a) return false;
            return true;
        }
    }
}
