package org.ogilens.write;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.ogilens.analyze.Indicators;
import org.ogilens.analyze.SeriesAnalyzer;
import org.ogilens.extract.Metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every output table and column, with its type and description: the one definition that the job writes
 * (descriptions travel as Parquet field metadata under the key "comment") and docs/DATA_DICTIONARY.md renders.
 */
public final class OutputSchema {
    /** A table: name, what one row is, partition columns, columns in documented order. */
    public record Table(String name, String rowMeaning, List<String> partitionBy, StructType schema) {}

    private static final Map<String, Table> TABLES = new LinkedHashMap<>();

    public static final String REPORTS = "reports", METRICS = "metrics", REQUEST_GRID = "request_grid",
            CHECKS = "checks", REJECTS = "rejects", REGION_YEAR = "region_year", TERMS = "terms",
            REQUEST_TOPICS = "request_topics", TERM_TRENDS = "term_trends", KEYWORDS = "keywords", INDICATORS = "indicators", TRENDS = "trends",
            ROLLUPS = "rollups";

    private static final DataType STR = DataTypes.StringType, INT = DataTypes.IntegerType, LONG = DataTypes.LongType,
            DBL = DataTypes.DoubleType, DATE = DataTypes.DateType, BOOL = DataTypes.BooleanType;

