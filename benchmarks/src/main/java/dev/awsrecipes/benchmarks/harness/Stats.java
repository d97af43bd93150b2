package dev.awsrecipes.benchmarks.harness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The little statistics a benchmark table needs: medians and ratios. */
public final class Stats {
    private Stats() {}

    /** The median; the mean of the two middle values for an even count. */
    public static double median(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("median of no values");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    public static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    public static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    /**
     * How many times longer the contender takes than ours: above 1 means ours is faster. NaN when
     * either is unknown.
     */
    public static double ratioToOurs(double contenderSeconds, double oursSeconds) {
        if (!(contenderSeconds > 0) || !(oursSeconds > 0)) {
            return Double.NaN;
        }
        return contenderSeconds / oursSeconds;
    }

    /** Units per second, e.g. MiB/s from MiB moved in the given seconds. */
    public static double rate(double units, double seconds) {
        return seconds > 0 ? units / seconds : Double.NaN;
    }
}
