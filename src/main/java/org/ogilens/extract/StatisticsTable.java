package org.ogilens.extract;

import org.ogilens.extract.RowReadings.Reading;
import org.ogilens.extract.TableSolver.Equation;
import org.ogilens.extract.TableSolver.RowResult;
import org.ogilens.extract.TableSolver.Status;
import org.ogilens.extract.TableSolver.Term;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistics table of free-text reports (附表 / 政府信息公开情况统计表, 2008–2018), headed 指标名称 | 计量单位 |
 * then one column (年末统计, 2011年度, 数量) or two (2015年度 | 历年累计). One row per indicator, its unit printed
 * between label and figures.
 *
 * <p>Crawled text often runs a row's figures together ({@code 主动公开文件数条152219} is 152 this year, 219 in all
 * years) and glues the next row's index to them ({@code 网站公开条26262、政府公报…}). Each row is read into its
 * possible splits, and the table is solved as a whole: the request channels add up to the requests received and
 * the replies add up to the replies in total, in each column; a figure the prose states for the year picks the
 * split that has it; otherwise the cumulative column is at least the year's. Rows the solver cannot settle are
 * null with {@code digits_ambiguous}.
 */
final class StatisticsTable {
    /** A row: its metric (null for a row that only bounds its neighbours), label keywords, role in the sums. */
    private record Row(String key, String role, String[] keywords) {}

    private static Row row(String key, String role, String keywords) {
        return new Row(key, role, keywords.split("\\|"));
    }

    private static final String CHANNEL = "channel", REPLY = "reply";
    /** The year's column in the header: 2015年度, 2016年, 本年, 年末统计 (not the 年 of 历年累计). */
    private static final java.util.regex.Pattern YEAR_COLUMN = java.util.regex.Pattern.compile("(?:19|20)\\d{2}年|本年|年末|(?<!历)年度");

    private static final List<Row> ROWS = List.of(
            row("proactive_total", null, "主动公开信息数|主动公开文件数|主动公开政府信息数|主动公开政府信息条数"),
            row("proactive_website", null, "政府网站公开数|网站公开数|网站公开"),
            row("proactive_gazette", null, "政府公报公开数|政府公报公开|公报公开"),
            row("requests_new", "requests", "受理依申请公开信息总数|受理政府信息公开申请总数|受理依申请公开申请总数|受理申请总数|正式受理政府信息公开申请数|收到申请数|受理申请数"),
            row("requests_in_person", CHANNEL, "当面申请数|当面申请书|现场申请数"),
            row("requests_fax", CHANNEL, "传真申请数"),
            row("requests_email", CHANNEL, "电子邮件申请数"),
            row("requests_online", CHANNEL, "网上申请数|网络申请数"),
            row("requests_letter", CHANNEL, "信函申请数"),
            row(null, CHANNEL, "信函、传真申请数|信函传真申请数|信函,传真申请数"),
            row(null, CHANNEL, "其他形式申请数|其它形式申请数"),
            row("outcome_total", "replies", "对申请的答复总数|对申请的答复数|申请答复总数"),
            row("outcome_disclosed", REPLY, "同意公开答复数|同意公开数"),
            row("outcome_partial", REPLY, "同意部分公开答复数|部分公开答复数|同意部分公开数"),
            row("outcome_withheld", REPLY, "否决公开答复总数|否决公开答复数|不予公开答复数|不同意公开答复数"),
            row("outcome_other", REPLY, "其他类型答复数"),
            row("fees_waived", null, "收费减免金额|收费及减免金额"),
            row("fees_collected_yuan", null, "依申请公开信息收取的费用|收取的费用|收取费用"),
            row("staff_total", null, "从事政府信息公开工作人员数|工作人员数"),
            row("staff_full_time", null, "专职人员数"),
            row("staff_part_time", null, "兼职人员数"),
            row("spending_yuan", null, "政府信息公开专项经费|专项经费|工作经费"),
            row("complaints_total", null, "行政申诉数|申诉、举报数|申述、举报数|行政诉讼、举报数|行政申诉、举报数|举报投诉数量|举报投诉数|申诉数量|申诉案件数"),
            row("review_total", null, "行政复议数量|行政复议数|行政复试数|行政复议案件数"),
            row("litigation_total", null, "行政诉讼数量|行政诉讼数|行政诉讼案件数"),
            row("consultations_total", null, "政府信息咨询数"),
            // rows of the 单位|数量 layout that only bound their neighbours
            row(null, null, "在办|办结|同意提供|拒绝提供|信息不存在|信息涉密|信息描述不清|超出合理需要|第三方不同意|查询点数|受理查询数|公开电话|服务窗口|网络信箱"));

