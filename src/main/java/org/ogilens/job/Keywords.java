package org.ogilens.job;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

/**
 * keywords: the terms that distinguish one unit of text from the rest of the corpus being built, by TF-IDF over the
 * terms table, as a Spark aggregation (no per-document ranking). Two kinds of unit: a report, and all reports of one
 * region in one year (what a county talked about in a year that other region-years did not).
 *
 * <p>weight(term, unit) = (1 + ln tf) × ln(N / df), with tf the term's count in the unit (all sections and parts of
 * speech together), N the units of the corpus and df the units using the term. A term every unit uses weighs 0 and is
 * never a keyword, so the genre's boilerplate (公开, 信息, 政府信息公开 …) cannot come out; in a corpus of one unit
 * there are no keywords. Ties break by term, so the ranking is the same on every run.
 */
final class Keywords {
    /** Keywords kept per unit. */
    static final int TOP = 10;
    static final String REPORT = "report", REGION_YEAR = "region_year";

    private Keywords() {}

    /**
     * The keywords table, both scopes, from the reports' parsed rows (doc_id, region_code, province_code, report_year,
     * token_count, doc_terms): a report whose token_count is null had no text analytics and is no unit. A region-year unit
     * is a region with terms in that year (a region-year without analytics has no terms and is no unit either).
     */
    static Dataset<Row> build(Dataset<Row> reports) {
        Dataset<Row> units = reports.where(col("token_count").isNotNull());
        // one row per report and term already (doc_terms is summed in the parse), so no aggregation here
        Dataset<Row> perDoc = units.select(col("doc_id"), col("region_code"), col("province_code"), col("report_year"),
                        explode(col("doc_terms")).as("t"))
                .select(col("doc_id"), col("region_code"), col("province_code"), col("report_year"), col("t.term").as("term"),
                        col("t.count").cast("long").as("tf"));

        Dataset<Row> docs = ranked(perDoc.withColumn("unit", col("doc_id")), units.agg(count(lit(1)).as("units")))
                .withColumn("scope", lit(REPORT));
        Dataset<Row> ryTerms = perDoc.where(col("region_code").isNotNull().and(col("report_year").isNotNull()))
                .groupBy("region_code", "province_code", "report_year", "term").agg(sum("tf").as("tf"))
                .withColumn("unit", expr("concat(region_code, '/', cast(report_year as string))"));
        Dataset<Row> regions = ranked(ryTerms, ryTerms.agg(countDistinct(col("unit")).as("units")))
                .withColumn("scope", lit(REGION_YEAR)).withColumn("doc_id", lit(null).cast("string"));

        Column[] cols = {col("scope"), col("doc_id"), col("region_code"), col("province_code"), col("rank"), col("term"),
                col("weight"), col("tf").cast("long").as("count"), col("df").as("units_using"), col("units"), col("report_year")};
        return docs.select(cols).unionByName(regions.select(cols));
    }

    /**
     * Ranks each unit's terms by TF-IDF: adds df, weight and rank (1 … TOP) and keeps weight > 0 only. {@code unitCount}
     * is one row (units): joined to every row, so the count is part of the same plan, not a separate job.
     */
    private static Dataset<Row> ranked(Dataset<Row> unitTerms, Dataset<Row> unitCount) {
        Dataset<Row> df = unitTerms.groupBy("term").agg(count(lit(1)).as("df"));
        Column weight = lit(1.0).plus(log(col("tf"))).multiply(log(col("units").divide(col("df"))));
        return unitTerms.join(df, "term").crossJoin(org.apache.spark.sql.functions.broadcast(unitCount))
                .withColumn("weight", weight)
                .where(col("weight").gt(1e-9))
                .withColumn("rank", row_number().over(Window.partitionBy("unit").orderBy(col("weight").desc(), col("term"))))
                .where(col("rank").leq(TOP));
    }

    /** Per report: its keywords in rank order (doc_id, keywords), to join to the reports table. */
    static Dataset<Row> perReport(Dataset<Row> keywords) {
        return keywords.where(col("scope").equalTo(REPORT))
                .groupBy("doc_id").agg(expr("transform(sort_array(collect_list(struct(rank, term))), k -> k.term)").as("_keywords"));
    }
}
