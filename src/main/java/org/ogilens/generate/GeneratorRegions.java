package org.ogilens.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Issuers for synthetic reports, drawn from the gazetteer's current divisions at every level. Reads the CSV
 * with its own code (not the job's Gazetteer or RegionResolver), so that a generated report's truth does not
 * depend on the code under test.
 */
final class GeneratorRegions {
    /** One division: code, name, level and the names along its hierarchy, as the gazetteer gives them. */
    record Division(String code, String name, String level, String parentCode, String province, String prefecture,
                    String county) {}

    /** Names that are not bodies with a 人民政府 (NBS statistical units): not used as issuers. */
    private static final String[] NOT_A_GOVERNMENT = {"开发区", "高新", "管理区", "管委会", "经济", "工业", "新区", "农场",
            "示范区", "园区", "林场", "牧场", "办事处", "片区", "矿区", "特区", "实验区", "合作区", "旅游区", "风景区",
            "渔场", "茶场", "监狱", "基地", "港区", "保税", "城区", "虚拟", "产业", "市辖区", "直辖", "园", "（", "(", "科技城"};

    private final Map<String, List<Division>> byLevel = new HashMap<>();
    private final Map<String, Division> byCode = new HashMap<>();
    private final Map<String, Integer> nameCount = new HashMap<>();
    private final Map<String, Integer> validFrom = new HashMap<>();

    private static GeneratorRegions instance;

    static synchronized GeneratorRegions get() {
        if (instance == null) instance = new GeneratorRegions();
        return instance;
    }

    private GeneratorRegions() {
        try (InputStream in = GeneratorRegions.class.getResourceAsStream("/gazetteer/divisions.csv")) {
            if (in == null) throw new IllegalStateException("gazetteer/divisions.csv not on the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split(",", -1);
                if (f.length < 7) continue;
                Division d = new Division(f[0], f[1], f[2], f[3], f[4], emptyToNull(f[5]), emptyToNull(f[6]));
                byCode.put(d.code(), d);
                nameCount.merge(d.level() + ":" + d.name(), 1, Integer::sum);
                nameCount.merge("in:" + d.parentCode() + ":" + d.name(), 1, Integer::sum);
                if (usable(d)) byLevel.computeIfAbsent(d.level(), k -> new ArrayList<>()).add(d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream in = GeneratorRegions.class.getResourceAsStream("/gazetteer/historical.csv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split(",", -1);   // code,name,level,province,prefecture,status,valid_from,…
                if (f.length < 7 || f[6].isEmpty()) continue;
                validFrom.merge(f[0] + ":" + f[1], Integer.parseInt(f[6]), Math::min);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the division and its ancestors bore their current code and name in that year. */
    boolean existedIn(Division d, int year) {
        for (Division x = d; x != null; x = x.parentCode().isEmpty() ? null : byCode.get(x.parentCode())) {
            if (x.level().equals("township")) continue;
            Integer from = validFrom.get(x.code() + ":" + x.name());
            if (from != null && from >= year) return false;   // a name new that year is still rare in its reports
        }
        return true;
    }

    private static boolean usable(Division d) {
        for (String s : NOT_A_GOVERNMENT) {
            if (d.name().contains(s) || (d.county() != null && d.county().contains(s))) return false;
        }
        if (d.level().equals("prefecture") && d.name().equals("县")) return false; // 重庆's placeholder row
        // NBS pseudo-counties that repeat their city (嘉峪关市 620201 under 620200)
        if (d.level().equals("county") && d.name().equals(d.prefecture())) return false;
        // a township needs a county above it (东莞, 中山, 儋州 have none: their towns are named with the city)
        return !d.level().equals("township") || d.county() != null;
    }

    private static String emptyToNull(String s) { return s.isEmpty() ? null : s; }

    /** A division of that level that existed under its current name in the report year. */
    Division pick(String level, int year, Random r) {
        List<Division> l = byLevel.get(level);
        Division d = l.get(r.nextInt(l.size()));
        for (int tries = 0; tries < 100 && !existedIn(d, year); tries++) d = l.get(r.nextInt(l.size()));
        return d;
    }

    Division parent(Division d) { return byCode.get(d.parentCode()); }

    Division byCode(String code) { return byCode.get(code); }

    /** True when no other division of the same level carries the same name anywhere in the country. */
    boolean uniqueName(Division d) { return nameCount.getOrDefault(d.level() + ":" + d.name(), 0) == 1; }

    /** True when the township's name is unique among the townships of its county. */
    boolean uniqueInCounty(Division township) {
        return nameCount.getOrDefault("in:" + township.parentCode() + ":" + township.name(), 0) == 1;
    }
}
