package org.ogilens.understand;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Chinese administrative divisions from the bundled gazetteer (resources/gazetteer, see its README for
 * sources and licences): current divisions at every level, county-and-above codes since 1981 with their
 * validity years, and townships renamed or removed since 2016. Loaded once per JVM on first use.
 */
public final class Gazetteer {

    /** A current division (divisions.csv). */
    public record Division(String code, String name, String level, String parentCode,
                           String province, String prefecture, String county) {
        public boolean isPlaceholder() {
            return name.equals("市辖区") || name.equals("县") || name.endsWith("直辖县级行政区划");
        }
    }

    /** A historical code period (historical.csv). validUntil 0 = still valid. */
    public record HistoricalDivision(String code, String name, String level, String province, String prefecture,
                                     String status, int validFrom, int validUntil, String successorCodes) {
        public boolean validIn(int year, int slack) {
            return validFrom - slack <= year && (validUntil == 0 || year < validUntil + slack);
        }
    }

    /** A township gone or renamed since 2016 (historical_townships.csv). */
    public record HistoricalTownship(String code, String name, String countyCode, String county,
                                     int firstSeen, int lastSeen, String currentName) {}

    private static volatile Gazetteer instance;

    private final Map<String, Division> byCode = new HashMap<>();
    private final Map<String, List<Division>> byName = new HashMap<>();
    private final Map<String, List<Division>> byShortName = new HashMap<>();
    private final Map<String, List<HistoricalDivision>> historicalByName = new HashMap<>();
    private final Map<String, List<HistoricalDivision>> historicalByCode = new HashMap<>();
    private final Map<String, List<HistoricalTownship>> historicalTownshipsByName = new HashMap<>();
    private final Map<String, List<HistoricalDivision>> abolishedInto = new HashMap<>();
    private int maxNameLength;
    private final Map<String, Zone> zones = new HashMap<>();
    private final Map<String, List<Division>> aliases = new HashMap<>();
    private final Map<String, List<String>> oneOff = new HashMap<>();

    /**
     * A functional zone that is not a division (zones.csv): 平潭综合实验区, 舟山群岛新区 … and its host division, or
     * null where the zone spans several divisions. A contextual alias (实验区) stands for the zone only on a page that
     * names the zone in full.
     */
    public record Zone(String name, String hostCode, boolean contextual, String source) {}

    /** Level suffixes that a place is often named without: 宽城(区), 广元(市), 广西(壮族自治区). Longest first. */
    private static final String[] SUFFIXES = {"特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "新区", "林区",
            "街道", "苏木", "省", "市", "县", "区", "旗", "盟", "镇", "乡"};
    /** Ethnic names that stand before 自治… in a place name (满族 in 宽城满族自治县). */
    private static final Pattern ETHNIC = Pattern.compile("(?:各族|蒙古族|维吾尔族|哈萨克族|柯尔克孜族|塔吉克族|乌孜别克族|俄罗斯族|"
            + "鄂温克族|鄂伦春族|达斡尔族|土家族|布依族|朝鲜族|傈僳族|拉祜族|纳西族|景颇族|仫佬族|毛南族|仡佬族|撒拉族|东乡族|"
            + "保安族|裕固族|塔塔尔族|独龙族|赫哲族|门巴族|珞巴族|基诺族|普米族|阿昌族|德昂族|布朗族|高山族|"
            + "[满回藏苗彝壮侗瑶白哈傣黎佤畲水土羌锡怒京]族)+$");

