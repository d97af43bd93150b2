package dev.awsrecipes.benchmarks.harness;

import java.util.Locale;
import java.util.Map;

/**
 * The parent's side of the benchmarks whose child JVM finds running instances and reports, per run, the
 * {@code instances} found and the {@code errors} met.
 */
public final class FoundInstances {
    private FoundInstances() {}

    /**
     * Takes the child's result into {@code m}: its failure, or its peak RSS and every run, each of which
     * must have found {@code expected} instances and no errors (the first that did not fails {@code m}); a
     * measurement that passed is printed as one line, {@code benchmark}, contender, case (padded to {@code
     * caseWidth}), median, runs and requests.
     *
     * @param errorsAre what the child's {@code errors} count, for the failure message
     */
    public static void record(
            Measurement m, Proc.Result r, int expected, String errorsAre, String benchmark, int caseWidth) {
        if (!r.ok()) {
            m.failed(r.lastError());
            return;
        }
        m.peakRssMib(r.maxRssMib());
        for (Map<String, String> run : ChildProtocol.parse(r.stdout())) {
            int found = Integer.parseInt(run.get("instances"));
            int errors = Integer.parseInt(run.get("errors"));
            if (found != expected || errors != 0) {
                m.failed("found " + found + " instances with " + errors + " " + errorsAre + "; expected " + expected);
                return;
            }
            m.addReported(run);
        }
        System.out.printf(
                Locale.ROOT,
                "%s %-40s %-" + caseWidth + "s median %.3f s over %d runs, %d requests%n",
                benchmark,
                m.contender(),
                m.caseName(),
                m.medianSeconds(),
                m.seconds().size(),
                m.requests());
    }
}