    static {
        List<StructField> identity = identityFields();
        List<StructField> reports = new ArrayList<>(identity);
        reports.add(f("format", STR, "layout generation: free_text (2008–2018), std_2019 (2019–2020), std_2021 (2021–)"));
        reports.add(f("file_kind", STR, "input form as detected from the bytes: text, html, pdf, doc, docx"));
        reports.add(f("charset", STR, "detected text encoding (text and HTML inputs), e.g. UTF-8, GB18030, Big5, UTF-16LE"));
        reports.add(f("size_bytes", LONG, "size of the input file in bytes"));
        reports.add(f("char_count", INT, "characters in the cleaned text (all offsets refer to this text)"));
        reports.add(f("token_count", INT, "HanLP tokens in the cleaned text (whitespace excluded); null when text analytics is off (ogilens.textAnalytics=false)"));
        reports.add(f("metric_count", INT, "number of metrics extracted (rows of the metrics table for this report)"));
        reports.add(f("warnings", DataTypes.createArrayType(STR, false),
                "machine-readable warning codes (docs/DATA_DICTIONARY.md lists them), e.g. table_image_only, table_truncated, digits_ambiguous, source_inconsistent, text_table_conflict, scope_ambiguous, approximate, region_unresolved"));
        reports.add(f("warning_notes", DataTypes.createArrayType(STR, false),
                "the details behind the warnings, one sentence each: both figures of a conflict, the candidate splits of ambiguous digits, the identity a source breaks"));
        reports.add(f("requests_table", STR,
                "how the requests table (std layouts) was read: complete (every cell read, every identity holds), source_inconsistent (every cell read, the source breaks an identity), digits_ambiguous, digits_inconsistent, cells_missing, incomplete, image_only, absent; null for free-text reports"));
        reports.add(f("review_table", STR,
                "how the reconsideration/litigation table (std layouts) was read, with the same codes as requests_table"));
        reports.add(f("keywords", DataTypes.createArrayType(STR, false), "the report's 10 most distinctive terms against the corpus built, by TF-IDF over the terms table (the keywords table has their weights; docs/TEXT_ANALYTICS.md); empty when no term distinguishes it (a corpus of one report); null when text analytics is off"));
        reports.add(f("summary", STR, "extractive summary: the 3 whole sentences of the overview (else of the body) whose content words are most central to the report, in reading order (docs/TEXT_ANALYTICS.md)"));
        reports.add(f("problems", DataTypes.createArrayType(STR, false), "statements of the problems part (存在的主要问题) before its improvement measures"));
        reports.add(f("measures", DataTypes.createArrayType(STR, false), "statements of the improvement measures (改进措施/改进情况/下一步) in the problems part"));
        reports.add(f("parse_ms", LONG, "milliseconds spent reading, parsing and analysing this file"));
        reports.add(f("report_year", INT, "year reported on, from the title or the statistical period (partition column; null = year_unresolved)"));
        table(REPORTS, "one parsed annual report (duplicates removed)", List.of("report_year"), reports);

        table(METRICS, "one figure of one report: a METRICS.md key with its value and evidence", List.of("report_year"), List.of(
                f("doc_id", STR, "report id, joins reports.doc_id"),
                f("metric", STR, "METRICS.md key, e.g. requests_new, outcome_withheld, review_total"),
                f("value", DBL, "the figure; counts are whole numbers, *_yuan in 元, *_10k_yuan in 万元 as printed"),
                f("method", STR, "how it was found: table (a cell of a standard table), text (a sentence), derived (sum of stated figures)"),
                f("offset", INT, "character offset of the evidence in the report's cleaned text"),
                f("snippet", STR, "the evidence as it reads in the cleaned text (at most 160 characters)"),
                f("province_code", STR, "first two digits of region_code, for filtering without a join"),
                f("region_code", STR, "region of the report, for filtering without a join"),
                f("report_year", INT, "year reported on (partition column)")));

        table(REQUEST_GRID, "one cell of the requests table (std_2019/std_2021): row × applicant column", List.of("report_year"), List.of(
                f("doc_id", STR, "report id, joins reports.doc_id"),
                f("row", STR, "the row as its METRICS.md key: requests_new, outcome_disclosed, withheld_third_party, …"),
                f("applicant", STR, "natural, commercial, research, public_interest, legal_service, other_org, total"),
                f("value", DBL, "the cell as printed (blank, /, -, —, 无 read as 0)"),
                f("offset", INT, "character offset of the cell in the cleaned text"),
                f("province_code", STR, "first two digits of region_code"),
                f("region_code", STR, "region of the report"),
                f("report_year", INT, "year reported on (partition column)")));

        table(CHECKS, "one consistency check of METRICS.md on one report", List.of("report_year"), List.of(
                f("doc_id", STR, "report id, joins reports.doc_id"),
                f("check", STR, "per report: balance, applicant_columns, outcome_total, outcome_groups, review_litigation_groups, proactive_channels, text_table; "
                        + "across years of one issuer (on the later report): carry_over (last year's requests_carried_forward = this year's requests_carried_over), "
                        + "rules_in_force and normative_in_force (last year's in force + issued − repealed = this year's in force)"),
                f("status", STR, "PASS, FAIL, UNCERTAIN (figures missing) or NOT_APPLICABLE (nothing to check)"),
                f("expected", DBL, "the printed total (or count of items checked)"),
                f("actual", DBL, "the sum of its parts (or count of items passing)"),
                f("detail", STR, "what failed, in words"),
                f("report_year", INT, "year reported on (partition column)")));

        table(REJECTS, "one input file that is not in reports, with the reason", List.of(), List.of(
                f("source_path", STR, "where the file was read from"),
                f("reason", STR, "empty, binary, unreadable, too_large, no_text, not_a_report, duplicate, timeout, io_error"),
                f("detail", STR, "what was seen, in words"),
                f("duplicate_of", STR, "for reason = duplicate: the doc_id of the report kept (the same text at another path)"),
                f("file_kind", STR, "input form as detected, where it was detected"),
                f("size_bytes", LONG, "size of the file in bytes")));

        table(TERMS, "one content word (noun, verb, adjective, domain term of two characters or more, with a Chinese character; no stop words, numbers, punctuation or Latin-only words) of one section of one report, with its count", List.of("report_year"), List.of(
                f("doc_id", STR, "report id, joins reports.doc_id"),
                f("section", STR, "numbered part of the report: overview, proactive, requests, review_litigation, problems, other"),
                f("term", STR, "the word as HanLP segments it (domain terms of data/dictionary/ogi/ogi-terms.txt come out whole)"),
                f("pos", STR, "HanLP part of speech, e.g. n, vn, v, a, nz (domain term), ns (place)"),
                f("count", INT, "occurrences of the term in that section"),
                f("province_code", STR, "first two digits of region_code"),
                f("report_year", INT, "year reported on (partition column)")));

        table(REQUEST_TOPICS, "one thing citizens asked about, from a sentence such as 申请内容主要涉及…, classified in the topic taxonomy", List.of("report_year"), List.of(
                f("doc_id", STR, "report id, joins reports.doc_id"),
                f("topic", STR, "land_demolition, social_security, fiscal_funds, planning_construction, environment, law_enforcement, personnel, other (docs/TEXT_ANALYTICS.md)"),
                f("phrase", STR, "the item as the report writes it, e.g. 土地征收"),
                f("sentence", STR, "the sentence it comes from"),
                f("offset", INT, "character offset of the item in the cleaned text"),
                f("province_code", STR, "first two digits of region_code"),
                f("region_code", STR, "region of the report"),
                f("report_year", INT, "year reported on (partition column)")));

        table(TERM_TRENDS, "frequency of one term in one year, per province and nationally: count per 10,000 tokens of all reports of that group", List.of("report_year"), List.of(
                f("scope", STR, "province (one row per province_code) or national (all reports of the year, province_code null)"),
                f("province_code", STR, "first two digits of region_code; null for national rows"),
                f("term", STR, "the term, as in terms.term (all sections and parts of speech together)"),
                f("count", LONG, "occurrences of the term in the group's reports"),
                f("reports", LONG, "reports of the group that use the term"),
                f("tokens", LONG, "HanLP tokens of all reports of the group (the denominator)"),
                f("per_10k_tokens", DBL, "count × 10,000 / tokens"),
                f("report_year", INT, "year reported on (partition column); reports without a year are left out")));

        table(KEYWORDS, "one of the 10 most distinctive terms of a report, or of all reports of one region in one year, against the corpus built: TF-IDF weight (1 + ln count) × ln(units / units_using)", List.of("report_year"), List.of(
                f("scope", STR, "report (one report against all reports) or region_year (all reports of region_code in report_year against all region-years)"),
                f("doc_id", STR, "report id for scope report, joins reports.doc_id; null for region_year rows"),
                f("region_code", STR, "region of the report or of the region-year"),
                f("province_code", STR, "first two digits of region_code"),
                f("rank", INT, "1 = most distinctive; ties broken by term"),
                f("term", STR, "the term, as in terms.term (all sections and parts of speech together)"),
                f("weight", DBL, "(1 + ln count) × ln(units / units_using); a term every unit uses weighs 0 and is never listed"),
                f("count", LONG, "occurrences of the term in the unit"),
                f("units_using", LONG, "units of the same scope that use the term (document frequency)"),
                f("units", LONG, "units of the same scope in the corpus built"),
                f("report_year", INT, "year reported on (partition column); region_year rows always have one")));

        List<StructField> ind = new ArrayList<>(seriesIdentity());
        for (Indicators.Indicator i : Indicators.all()) {
            ind.add(f(i.key(), DBL, i.formula() + "; null when a figure is not stated or the denominator is below "
                    + (long) i.minDenominator()));
        }
        ind.add(f("report_year", INT, "year reported on (partition column)"));
        table(INDICATORS, "one report's derived indicators: ratios of its stated figures", List.of("report_year"), ind);

        List<StructField> trend = new ArrayList<>();
        trend.add(f("series_id", STR, "the issuer's series: region_code/government, or region_code/department/issuer (one series per issuer across years)"));
        trend.addAll(seriesIdentity());
        trend.add(f("measure", STR, "a METRICS.md key or an indicator (indicators table)"));
        trend.add(f("kind", STR, "metric or indicator"));
        trend.add(f("value", DBL, "the value in this year's report"));
        trend.add(f("prev_year", INT, "year of the issuer's previous report (may be more than one year back); null for the first report of the series"));
        trend.add(f("prev_value", DBL, "the value in the previous report; null when that report does not state it"));
        trend.add(f("change", DBL, "value − prev_value"));
        trend.add(f("pct_change", DBL, "change / prev_value (0.25 = +25 %); null when prev_value is null or 0"));
        trend.add(f("outlier", BOOL, "a jump beyond the documented ratio: metrics when the larger value is ≥ " + (long) SeriesAnalyzer.OUTLIER_MIN_COUNT
                + " and one is ≥ " + (long) SeriesAnalyzer.OUTLIER_RATIO + "× the other (from 0 counts); *_rate indicators when they move by ≥ "
                + SeriesAnalyzer.OUTLIER_SHARE_CHANGE + "; other indicators at " + (long) SeriesAnalyzer.OUTLIER_RATIO
                + "× when the larger is ≥ " + (long) SeriesAnalyzer.OUTLIER_MIN_PER_REQUEST + "; null without a previous value"));
        trend.add(f("reports_in_year", INT, "reports of this series for the year; with several, the one published last is used"));
        trend.add(f("report_year", INT, "year reported on (partition column)"));
        table(TRENDS, "one measure of one issuer in one year, against the issuer's previous report", List.of("report_year"), trend);

        table(ROLLUPS, "one measure of the government reports of one province (or the nation) × admin level × year", List.of("report_year"), List.of(
                f("scope", STR, "province or national"),
                f("province_code", STR, "province of the group; null for national rows"),
                f("province", STR, "province name; null for national rows"),
                f("admin_level", STR, "province, prefecture, county, township; all = every level pooled (indicators only, sums are never added across levels)"),
                f("measure", STR, "a METRICS.md key (kind sum) or an indicator (kind ratio)"),
                f("kind", STR, "sum: Σ of the reports stating the metric; ratio: Σ numerators / Σ denominators over the reports stating both, null below the indicator's minimum denominator"),
                f("value", DBL, "the figure of the group"),
                f("numerator", DBL, "ratio: Σ numerators"),
                f("denominator", DBL, "ratio: Σ denominators"),
                f("reports", LONG, "reports the figure rests on (those stating it)"),
                f("government_reports", LONG, "government reports of the group (departments are not rolled up, to avoid double counting)"),
                f("report_year", INT, "year reported on (partition column)")));

        List<StructField> wide = new ArrayList<>(identity);
        wide.add(f("format", STR, "layout generation"));
        wide.add(f("warnings", DataTypes.createArrayType(STR, false), "warning codes, as in reports"));
        for (Metrics.Metric m : Metrics.all()) wide.add(f(m.key(), DBL, m.label() + " (null: not stated)"));
        wide.add(f("report_year", INT, "year reported on (partition column)"));
        table(REGION_YEAR, "one report with every METRICS.md metric as a column (wide form of metrics)", List.of("report_year"), wide);
    }

