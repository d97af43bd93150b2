package dev.awsrecipes.benchmarks.harness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The measurements of one benchmark, turned into rows with medians and ratios to ours.
 *
 * <p>Each case may carry an amount of work per run (MiB, URLs) so that rows also show a rate.
 */
public final class Results {
    private final String name;
    private final String title;
    private final String oursContender;
    private final List<Measurement> measurements = new ArrayList<>();
    private final Map<String, Double> unitsPerRun = new LinkedHashMap<>();
    private String rateUnit = "";
    private final List<String> notes = new ArrayList<>();

    /**
     * @param name file name stem of the CSV and chart, e.g. {@code upload}
     * @param title heading of the table
     * @param oursContender the contender every ratio is taken against
     */
    public Results(String name, String title, String oursContender) {
        this.name = name;
        this.title = title;
        this.oursContender = oursContender;
    }

    /** Says how much work one run of the case does, so rows get a rate in that unit per second. */
    public Results work(String caseName, double units, String unitPerSecond) {
        unitsPerRun.put(caseName, units);
        this.rateUnit = unitPerSecond;
        return this;
    }

    /** A measurement to fill, kept in the order added. */
    public Measurement add(String caseName, String contender, String settings) {
        Measurement m = new Measurement(caseName, contender, settings);
        measurements.add(m);
        return m;
    }

    /** A sentence for the README under the table (settings, what limits what). */
    public void note(String note) {
        notes.add(note);
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    public String oursContender() {
        return oursContender;
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** The cases, in the order they were first measured. */
    public List<String> cases() {
        return measurements.stream().map(Measurement::caseName).distinct().toList();
    }

    /** The contenders, in the order they were first measured. */
    public List<String> contenders() {
        return measurements.stream().map(Measurement::contender).distinct().toList();
    }

    /** The measurement of a contender on a case. */
    public Optional<Measurement> find(String caseName, String contender) {
        return measurements.stream()
                .filter(m -> m.caseName().equals(caseName) && m.contender().equals(contender))
                .findFirst();
    }

    /** One row per measurement, with the ratio to ours on the same case. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Measurement m : measurements) {
            double ours = find(m.caseName(), oursContender)
                    .filter(Measurement::ok)
                    .map(Measurement::medianSeconds)
                    .orElse(Double.NaN);
            boolean ok = m.ok();
            double median = ok ? m.medianSeconds() : Double.NaN;
            Double units = unitsPerRun.get(m.caseName());
            rows.add(new Row(
                    m.caseName(),
                    m.contender(),
                    m.status(),
                    ok ? m.seconds().size() : 0,
                    median,
                    ok ? Stats.min(m.seconds()) : Double.NaN,
                    ok ? Stats.max(m.seconds()) : Double.NaN,
                    ok ? Stats.ratioToOurs(median, ours) : Double.NaN,
                    units == null ? Double.NaN : Stats.rate(units, median),
                    units == null ? "" : rateUnit,
                    m.peakRssMib(),
                    m.peakHeapMib(),
                    m.requests(),
                    m.settings()));
        }
        return rows;
    }
}
