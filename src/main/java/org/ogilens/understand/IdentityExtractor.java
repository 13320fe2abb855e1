package org.ogilens.understand;

import static org.ogilens.clean.Strings.containsAny;
import static org.ogilens.clean.Strings.indexOfAny;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Title, year, dates, period, layout generation, issuer and region of one cleaned report text. */
public final class IdentityExtractor {
    public static final String FREE_TEXT = "free_text", STD_2019 = "std_2019", STD_2021 = "std_2021";

    private static final Pattern YEAR_BEFORE_REPORT = Pattern.compile("((?:19|20)\\d{2})\\s*年度?[^。\\n,]{0,24}?(?:年度报告|年报|工作报告|情况总结|工作总结)");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern PERIOD = Pattern.compile(
            "(?:统计|期限|时限|期间)[^。\\n]{0,16}?((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日[^。\\n\\d]{0,6}?(?:至|到|—|-|~)\\s*"
                    + "(?:((?:19|20)\\d{2})年)?(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern RANGE = Pattern.compile(
            "((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日(?:起)?(?:至|到|—|~)\\s*(?:((?:19|20)\\d{2})年)?(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern CREDIT_CODE = Pattern.compile(
            "(?<![0-9A-Z])([0-9A-HJ-NP-RTUWXY]{2}\\d{6}[0-9A-HJ-NP-RTUWXY]{10})(?![0-9A-Z])");
    private static final Pattern SIGNATURE = Pattern.compile(
            "^[\\p{IsHan}()]{2,30}(?:人民政府|人民政府办公室|政府办公室|政府办|政府|局|委员会|委|办公室|办事处|管委会|管理委员会|镇|乡|街道)$");
    private static final Pattern ORGAN_DEPARTMENT = Pattern.compile(
            "(局|厅|委员会|委|办公室|办|中心|院|署|所|站|队|处|馆|公司|集团|总局|分局|支队|大队)$");
    private static final Pattern ORGAN_GOVERNMENT = Pattern.compile(
            "^(人民政府|人民政府办公室|人民政府办公厅|政府|政府办公室|政府办公厅|政府办|街道办事处|办事处|"
                    + "管委会|管理委员会|管委会办公室|管理委员会办公室|行政公署|公署|人民政府街道办事处)?$");

    private final RegionResolver resolver;

    public IdentityExtractor(RegionResolver resolver) {
        this.resolver = resolver;
    }

    public Identity extract(String text) {
        List<String> warnings = new ArrayList<>();
        String head = text.length() > 4000 ? text.substring(0, 4000) : text;
        PageMetadata meta = PageMetadata.of(text);
        String title = findTitle(head);
        if (meta.title() != null && yearOf(meta.title()) != null && isReportTitle(meta.title())
                && (title == null || yearOf(title) == null)) {
            title = meta.title();
        }
        Integer year = yearOf(title);
        String compact = text.replaceAll("\\s+", "");
        String[] period = period(compact, year);
        if (year == null) {
            Matcher m = YEAR_BEFORE_REPORT.matcher(ChineseDigits.arabicYears(head));
            if (m.find()) year = Integer.parseInt(m.group(1));
        }
        if (year == null && period != null) {
            int y1 = Integer.parseInt(period[0].substring(0, 4));
            int y2 = Integer.parseInt(period[1].substring(0, 4));
            if (y1 == y2) year = y1;
        }
        if (year == null) warnings.add("year_unresolved");
        if (period == null && year != null) period = period(compact, year);

        String publishDate = meta.publishDate();
        String format = format(text, year);

        // issuer candidates, most trusted first: the title, the page's organ fields, the signature, the breadcrumb
        List<String> issuers = new ArrayList<>();
        String fromTitle = issuerFromTitle(title);
        if (fromTitle != null) issuers.add(fromTitle);
        issuers.addAll(meta.organs());
        if (meta.signatureOrgan() != null) issuers.add(meta.signatureOrgan());
        issuers.addAll(signatures(text));
        if (meta.breadcrumb() != null) issuers.addAll(organsIn(meta.breadcrumb(), year));
        expandContextualZones(issuers, text);
        List<String> creditCodes = creditDivisionCodes(head);

        Region region = resolver.resolve(issuers, text, year, creditCodes);
        if (region == null) {
            // an issuer without a place (财金局, 区公安局): the area the page names, its site first
            if (meta.site() != null) region = resolver.resolve(List.of(meta.site()), text, year, creditCodes);
            if (region == null) region = resolver.fromArea(text, year);
            if (region != null) warnings.add("region_from_text");
        }
        if (region == null) {
            warnings.add("region_unresolved");
            String zone = hostlessZone(text);
            if (zone != null) warnings.add("zone_host_unclear");
        }
        String issuer = chooseIssuer(issuers, year);
        String kind = issuerKind(issuer, year);

        boolean derived = false;
        if (title == null) {
            derived = true;
            String who = issuer != null ? issuer : "";
            title = who + (year != null ? year + "年" : "") + "政府信息公开工作年度报告";
        }
        return new Identity(title, derived, year, publishDate,
                period == null ? null : period[0], period == null ? null : period[1],
                format, issuer, kind, region, warnings);
    }