    /** Found label: row, compact start and end. */
    private record Hit(Row row, int start, int end) {}

    private StatisticsTable() {}

    /**
     * Puts the year's figures of the statistics table, when the report has one, into {@code out}. {@code said}
     * holds, per key, the figures the prose states for the year (to choose a split).
     */
    static void extract(String text, Map<String, List<Double>> said, Extraction out) {
        extract(text, said, Map.of(), out);
    }

    /** As above; {@code cumulativeSaid}: the all-years figures the prose states, to choose the cumulative column. */
    static void extract(String text, Map<String, List<Double>> said, Map<String, List<Double>> cumulativeSaid, Extraction out) {
        CompactView cv = new CompactView(text);
        int head = cv.compact.indexOf("指标名称");
        if (head < 0) head = cv.compact.indexOf("统计指标");
        if (head < 0) return;
        List<Hit> hits = labels(cv, head);
        if (hits.size() < 2) return;
        // the header, up to the first row: one column or two, and which one is the year's
        String header = cv.compact.substring(head, hits.get(0).start());
        int cumulative = header.indexOf("累计");
        java.util.regex.Matcher ym = YEAR_COLUMN.matcher(header);
        int year = ym.find() ? ym.start() : -1;
        boolean two = cumulative >= 0;
        boolean yearFirst = !two || year < 0 || year < cumulative;
        if (two && oneFigurePerRow(text, cv, hits)) {
            // the header names two columns but the rows print one figure each (a template that kept its header)
            two = false;
            yearFirst = true;
        }
        int width = two ? 2 : 1;

        int n = hits.size();
        List<List<Reading>> candidates = new ArrayList<>();
        int[] widths = new int[n];
        List<List<CellToken>> tokens = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Hit h = hits.get(i);
            widths[i] = width;
            int from = cv.clean(h.end() - 1) + 1;
            int to = i + 1 < n ? cv.clean(hits.get(i + 1).start()) : text.length();
            List<CellToken> t = RowText.flatTokens(text, from, to);
            tokens.add(t);
            List<Reading> c = new ArrayList<>(RowReadings.of(t, width, null).readings());
            if (two && c.size() > 1) c = byProse(c, h.row().key(), yearFirst, said, cumulativeSaid);
            candidates.add(c);
        }
        TableSolver.Result r = TableSolver.solve(candidates, widths, equations(hits, width), null);
        if (two) {
            // rows the sums leave open: the split whose cumulative figure is at least the year's, when only one is
            List<List<Reading>> narrowed = new ArrayList<>();
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                RowResult rr = r.rows().get(i);
                List<Reading> c = candidates.get(i);
                if (rr.status() == Status.AMBIGUOUS && !rr.alternatives().isEmpty()) {
                    List<Reading> ordered = ordered(rr.alternatives(), yearFirst);
                    if (ordered.size() == 1) {
                        c = ordered;
                        changed = true;
                    }
                }
                narrowed.add(c);
            }
            if (changed) {
                candidates = narrowed;
                r = TableSolver.solve(candidates, widths, equations(hits, width), null);
            }
        }
        int yearCol = yearFirst ? 0 : 1;
        for (int i = 0; i < n; i++) {
            Hit h = hits.get(i);
            String key = h.row().key();
            if (key == null) continue;
            RowResult rr = r.rows().get(i);
            if (rr.values() == null) {
                if (!tokens.get(i).isEmpty()) {
                    out.warn("table_cells_unparsed");
                    out.note(key + ": statistics table row not readable as " + width + " figure(s)");
                }
                continue;
            }
            if (rr.status() == Status.AMBIGUOUS && said != null && said.containsKey(key) && two) {
                // the text states the year's figure and no split of the row has it: the two readings disagree
                int yc = yearFirst ? 0 : 1;
                boolean any = rr.alternatives().stream().anyMatch(a -> said.get(key).contains(a.values()[yc]));
                if (!any) {
                    out.warn("text_table_conflict");
                    out.block(key);
                    List<String> alts = new ArrayList<>();
                    for (Reading a : rr.alternatives()) if (alts.size() < 4) alts.add(a.describe());
                    out.note(key + ": statistics table " + String.join(" or ", alts) + " vs text " + said.get(key));
                    continue;
                }
            }
            if (rr.status() == Status.AMBIGUOUS || rr.status() == Status.INCONSISTENT) {
                out.warn(rr.status() == Status.AMBIGUOUS ? "digits_ambiguous" : "digits_inconsistent");
                List<String> alts = new ArrayList<>();
                for (Reading a : rr.alternatives()) if (alts.size() < 4) alts.add(a.describe());
                out.note(key + ": statistics table splits " + String.join(" or ", alts));
            }
            double v = rr.values()[yearCol];
            if (Double.isNaN(v) || out.has(key) && !key.equals("fees_waived")) continue;
            Reading reading = rr.reading() != null ? rr.reading() : candidates.get(i).isEmpty() ? null : candidates.get(i).get(0);
            int offset = reading != null ? reading.offsets()[yearCol] : cv.clean(h.start());
            String how = two ? " [statistics table: " + (yearFirst ? "first" : "second") + " figure is the year's" : " [statistics table";
            if (reading != null && !reading.how().equals(Reading.PRINTED)) {
                how += "; " + Reading.SPLIT + " " + reading.describe();
                out.warn(Reading.SPLIT);
            }
            how += "]";
            String ev = RowLocator.snippet(text, cv.clean(h.start()), offset + 8) + how;
            if (key.equals("fees_waived")) {
                // fees and waivers together: only a zero says that no fee was collected
                if (v == 0 && !out.has("fees_collected_yuan")) {
                    out.put(new MetricValue("fees_collected_yuan", 0, MetricValue.TABLE, offset, ev));
                }
                continue;
            }
            // amounts in 元: the row's unit (万元 printed between label and figures) converts
            if (key.endsWith("_yuan")) {
                int from = cv.clean(h.end() - 1) + 1;
                int firstFigure = tokens.get(i).isEmpty() ? from : tokens.get(i).get(0).offset();
                if (text.substring(from, Math.max(from, firstFigure)).contains("万元")) v = Math.round(v * 10000 * 10000.0) / 10000.0;
            }
            out.put(new MetricValue(key, v, MetricValue.TABLE, offset, ev));
        }
    }

    /** Every row label after the header, the longer match winning where two overlap, until the table ends. */
    private static List<Hit> labels(CompactView cv, int head) {
        int limit = Math.min(cv.compact.length(), head + 2000);
        List<Hit> all = new ArrayList<>();
        for (Row r : ROWS) {
            for (String k : r.keywords()) {
                int i = head;
                while ((i = cv.compact.indexOf(k, i)) >= 0 && i < limit) {
                    all.add(new Hit(r, i, i + k.length()));
                    i += k.length();
                }
            }
        }
        all.sort(Comparator.comparingInt(Hit::start).thenComparing(h -> -(h.end() - h.start())));
        List<Hit> kept = new ArrayList<>();
        for (Hit h : all) {
            Hit last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null && h.start() < last.end()) continue; // inside a longer label
            // 同意公开答复数 inside 不同意公开答复数 is the other row
            if (h.row().key() != null && h.row().key().equals("outcome_disclosed") && h.start() > 0 && cv.compact.charAt(h.start() - 1) == '不') continue;
            kept.add(h);
        }
        // the table ends where the labels stop coming: a gap of more than a row's worth of text
        List<Hit> out = new ArrayList<>();
        java.util.Set<Row> seen = new java.util.HashSet<>();
        for (Hit h : kept) {
            if (!out.isEmpty() && h.start() - out.get(out.size() - 1).end() > 40) break;
            if (h.row().key() != null && !seen.add(h.row())) break; // a row twice: the prose after the table
            out.add(h);
        }
        return out;
    }

    /**
     * The splits of a two-column row that put a figure the prose states into its column (the year's, else the
     * all-years one); all of them when none does.
     */
    private static List<Reading> byProse(List<Reading> c, String key, boolean yearFirst, Map<String, List<Double>> said,
                                         Map<String, List<Double>> cumulativeSaid) {
        int y = yearFirst ? 0 : 1, cum = 1 - y;
        if (key == null) return c;
        List<Double> prose = said == null ? null : said.get(key);
        if (prose != null) {
            List<Reading> agree = c.stream().filter(r -> prose.contains(r.values()[y])).toList();
            if (!agree.isEmpty()) return agree;
        }
        List<Double> all = cumulativeSaid == null ? null : cumulativeSaid.get(key);
        if (all != null) {
            List<Reading> agree = c.stream().filter(r -> all.contains(r.values()[cum])).toList();
            if (!agree.isEmpty()) return agree;
        }
        return c;
    }

    /** The splits whose cumulative figure is at least the year's. */
    private static List<Reading> ordered(List<Reading> c, boolean yearFirst) {
        int y = yearFirst ? 0 : 1, cum = 1 - y;
        return c.stream().filter(r -> r.values()[cum] >= r.values()[y]).toList();
    }

    /**
     * Whether a table headed with two columns prints one figure per row: no row has two numbers apart, and some
     * row has a lone single digit (which cannot be two figures).
     */
    private static boolean oneFigurePerRow(String text, CompactView cv, List<Hit> hits) {
        int twoApart = 0, loneDigit = 0;
        for (int i = 0; i < hits.size(); i++) {
            int from = cv.clean(hits.get(i).end() - 1) + 1;
            int to = i + 1 < hits.size() ? cv.clean(hits.get(i + 1).start()) : text.length();
            List<CellToken> t = RowText.flatTokens(text, from, to);
            if (t.size() >= 2) twoApart++;
            if (t.size() == 1 && !t.get(0).blank() && t.get(0).digits().length() == 1) loneDigit++;
        }
        return twoApart == 0 && loneDigit > 0;
    }

    /** In each column: the channels add up to the requests, the replies to their total (where the table goes on). */
    private static List<Equation> equations(List<Hit> hits, int width) {
        List<Equation> eqs = new ArrayList<>();
        Map<String, List<Integer>> byRole = new LinkedHashMap<>();
        for (int i = 0; i < hits.size(); i++) {
            String role = hits.get(i).row().role();
            if (role != null) byRole.computeIfAbsent(role, k -> new ArrayList<>()).add(i);
        }
        List<Integer> requests = byRole.getOrDefault("requests", List.of()), channels = byRole.getOrDefault(CHANNEL, List.of());
        List<Integer> replies = byRole.getOrDefault("replies", List.of()), parts = byRole.getOrDefault(REPLY, List.of());
        Integer total = null;
        for (int i = 0; i < hits.size(); i++) if ("proactive_total".equals(hits.get(i).row().key())) total = i;
        for (int c = 0; c < width; c++) {
            // a channel of proactive disclosure is at most the total; a request channel at most the requests
            for (int i = 0; i < hits.size(); i++) {
                String k = hits.get(i).row().key();
                if (total != null && ("proactive_website".equals(k) || "proactive_gazette".equals(k))) {
                    eqs.add(new Equation(k + "<=total[" + c + "]", List.of(new Term(i, c, 1), new Term(total, c, -1)), true));
                }
            }
            if (requests.size() == 1) {
                for (int ch : channels) {
                    eqs.add(new Equation("channel<=requests[" + c + "]", List.of(new Term(ch, c, 1), new Term(requests.get(0), c, -1)), true));
                }
            }
            // a block is complete when a later row follows it: a table cut short after 电子邮件申请数 is not
            if (requests.size() == 1 && channels.size() >= 2 && !replies.isEmpty() && replies.get(0) > channels.get(channels.size() - 1)) {
                List<Term> t = new ArrayList<>();
                t.add(new Term(requests.get(0), c, 1));
                for (int ch : channels) t.add(new Term(ch, c, -1));
                eqs.add(new Equation("channels[" + c + "]", t));
            }
            if (replies.size() == 1 && parts.size() >= 3 && parts.get(parts.size() - 1) < hits.size() - 1) {
                List<Term> t = new ArrayList<>();
                t.add(new Term(replies.get(0), c, 1));
                for (int p : parts) t.add(new Term(p, c, -1));
                eqs.add(new Equation("replies[" + c + "]", t));
            }
        }
        return eqs;
    }

}
