package org.ogilens.understand;

import org.ogilens.understand.Gazetteer.Division;
import org.ogilens.understand.Gazetteer.HistoricalDivision;
import org.ogilens.understand.Gazetteer.HistoricalTownship;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Maps an issuer ("长春市宽城区人民政府", "上余镇", "广元市财政局") to a region of the gazetteer.
 *
 * <p>The issuer is read as a chain of place names (长春市 → 宽城区); the last one is the issuer's region and
 * the earlier ones must be its ancestors. Names are matched in full, or short with a level character
 * (宽城县 for 宽城满族自治县), or as historical names valid in the report year (± 1). A name that still fits
 * several places is narrowed by the division code of a unified social credit code found in the page, then by
 * which candidate's parent names the text mentions most. Anything still ambiguous is unresolved: null, never
 * a guess. Codes are the unit's latest: a county that became a district follows its successor code; a unit
 * merged into an existing one keeps its last code.
 */
public final class RegionResolver {
    private final Gazetteer gaz;

    public RegionResolver(Gazetteer gaz) {
        this.gaz = gaz;
    }

    /** A candidate place for one name: the current division (or the last one, for abolished units). */
    record Place(String code, String level, String province, String prefecture, String county, String township,
                 String codeAtReport) {
        Region toRegion() {
            return new Region(level, code, Objects.equals(codeAtReport, code) ? null : codeAtReport,
                    province, level.equals("province") ? null : emptyToNull(prefecture),
                    level.equals("county") || level.equals("township") ? emptyToNull(county) : null,
                    level.equals("township") ? township : null);
        }

        /** True when this place lies within (or is) the division with the given code. */
        boolean within(String code6or9) {
            String c = significant(code6or9);
            return this.code.startsWith(c) || (codeAtReport != null && codeAtReport.startsWith(c));
        }

        /** True when the other place is this place or one of its ancestors. */
        boolean hasAncestorOrSelf(Place other) {
            return within(other.code);
        }
    }

    /** The chain of place names at the start of an issuer string, and what follows it (the organ). */
    public record Chain(List<List<Place>> mentions, String organ) {}

    /** Resolves the first issuer string that yields a unique place; the others serve as context. */
    public Region resolve(List<String> issuers, String text, Integer year, List<String> creditDivisionCodes) {
        for (String issuer : issuers) {
            if (issuer == null || issuer.isBlank()) continue;
            Chain chain = chain(issuer, year);
            if (chain.mentions().isEmpty()) continue;
            List<Place> candidates = narrowByChain(chain.mentions());
            Place p = disambiguate(candidates, text, creditDivisionCodes, issuers);
            if (p != null) return p.toRegion();
            if (!candidates.isEmpty()) return null; // the issuer's own name is ambiguous: do not fall back to a guess
        }
        return null;
    }