    private static boolean isReportTitle(String t) {
        return (t.contains("年度报告") || t.contains("年报") || t.contains("工作报告") || t.contains("工作情况") || t.contains("总结"))
                && t.contains("公开");
    }

    /** 实验区财政金融局 on a page that names 平潭综合实验区: the zone's full name. */
    private void expandContextualZones(List<String> issuers, String text) {
        Gazetteer g = Gazetteer.get();
        for (int i = 0; i < issuers.size(); i++) {
            String s = issuers.get(i);
            for (String alias : g.zoneNames()) {
                Gazetteer.Zone z = g.zone(alias);
                if (!z.contextual() || !s.startsWith(alias) || s.startsWith(z.name()) || !text.contains(z.name())) continue;
                issuers.set(i, z.name() + s.substring(alias.length()));
                break;
            }
        }
    }

    /** A zone the page names that has no single host division (福州新区), or null. */
    private static String hostlessZone(String text) {
        Gazetteer g = Gazetteer.get();
        for (String n : g.zoneNames()) {
            Gazetteer.Zone z = g.zone(n);
            if (z.hostCode() == null && !z.contextual() && text.contains(n)) return z.name();
        }
        return null;
    }

    /** Organ names in a breadcrumb (首页 政务公开 … 平潭综合实验区财政金融局 政府信息公开年报): a place and an organ. */
    private List<String> organsIn(String breadcrumb, Integer year) {
        List<String> out = new ArrayList<>();
        Matcher m = BREADCRUMB_ORGAN.matcher(breadcrumb.replaceAll("\\s+", ""));
        while (m.find()) {
            String o = m.group(1);
            for (int i = 0; i < o.length() - 2; i++) {
                String tail = o.substring(i);
                if (!resolver.chain(tail, year).mentions().isEmpty() && resolver.chain(tail, year).organ().length() >= 1
                        && tail.indexOf(resolver.chain(tail, year).organ()) > 0) {
                    out.add(tail);
                    break;
                }
            }
        }
        return out;
    }

    private static final Pattern BREADCRUMB_ORGAN = Pattern.compile(
            "([\\p{IsHan}]{3,30}?(?:人民政府办公室|人民政府|管委会办公室|管委会|管理委员会|委员会|局|委|办公室|办|中心|镇|乡|街道))(?=政府信息公开|信息公开|年报|年度报告|>|$)");

    /** A short line near the top that names the report (not a sentence that mentions it). */
    static String findTitle(String head) {
        String[] lines = head.split("\n");
        int seen = 0;
        String previous = null;
        String withoutYear = null;
        for (String raw : lines) {
            String line = raw.replace('\t', ' ').trim().replaceAll("(?<=[\\p{IsHan}\\d]) +(?=[\\p{IsHan}])|(?<=[\\p{IsHan}]) +(?=\\d)", "");
            String before = previous;
            if (!line.isEmpty()) previous = line;
            if (line.isEmpty()) continue;
            if (++seen > 40) break;
            // a body scraped onto one line starts with its title: take it up to the first 报告
            if (line.length() > 80) {
                int end = line.indexOf("报告");
                if (end < 8 || end > 78) continue;
                line = line.substring(0, end + 2);
            }
            if (line.length() < 8) continue;
            // breadcrumb navigation (首页 > 信息公开 > 年度报告) names the page's section, not the report
            if (line.contains(">") || line.contains("首页") || line.contains("位置:")) continue;
            if (!(line.contains("年度报告") || line.contains("年报") || line.contains("工作报告") || line.contains("情况总结")
                    || line.contains("工作总结") || line.contains("工作情况"))) continue;
            if (!line.contains("公开")) continue;
            if (line.startsWith("根据") || line.startsWith("本报告") || line.startsWith("本年度") || line.contains("|")) continue;
            char last = line.charAt(line.length() - 1);
            if (last == '。' || last == ',' || last == ';' || last == ':' || last == '、') continue;
            if (line.contains("。")) continue;
            line = line.replaceFirst("^(标题|题目|名称)\\s*[:]\\s*", "");
            // a title broken over two lines: the issuer above, the year and the words below (PDF layouts)
            if (issuerFromTitle(line) == null && before != null && before.length() <= 30
                    && before.matches("[\\p{IsHan}()]+") && !before.contains("公开")) {
                line = before + line;
            }
            if (yearOf(line) != null) return line;
            if (withoutYear == null) withoutYear = line;
        }
        return withoutYear;
    }

