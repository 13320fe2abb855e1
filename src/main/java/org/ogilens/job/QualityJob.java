package org.ogilens.job;

import org.apache.spark.sql.SparkSession;
import org.ogilens.check.QualityReport;

/** {@code quality --dataset DIR}: placeholder until the dataset carries the table statuses. */
public final class QualityJob {
    private QualityJob() {}

    public static QualityReport run(SparkSession spark, String dataset) {
        throw new UnsupportedOperationException("not yet");
    }
}
