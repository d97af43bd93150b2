package dev.awsrecipes.monitoring;

/**
 * M5: how custom metric data was sent.
 *
 * @param namespace where it went
 * @param datums how many values were written
 * @param requests how many PutMetricData calls that took (at most 1000 values and 1 MB each)
 */
public record PutMetricDataResult(String namespace, int datums, int requests) {}
