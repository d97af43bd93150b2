package dev.awsrecipes.benchmarks.harness;

/**
 * One line of a benchmark's table.
 *
 * @param caseName the case (file size, bucket size, ...)
 * @param contender who was measured
 * @param status {@code ok}, {@code not available: ...} or {@code failed: ...}
 * @param runs measured runs
 * @param medianSeconds median time of one run
 * @param minSeconds fastest run
 * @param maxSeconds slowest run
 * @param ratioToOurs contender's median over ours (above 1: ours is faster)
 * @param rate units per second at the median (MiB/s, URLs/s), NaN where it means nothing
 * @param rateUnit the rate's unit, empty when there is none
 * @param peakRssMib the highest resident set size of the contender's process
 * @param peakHeapMib the highest used Java heap (Java contenders only)
 * @param requests HTTP requests per run, -1 when not counted
 * @param settings concurrency, part size and the like
 */
public record Row(
        String caseName,
        String contender,
        String status,
        int runs,
        double medianSeconds,
        double minSeconds,
        double maxSeconds,
        double ratioToOurs,
        double rate,
        String rateUnit,
        double peakRssMib,
        double peakHeapMib,
        long requests,
        String settings) {

    public boolean ok() {
        return status.equals("ok");
    }
}