    static Integer yearOf(String title) {
        if (title == null) return null;
        Matcher m = YEAR.matcher(ChineseDigits.arabicYears(title));
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The statistical period [start, end] as ISO dates, or null when the text does not state it. */
    static String[] period(String text) {
        return period(text, null);
    }

    /**
     * The statistical period: a date range under 统计 (期限, 时限), or, in the report year, a whole calendar year
     * stated anywhere (2010年1月1日至2010年12月31日，本局共主动公开…). {@code 自2016月1日起至2016年12月31日} (the 年 of
     * 1月 left out) is read as from 1 January.
     */
    static String[] period(String text, Integer year) {
        String t = ChineseDigits.arabicYears(text).replaceAll("(?<=(?:19|20)\\d{2})月1日起", "年1月1日起");
        Matcher m = PERIOD.matcher(t);
        if (m.find()) {
            String[] p = range(m);
            if (p != null) return p;
        }
        if (year == null) return null;
        Matcher r = RANGE.matcher(t);
        while (r.find()) {
            String[] p = range(r);
            if (p != null && p[0].equals(year + "-01-01") && p[1].equals(year + "-12-31")) return p;
        }
        return null;
    }

    private static String[] range(Matcher m) {
        String y2 = m.group(4) != null ? m.group(4) : m.group(1);
        String start = isoDate(m.group(1), m.group(2), m.group(3));
        String end = isoDate(y2, m.group(5), m.group(6));
        if (start == null || end == null || end.compareTo(start) < 0) return null;
        return new String[]{start, end};
    }

    static String format(String text, Integer year) {
        boolean std2021 = containsAny(text, "本年制发件数", "现行有效件数", "本年废止件数", "本年处理决定数量", "本年收费金额",
                "逾期不补正", "逾期未按收费通知");
        boolean std2019 = containsAny(text, "本年新制作数量", "对外公开总数量", "本年新公开数量", "上一年项目数量", "采购总金额");
        boolean outline = containsAny(text, "收到和处理政府信息公开申请", "本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量",
                "政府信息公开行政复议、行政诉讼情况");
        if (std2021 && !std2019) return STD_2021;
        if (std2019 && !std2021) return STD_2019;
        if (std2021) return year != null && year <= 2020 ? STD_2019 : STD_2021;
        if (outline || (year != null && year >= 2019)) {
            if (year == null) return STD_2021;
            if (year >= 2021) return STD_2021;
            if (year >= 2019) return STD_2019;
        }
        return FREE_TEXT;
    }

    /** The publishing body named in the title: the words before 政府信息公开, without the year. */
    static String issuerFromTitle(String title) {
        if (title == null) return null;
        String t = ChineseDigits.arabicYears(title);
        int idx = indexOfAny(t, "政府信息公开", "政务公开", "信息公开", "政府信息", "年度报告", "年报");
        if (idx <= 0) return null;
        String p = t.substring(0, idx);
        p = p.replaceAll("(?:19|20)\\d{2}\\s*年度?", "").replaceAll("[《》“”\"\\s]", "");
        p = p.replaceAll("(关于|的|发布|公布)$", "");
        if (p.endsWith("人民")) p = p + "政府";
        return p.length() >= 2 ? p : null;
    }

    /** Short closing lines that name the body (宽城区人民政府办公室 above the date). */
    static List<String> signatures(String text) {
        String[] lines = text.split("\n");
        List<String> out = new ArrayList<>();
        int checked = 0;
        for (int i = lines.length - 1; i >= 0 && checked < 10; i--) {
            String l = lines[i].replace('\t', ' ').trim();
            if (l.isEmpty()) continue;
            checked++;
            if (SIGNATURE.matcher(l).matches()) out.add(l);
        }
        return out;
    }

    /** Division codes (chars 3–8) of unified social credit codes on the page, in order of appearance. */
    static List<String> creditDivisionCodes(String head) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = CREDIT_CODE.matcher(head);
        while (m.find()) {
            String code = m.group(1);
            String div = code.substring(2, 8);
            if (!div.chars().allMatch(Character::isDigit)) continue;
            Gazetteer g = Gazetteer.get();
            if (g.byCode(div) != null || !g.historicalByCode(div).isEmpty()) out.add(div);
        }
        return new ArrayList<>(out);
    }

    private String chooseIssuer(List<String> issuers, Integer year) {
        for (String i : issuers) {
            if (!resolver.chain(i, year).mentions().isEmpty()) return i;
        }
        return issuers.isEmpty() ? null : issuers.get(0);
    }

    /** government for a people's government or its office, department for a bureau, commission, … */
    String issuerKind(String issuer, Integer year) {
        if (issuer == null) return null;
        String organ = resolver.chain(issuer, year).organ().replaceAll("[()]", "");
        if (ORGAN_GOVERNMENT.matcher(organ).matches()) return "government";
        if (organ.startsWith("人民政府") && organ.contains("街道")) return "government";
        if (ORGAN_DEPARTMENT.matcher(organ).find()) return "department";
        return null;
    }

    static String isoDate(String y, String m, String d) {
        int mm = Integer.parseInt(m), dd = Integer.parseInt(d);
        if (mm < 1 || mm > 12 || dd < 1 || dd > 31) return null;
        return String.format("%s-%02d-%02d", y, mm, dd);
    }
}