    public static Gazetteer get() {
        Gazetteer g = instance;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = instance;
                if (g == null) {
                    g = new Gazetteer();
                    instance = g;
                }
            }
        }
        return g;
    }

    private Gazetteer() {
        for (String[] r : csv("gazetteer/divisions.csv")) {
            Division d = new Division(r[0], r[1], r[2], r[3], r[4], r[5], r[6]);
            byCode.put(d.code(), d);
            if (d.isPlaceholder()) continue;
            byName.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
            maxNameLength = Math.max(maxNameLength, d.name().length());
            String s = shortName(d.name());
            if (s != null) byShortName.computeIfAbsent(s, k -> new ArrayList<>()).add(d);
        }
        for (String[] r : csv("gazetteer/historical.csv")) {
            HistoricalDivision h = new HistoricalDivision(r[0], r[1], r[2], r[3], r[4], r[5],
                    parseYear(r[6]), parseYear(r[7]), r.length > 8 ? r[8] : "");
            historicalByName.computeIfAbsent(h.name(), k -> new ArrayList<>()).add(h);
            historicalByCode.computeIfAbsent(h.code(), k -> new ArrayList<>()).add(h);
            if (h.status().equals("abolished") && !h.successorCodes().isBlank()) {
                for (String s : h.successorCodes().split(";")) {
                    abolishedInto.computeIfAbsent(s.replaceAll("\\[.*", "").trim(), k -> new ArrayList<>()).add(h);
                }
            }
            maxNameLength = Math.max(maxNameLength, h.name().length());
        }
        for (String[] r : csv("gazetteer/zones.csv")) {
            String host = r[2].isBlank() ? null : r[2];
            Zone z = new Zone(r[0], host, false, r.length > 4 ? r[4] : "");
            zones.put(r[0], z);
            for (String a : r[1].split("\\|")) if (!a.isBlank()) zones.put(a, new Zone(r[0], host, false, z.source()));
            for (String a : r[3].split("\\|")) if (!a.isBlank()) zones.put(a, new Zone(r[0], host, true, z.source()));
            for (String n : zones.keySet()) maxNameLength = Math.max(maxNameLength, n.length());
        }
        // NBS zone units under their short names: 长春经济技术开发区 → 长春经开区, 吉林高新技术产业开发区 → 吉林高新区
        for (Division d : byCode.values()) {
            if (d.isPlaceholder() || d.level().equals("township")) continue;
            String n = d.name();
            for (String[] rule : ZONE_SHORT) {
                if (!n.endsWith(rule[0]) || n.length() <= rule[0].length() + 1) continue;
                String alias = n.substring(0, n.length() - rule[0].length()) + rule[1];
                if (!byName.containsKey(alias)) aliases.computeIfAbsent(alias, k -> new ArrayList<>()).add(d);
            }
        }
        // names with one character replaced by '*', for names mistyped (or misread) in one character
        for (String n : byName.keySet()) {
            if (n.length() < 4) continue;
            for (int i = 0; i < n.length(); i++) {
                oneOff.computeIfAbsent(n.substring(0, i) + '*' + n.substring(i + 1), k -> new ArrayList<>(1)).add(n);
            }
        }
        for (String[] r : csv("gazetteer/historical_townships.csv")) {
            HistoricalTownship t = new HistoricalTownship(r[0], r[1], r[2], r[3], parseYear(r[4]), parseYear(r[5]),
                    r.length > 6 ? r[6] : "");
            historicalTownshipsByName.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(t);
        }
    }

    /** The name without its level suffix, or null when too little would remain. */
    public static String shortName(String name) {
        String s = null;
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                s = name.substring(0, name.length() - suffix.length());
                break;
            }
        }
        if (s == null) return null;
        s = ETHNIC.matcher(s).replaceFirst("");
        return s.length() < 2 ? null : s;
    }

    /** Short forms of NBS zone units' names. */
    private static final String[][] ZONE_SHORT = {{"经济技术开发区", "经开区"}, {"高新技术产业开发区", "高新区"},
            {"高新技术产业园区", "高新区"}, {"经济开发区", "经开区"}};

    public Division byCode(String code) { return byCode.get(code); }

    /** The zone a name or alias denotes, or null. */
    public Zone zone(String name) { return zones.get(name); }

    /** Every zone name and alias, longest first (to find them in text). */
    public List<String> zoneNames() {
        List<String> out = new ArrayList<>(zones.keySet());
        out.sort((a, b) -> b.length() - a.length());
        return out;
    }

    /** NBS zone units known by a short form of their name (长春经开区). */
    public List<Division> byAlias(String alias) { return aliases.getOrDefault(alias, Collections.emptyList()); }

    /** Current names that differ from {@code s} in exactly one character (names of four characters or more). */
    public List<String> oneCharacterOff(String s) {
        if (s.length() < 4) return List.of();
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (int i = 0; i < s.length(); i++) {
            for (String n : oneOff.getOrDefault(s.substring(0, i) + '*' + s.substring(i + 1), List.of())) if (!n.equals(s)) out.add(n);
        }
        return new ArrayList<>(out);
    }

    public List<Division> byName(String name) { return byName.getOrDefault(name, Collections.emptyList()); }

    public List<Division> byShortName(String shortName) { return byShortName.getOrDefault(shortName, Collections.emptyList()); }

    public List<HistoricalDivision> historicalByName(String name) { return historicalByName.getOrDefault(name, Collections.emptyList()); }

    public List<HistoricalDivision> historicalByCode(String code) { return historicalByCode.getOrDefault(code, Collections.emptyList()); }

    public List<HistoricalTownship> historicalTownships(String name) {
        return historicalTownshipsByName.getOrDefault(name, Collections.emptyList());
    }

    /** Abolished records that name this code among their successors. */
    public List<HistoricalDivision> abolishedInto(String code) {
        return abolishedInto.getOrDefault(code, Collections.emptyList());
    }

    public int maxNameLength() { return maxNameLength; }

    private static int parseYear(String s) {
        return s == null || s.isEmpty() ? 0 : Integer.parseInt(s.trim());
    }

    private static List<String[]> csv(String resource) {
        InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing resource " + resource);
        List<String[]> rows = new ArrayList<>(50_000);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = r.readLine(); // header
            while ((line = r.readLine()) != null) {
                if (line.isEmpty()) continue;
                rows.add(line.split(",", resource.endsWith("zones.csv") ? 5 : -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
