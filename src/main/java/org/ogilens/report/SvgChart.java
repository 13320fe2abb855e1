package org.ogilens.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * A line chart as inline SVG: no script, no network, rendered by any browser as it opens the file. Every label is
 * escaped. Series with a single point show as a dot; a missing year breaks the line.
 */
public final class SvgChart {
    /** Colours of the series, in order (the first is the one a screenshot test looks for). */
    public static final String[] PALETTE = {"#d62728", "#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2"};

    private final String title;
    private final boolean percent;
    private final Map<String, SortedMap<Integer, Double>> series = new LinkedHashMap<>();
    private int width = 620, height = 260;

    public SvgChart(String title, boolean percent) {
        this.title = title;
        this.percent = percent;
    }

    public SvgChart size(int w, int h) {
        this.width = w;
        this.height = h;
        return this;
    }

    public SvgChart series(String name, SortedMap<Integer, Double> points) {
        series.put(name, points);
        return this;
    }

    public boolean isEmpty() { return series.values().stream().allMatch(Map::isEmpty); }

    public String render() {
        TreeSet<Integer> years = new TreeSet<>();
        double max = 0;
        for (SortedMap<Integer, Double> s : series.values()) {
            years.addAll(s.keySet());
            for (Double v : s.values()) if (v != null) max = Math.max(max, v);
        }
        double top = percent ? 1 : niceCeiling(max); // shares are drawn on 0–100 % so that charts compare
        int left = 54, right = 12, upper = 28, lower = 36 + (series.size() > 1 ? 18 * ((series.size() + 2) / 3) : 0);
        int h = height + (lower - 36);
        double plotW = width - left - right, plotH = height - upper - 36;
        int y0 = years.isEmpty() ? 0 : years.first(), y1 = years.isEmpty() ? 0 : years.last();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">",
                width, h, width, h));
        b.append("<title>").append(Html.escape(title)).append("</title>");
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"16\" class=\"ct\">%s</text>", left, Html.escape(title)));
        for (int i = 0; i <= 4; i++) {
            double v = top * i / 4, y = upper + plotH - plotH * i / 4;
            b.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" class=\"grid\"/>", left, left + plotW, y, y));
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" class=\"yl\">%s</text>", left - 4, y + 4, Html.escape(label(v))));
        }
        List<Integer> ticks = new ArrayList<>(years);
        int step = Math.max(1, (int) Math.ceil(ticks.size() / (plotW / 44)));
        for (int i = 0; i < ticks.size(); i += step) {
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" class=\"xl\">%d</text>", x(ticks.get(i), y0, y1, left, plotW),
                    upper + plotH + 16, ticks.get(i)));
        }
        int k = 0;
        for (Map.Entry<String, SortedMap<Integer, Double>> s : series.entrySet()) {
            String colour = PALETTE[k % PALETTE.length];
            StringBuilder path = new StringBuilder();
            Integer last = null;
            for (Map.Entry<Integer, Double> p : s.getValue().entrySet()) {
                if (p.getValue() == null) continue;
                double px = x(p.getKey(), y0, y1, left, plotW), py = upper + plotH - plotH * p.getValue() / top;
                path.append(last != null && years.subSet(last, false, p.getKey(), false).isEmpty() ? " L" : " M")
                        .append(String.format(Locale.ROOT, "%.1f %.1f", px, py));
                b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s %d: %s</title></circle>",
                        px, py, colour, Html.escape(s.getKey()), p.getKey(), Html.escape(label(p.getValue()))));
                last = p.getKey();
            }
            if (path.length() > 0) {
                b.append("<path d=\"").append(path.toString().trim()).append("\" fill=\"none\" stroke=\"").append(colour)
                        .append("\" stroke-width=\"2.5\"/>");
            }
            if (series.size() > 1) {
                double lx = left + (k % 3) * (plotW / 3), ly = height + 4 + 18 * (k / 3);
                b.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"4\" fill=\"%s\"/>", lx, ly - 4, colour));
                b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" class=\"lg\">%s</text>", lx + 16, ly, Html.escape(s.getKey())));
            }
            k++;
        }
        if (years.isEmpty()) {
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" class=\"xl\">no data</text>", left + plotW / 2, upper + plotH / 2));
        }
        return b.append("</svg>").toString();
    }

    private String label(double v) {
        if (percent) return String.format(Locale.ROOT, "%.0f%%", v * 100);
        if (v >= 1_000_000) return String.format(Locale.ROOT, "%.1fM", v / 1e6);
        if (v >= 10_000) return v % 1000 == 0 ? String.format(Locale.ROOT, "%.0fk", v / 1e3) : String.format(Locale.ROOT, "%.1fk", v / 1e3);
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static double x(int year, int y0, int y1, int left, double plotW) {
        return y1 == y0 ? left + plotW / 2 : left + plotW * (year - y0) / (y1 - y0);
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least {@code v}. */
    static double niceCeiling(double v) {
        if (v <= 0) return 1;
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[]{1, 2, 2.5, 5, 10}) if (m * p >= v) return m * p;
        return 10 * p;
    }
}