    /**
     * The area a page names when no issuer string says where it is (财金局, 区公安局, 我局): the place the text names
     * most, at least twice and at least twice as often as any other; a zone counts as its host (平潭综合实验区 →
     * 平潭县). Names of three characters or more that denote one place, county level and above. Null otherwise.
     */
    public Region fromArea(String text, Integer year) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Place> byCode = new LinkedHashMap<>();
        int n = text.length();
        int max = Math.min(gaz.maxNameLength(), 20);
        for (int i = 0; i < n; i++) {
            if (!Character.isIdeographic(text.charAt(i))) continue;
            for (int len = Math.min(max, n - i); len >= 3; len--) {
                String t = text.substring(i, i + len);
                List<Place> places = areaPlaces(t, year);
                if (places.size() != 1) continue;
                Place p = places.get(0);
                counts.merge(p.code, 1, Integer::sum);
                byCode.putIfAbsent(p.code, p);
                i += len - 1;
                break;
            }
        }
        // the place named most, at least twice and at least twice as often as any other
        List<String> ranked = new ArrayList<>(counts.keySet());
        ranked.sort((a, b) -> counts.get(b) - counts.get(a));
        if (ranked.isEmpty() || counts.get(ranked.get(0)) < 2) return null;
        if (ranked.size() > 1 && counts.get(ranked.get(0)) < 2 * counts.get(ranked.get(1))) return null;
        return byCode.get(ranked.get(0)).toRegion();
    }

    /** Places a name of the text can be: zones (contextual aliases excluded), county-and-above divisions. */
    private List<Place> areaPlaces(String t, Integer year) {
        Gazetteer.Zone z = gaz.zone(t);
        if (z != null) {
            if (z.contextual() || z.hostCode() == null) return List.of();
            Division host = gaz.byCode(z.hostCode());
            return host == null ? List.of() : List.of(place(host, null));
        }
        List<Place> out = new ArrayList<>();
        for (Division d : gaz.byName(t)) if (!d.level().equals("township")) out.add(place(d, null));
        if (out.isEmpty()) {
            for (Gazetteer.HistoricalDivision h : gaz.historicalByName(t)) {
                if (h.status().equals("active") || year == null || !h.validIn(year, 1)) continue;
                Place p = historicalPlace(h);
                if (p != null && out.stream().noneMatch(q -> q.code.equals(p.code))) out.add(p);
            }
        }
        return out;
    }

    /** Reads place names from the first place-name position of the string on. */
    public Chain chain(String issuer, Integer year) {
        List<List<Place>> mentions = new ArrayList<>();
        int i = 0, n = issuer.length();
        int start = -1;
        while (i < n) {
            int[] len = new int[1];
            List<Place> places = longestAt(issuer, i, year, len, mentions.isEmpty() ? null : mentions.get(mentions.size() - 1));
            // away from the start, a two-character match is too likely an ordinary word
            if (!places.isEmpty() && start < 0 && i > 0 && len[0] < 3) places = List.of();
            if (places.isEmpty()) {
                if (start >= 0) break; // the chain ended
                i++;
                continue;
            }
            if (start < 0) start = i;
            mentions.add(places);
            i += len[0];
        }
        String organ = start < 0 ? issuer : issuer.substring(i);
        return new Chain(mentions, organ);
    }

    /**
     * The longest name at position i. After a parent name, only names of places within that parent count
     * (玉州区城北街道办事处: 城北街道 of 玉州区, not a 城北街道办 elsewhere).
     */
    private List<Place> longestAt(String s, int i, Integer year, int[] lenOut, List<Place> parent) {
        int max = Math.min(gaz.maxNameLength(), s.length() - i);
        for (int len = max; len >= 2; len--) {
            String t = s.substring(i, i + len);
            List<Place> places = placesForName(t, year, parent != null);
            if (parent != null) {
                places = places.stream().filter(p -> parent.stream().anyMatch(a -> p.hasAncestorOrSelf(a) && !a.code.equals(p.code))).toList();
            }
            if (!places.isEmpty()) {
                lenOut[0] = len;
                return places;
            }
        }
        return List.of();
    }

    List<Place> placesForName(String t, Integer year) {
        return placesForName(t, year, false);
    }

    /**
     * Every place a name can denote in the given year. A two-character township name (古乡, 绒乡) is too
     * word-like to stand alone; it counts only right after a parent name (波密县古乡).
     */
    List<Place> placesForName(String t, Integer year, boolean afterParent) {
        Map<String, Place> out = new LinkedHashMap<>();
        // a functional zone stands for its host division (平潭综合实验区 → 平潭县); a zone without one for nothing
        Gazetteer.Zone zone = gaz.zone(t);
        if (zone != null && !zone.contextual()) {
            Division host = zone.hostCode() == null ? null : gaz.byCode(zone.hostCode());
            return host == null ? List.of() : List.of(place(host, null));
        }
        for (Division d : gaz.byAlias(t)) add(out, place(d, null));
        for (Division d : gaz.byName(t)) {
            if (t.length() == 2 && d.level().equals("township") && !afterParent) continue;
            add(out, place(d, null));
        }
        // short name + level character: 宽城县 → 宽城满族自治县; a bare short name only for provinces (广西).
        char last = t.charAt(t.length() - 1);
        if (out.isEmpty() && t.length() >= 3 && "市县区旗".indexOf(last) >= 0) {
            for (Division d : gaz.byShortName(t.substring(0, t.length() - 1))) {
                // the level character must agree: 宽城县 is 宽城满族自治县, not 宽城区
                boolean sameKind = d.name().charAt(d.name().length() - 1) == last;
                if (sameKind && (d.level().equals("county") || d.level().equals("prefecture"))) add(out, place(d, null));
            }
        }
        if (out.isEmpty()) {
            for (Division d : gaz.byShortName(t)) if (d.level().equals("province")) add(out, place(d, null));
        }
        // historical county-and-above names valid in the report year
        for (HistoricalDivision h : gaz.historicalByName(t)) {
            if (h.status().equals("active")) continue; // already a current name
            if (year != null && !h.validIn(year, 1)) continue;
            if (year == null && h.validUntil() != 0 && h.validUntil() < 2008) continue;
            Place p = historicalPlace(h);
            if (p != null) add(out, p);
        }
        // townships renamed or removed since 2016
        if (year == null || year >= 2015) {
            for (HistoricalTownship ht : gaz.historicalTownships(t)) {
                if (year != null && year > ht.lastSeen() + 1) continue;
                Place p = historicalTownshipPlace(ht);
                if (p != null) add(out, p);
            }
        }
        dropRenumbered(out, t);
        return new ArrayList<>(out.values());
    }

    /**
     * A historical row whose name lives on under another code in the same province and prefecture is the same
     * unit renumbered (加格达奇区 232701 → 232761); its old code may now belong to another unit (漠河市 232701).
     */
    private void dropRenumbered(Map<String, Place> out, String name) {
        List<Place> current = new ArrayList<>();
        for (Division d : gaz.byName(name)) {
            if (out.containsKey(d.code())) current.add(out.get(d.code()));
        }
        if (current.isEmpty()) return;
        out.values().removeIf(p -> p.codeAtReport != null && !current.contains(p)
                && current.stream().anyMatch(c -> Objects.equals(c.province, p.province) && Objects.equals(c.prefecture, p.prefecture)
                        && c.level.equals(p.level)));
    }

    /** One candidate per current code; a historical match (it knows the code at report) replaces a current one. */
    private static void add(Map<String, Place> out, Place p) {
        Place had = out.get(p.code);
        if (had == null || (had.codeAtReport == null && p.codeAtReport != null)) out.put(p.code, p);
    }

    private Place place(Division d, String atReport) {
        return new Place(d.code(), d.level(), d.province(), d.prefecture(), d.county(),
                d.level().equals("township") ? d.name() : null, atReport);
    }

    /** The current place a historical code maps to (the unit's latest code), keeping the old code at report. */
    Place historicalPlace(HistoricalDivision h) {
        String latest = latestCode(h, 0);
        Division d = gaz.byCode(latest);
        if (d != null) {
            Place p = place(d, h.code());
            return p;
        }
        // abolished and merged away: keep its last code and its names of the time
        String prefecture = h.prefecture();
        return new Place(h.code(), h.level(), h.province(), prefecture,
                h.level().equals("county") ? h.name() : null, null, h.code());
    }

    /**
     * Follows an abolished code to its successor only where the successor is one new code created at that
     * moment for this unit alone (萧山市 330181 → 萧山区 330109); a merger into a unit that existed already,
     * or a split, keeps the last code (崇文区 110103).
     */
    String latestCode(HistoricalDivision h, int depth) {
        if (depth > 8) return h.code();
        if (!h.status().equals("abolished")) return h.code();
        String[] succ = h.successorCodes().isBlank() ? new String[0] : h.successorCodes().split(";");
        if (succ.length != 1) return h.code();
        String s = succ[0].replaceAll("\\[.*", "").trim();
        List<HistoricalDivision> sRows = gaz.historicalByCode(s);
        if (sRows.isEmpty()) return h.code();
        int sFrom = sRows.stream().mapToInt(HistoricalDivision::validFrom).min().orElse(0);
        if (Math.abs(sFrom - h.validUntil()) > 1) return h.code(); // successor existed before: a merger
        // another unit abolished into the same new code at the same time: a merger of several
        for (HistoricalDivision other : allAbolishedInto(s)) {
            if (!other.code().equals(h.code()) && Math.abs(other.validUntil() - h.validUntil()) <= 1) return h.code();
        }
        HistoricalDivision next = sRows.stream().filter(r -> r.validUntil() == 0)
                .findFirst().orElse(sRows.get(sRows.size() - 1));
        return latestCode(next, depth + 1);
    }

    private List<HistoricalDivision> allAbolishedInto(String code) {
        return gaz.abolishedInto(code);
    }

    /**
     * The current place of a township seen in 2016–2022. A township whose name lives on in the same county
     * under another code was renumbered: it is that division (NBS reassigns codes, 古乡 540424200 → 540424207,
     * and the old code may now belong to a neighbour). Otherwise the code lives on under a new name, or the
     * township is gone and keeps its last code.
     */
    private Place historicalTownshipPlace(HistoricalTownship t) {
        for (Division same : gaz.byName(t.name())) {
            if (same.level().equals("township") && t.countyCode().equals(same.parentCode())) return place(same, null);
        }
        Division d = gaz.byCode(t.code());
        if (d != null) return place(d, null); // renamed: the code lives on under its current name
        Division county = gaz.byCode(t.countyCode());
        if (county == null) return null;
        return new Place(t.code(), "township", county.province(), county.prefecture(),
                county.level().equals("county") ? county.name() : null, t.name(), t.code());
    }

    /** The place of a division code (6 digits), current or historical. */
    Place placeForCode(String code, Integer year) {
        Division d = gaz.byCode(code);
        if (d != null && !d.isPlaceholder()) return place(d, null);
        for (HistoricalDivision h : gaz.historicalByCode(code)) {
            if (year == null || h.validIn(year, 1)) return historicalPlace(h);
        }
        return null;
    }

    /** Keeps the candidates of the last name that lie within a candidate of every earlier name. */
    static List<Place> narrowByChain(List<List<Place>> mentions) {
        List<Place> last = mentions.get(mentions.size() - 1);
        List<Place> out = new ArrayList<>();
        for (Place p : last) {
            boolean ok = true;
            for (int m = 0; m < mentions.size() - 1 && ok; m++) {
                ok = mentions.get(m).stream().anyMatch(a -> p.hasAncestorOrSelf(a) && !a.code.equals(p.code));
            }
            if (ok) out.add(p);
        }
        return out;
    }

    private Place disambiguate(List<Place> found, String text, List<String> creditCodes, List<String> issuers) {
        if (found.size() <= 1) return found.isEmpty() ? null : found.get(0);
        List<Place> candidates = found;
        // a unit and an NBS pseudo-unit of the same name inside it (嘉峪关市 620200 and 620201): the unit
        List<Place> outer = found.stream().filter(p -> found.stream().noneMatch(q -> q != p
                && Objects.equals(nameOf(q), nameOf(p)) && p.hasAncestorOrSelf(q) && !p.code.equals(q.code))).toList();
        if (outer.size() == 1) return outer.get(0);
        if (!outer.isEmpty()) candidates = outer;
        // a township row named like a county-level unit (金门县 350527000, 西工区 of 获嘉县) yields to that unit
        if (candidates.stream().anyMatch(p -> !p.level.equals("township"))) {
            List<Place> kept = candidates.stream().filter(p -> !(p.level.equals("township") && p.township != null
                    && "区县市旗".indexOf(p.township.charAt(p.township.length() - 1)) >= 0)).toList();
            if (kept.size() == 1) return kept.get(0);
            if (!kept.isEmpty()) candidates = kept;
        }
        // 1. the division code of a unified social credit code: the issuer lies within it, or it within the issuer
        List<Place> byCode = new ArrayList<>();
        for (Place p : candidates) {
            for (String c : creditCodes) {
                Place cp = placeForCode(c, null);
                String cc = cp != null ? cp.code : c;
                if (p.within(cc) || cc.startsWith(significant(p.code))) {
                    byCode.add(p);
                    break;
                }
            }
        }
        if (byCode.size() == 1) return byCode.get(0);
        List<Place> pool = byCode.isEmpty() ? candidates : byCode;
        // 2. which candidate's parents does the page name most
        String context = String.join("\n", issuers) + "\n" + (text == null ? "" : text);
        int best = -1, bestScore = 0;
        boolean tie = false;
        for (int i = 0; i < pool.size(); i++) {
            int s = parentMentions(pool.get(i), context);
            if (s > bestScore) {
                bestScore = s;
                best = i;
                tie = false;
            } else if (s == bestScore && s > 0) {
                tie = true;
            }
        }
        return best >= 0 && !tie ? pool.get(best) : null;
    }

    private static String nameOf(Place p) {
        return switch (p.level) {
            case "province" -> p.province;
            case "prefecture" -> p.prefecture;
            case "county" -> p.county;
            default -> p.township;
        };
    }

    private static int parentMentions(Place p, String text) {
        int score = 0;
        List<String> names = new ArrayList<>();
        names.add(p.province);
        if (p.prefecture != null && !p.prefecture.isEmpty()) names.add(p.prefecture);
        if (p.level.equals("township") && p.county != null && !p.county.isEmpty()) names.add(p.county);
        for (String name : names) {
            score += count(text, name);
            String s = Gazetteer.shortName(name);
            if (s != null) score += count(text, s) - count(text, name);
        }
        return score;
    }

    private static int count(String text, String needle) {
        if (needle == null || needle.isEmpty()) return 0;
        int c = 0, i = 0;
        while ((i = text.indexOf(needle, i)) >= 0) {
            c++;
            i += needle.length();
        }
        return c;
    }

    /** The significant prefix of a division code: 2 digits for a province, 4 for a prefecture, else all. */
    static String significant(String code) {
        if (code.length() == 6 && code.endsWith("0000")) return code.substring(0, 2);
        if (code.length() == 6 && code.endsWith("00")) return code.substring(0, 4);
        return code;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