    private static List<StructField> identityFields() {
        List<StructField> l = new ArrayList<>();
        l.add(f("doc_id", STR, "stable id of the document: first 16 hex digits of SHA-256 of the cleaned text"));
        l.add(f("source_path", STR, "where it was read from (the first path, in sort order, when several hold the same text)"));
        l.add(f("title", STR, "report title as written; derived from issuer and year when the page has none (see title_derived)"));
        l.add(f("title_derived", BOOL, "true when the title was composed because the page states none"));
        l.add(f("issuer", STR, "publishing body as named, e.g. 广元市, 上余镇, 广元市财政局"));
        l.add(f("issuer_kind", STR, "government (a people's government or its office) or department (a bureau, commission …)"));
        l.add(f("admin_level", STR, "level of the issuer's region: province, prefecture, county, township"));
        l.add(f("region_code", STR, "GB/T 2260 code of the region (9-digit NBS code for a township), the unit's latest code"));
        l.add(f("region_code_at_report", STR, "the code in force in the report year, where it differs from region_code"));
        l.add(f("province", STR, "province name"));
        l.add(f("prefecture", STR, "prefecture name (null at province level and under municipalities)"));
        l.add(f("county", STR, "county-level name (null above county level)"));
        l.add(f("township", STR, "township name (null above township level)"));
        l.add(f("province_code", STR, "first two digits of region_code (a string: keeps the leading digits)"));
        l.add(f("publish_date", DATE, "publication date the page gives (发布时间/发布日期/成文日期)"));
        l.add(f("period_start", DATE, "start of the statistical period, where stated"));
        l.add(f("period_end", DATE, "end of the statistical period, where stated"));
        return l;
    }

    private static List<StructField> seriesIdentity() {
        return List.of(f("doc_id", STR, "report id, joins reports.doc_id"),
                f("issuer", STR, "publishing body as named"),
                f("issuer_kind", STR, "government or department"),
                f("admin_level", STR, "province, prefecture, county, township"),
                f("region_code", STR, "region of the report (latest code)"),
                f("province", STR, "province name"),
                f("province_code", STR, "first two digits of region_code"));
    }

    static StructField f(String name, DataType type, String description) {
        Metadata md = new MetadataBuilder().putString("comment", description).build();
        return new StructField(name, type, true, md);
    }

    private static void table(String name, String rowMeaning, List<String> partitionBy, List<StructField> fields) {
        TABLES.put(name, new Table(name, rowMeaning, partitionBy, new StructType(fields.toArray(new StructField[0]))));
    }

    private OutputSchema() {}

    public static Table table(String name) { return TABLES.get(name); }

    public static List<Table> tables() { return new ArrayList<>(TABLES.values()); }

    /** The table names, in documented order. */
    public static List<String> tableNames() { return new ArrayList<>(TABLES.keySet()); }

    public static String description(StructField f) {
        return f.metadata().contains("comment") ? f.metadata().getString("comment") : "";
    }
}
