package org.ogilens.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Everything extracted from one report: figures with evidence, the requests grid, warnings. */
public final class Extraction {
    private final Map<String, MetricValue> values = new LinkedHashMap<>();
    private final List<GridCell> grid = new ArrayList<>();
    private final Set<String> warnings = new LinkedHashSet<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, String> tables = new LinkedHashMap<>();

    public Map<String, MetricValue> values() { return values; }

    public List<GridCell> grid() { return grid; }

    public Set<String> warnings() { return warnings; }

    /** Free-form details behind warnings (e.g. both values of a text_table_conflict). */
    public List<String> notes() { return notes; }

    public Double get(String key) {
        MetricValue v = values.get(key);
        return v == null ? null : v.value();
    }

    public boolean has(String key) { return values.containsKey(key); }

    public void put(MetricValue v) {
        if (!Metrics.isKey(v.key())) throw new IllegalArgumentException("unknown metric " + v.key());
        values.put(v.key(), v);
    }

    public void warn(String code) { warnings.add(code); }

    public void note(String s) { notes.add(s); }

    /**
     * How each standard table was read ({@code requests}, {@code review}): complete (every cell read, every
     * identity holds), source_inconsistent (every cell read, the source breaks an identity), digits_ambiguous,
     * digits_inconsistent, incomplete, image_only or absent. The label-free quality measure.
     */
    public Map<String, String> tables() { return tables; }

    public void table(String table, String status) { tables.put(table, status); }

    private final Set<String> blocked = new LinkedHashSet<>();

    /** A key no reading may fill: the table and the text disagree about it in a way a later stage cannot see. */
    public void block(String key) { blocked.add(key); }

    public boolean blocked(String key) { return blocked.contains(key); }
}
