package org.ogilens.job;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

/**
 * term_trends: how often each term is used per 10,000 tokens, by report_year × province_code and by year
 * nationally. The denominator is the token count of every report of the group (not only those using the
 * term), so a rate compares across groups of different size. Reports without a year are left out.
 */
final class TermTrends {
    private TermTrends() {}

    /** From the reports' parsed rows: report_year, province_code, token_count and doc_terms (a report's terms, summed). */
    static Dataset<Row> build(Dataset<Row> reports) {
        Dataset<Row> withTokens = reports.where(col("token_count").isNotNull().and(col("report_year").isNotNull()));
        Dataset<Row> provTokens = withTokens.where(col("province_code").isNotNull())
                .groupBy("report_year", "province_code").agg(sum("token_count").as("tokens"));
        Dataset<Row> natTokens = withTokens.groupBy("report_year").agg(sum("token_count").as("tokens"));
        // a term counted in several sections of a report is one report: doc_terms holds one row per report and term
        Dataset<Row> perDoc = withTokens.select(col("report_year"), col("province_code"),
                        org.apache.spark.sql.functions.explode(col("doc_terms")).as("t"))
                .select(col("report_year"), col("province_code"), col("t.term").as("term"), col("t.count").as("count"));
        Dataset<Row> province = perDoc.where(col("province_code").isNotNull())
                .groupBy("report_year", "province_code", "term")
                .agg(sum("count").as("count"), count(lit(1)).as("reports"))
                .join(provTokens, new String[]{"report_year", "province_code"})
                .withColumn("scope", lit("province"));
        Dataset<Row> national = perDoc.groupBy("report_year", "term")
                .agg(sum("count").as("count"), count(lit(1)).as("reports"))
                .join(natTokens, "report_year")
                .withColumn("scope", lit("national"))
                .withColumn("province_code", lit(null).cast("string"));
        Column[] cols = {col("scope"), col("province_code"), col("term"), col("count").cast("long").as("count"),
                col("reports"), col("tokens").cast("long").as("tokens"),
                col("count").multiply(10000.0).divide(col("tokens")).as("per_10k_tokens"), col("report_year")};
        return province.select(cols).unionByName(national.select(cols));
    }
}
