package dev.awsrecipes.benchmarks.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * All runs of one contender on one case, with what was observed besides time. Not thread-safe: a
 * benchmark fills it from its own thread.
 */
public final class Measurement {
    private final String caseName;
    private final String contender;
    private final String settings;
    private final List<Double> seconds = new ArrayList<>();
    private double peakRssMib = Double.NaN;
    private double peakHeapMib = Double.NaN;
    private long requests = -1;
    private String status = "ok";

    public Measurement(String caseName, String contender, String settings) {
        this.caseName = caseName;
        this.contender = contender;
        this.settings = settings;
    }

    /** One measured run. */
    public void addRun(double runSeconds) {
        seconds.add(runSeconds);
    }

    /**
     * One measured run as a forked child reported it ({@link ChildProtocol}): its seconds, and its
     * requests and heap peak where the child counted them.
     */
    public void addReported(Map<String, String> run) {
        addRun(Double.parseDouble(run.get("seconds")));
        if (run.containsKey("requests")) {
            requests(Long.parseLong(run.get("requests")));
        }
        if (run.containsKey("heap")) {
            peakHeapMib(Double.parseDouble(run.get("heap")));
        }
    }

    /** Keeps the highest resident set size seen in any run. */
    public void peakRssMib(double mib) {
        if (!Double.isNaN(mib) && (Double.isNaN(peakRssMib) || mib > peakRssMib)) {
            peakRssMib = mib;
        }
    }

    /** Keeps the highest peak of used Java heap seen in any run. */
    public void peakHeapMib(double mib) {
        if (!Double.isNaN(mib) && (Double.isNaN(peakHeapMib) || mib > peakHeapMib)) {
            peakHeapMib = mib;
        }
    }

    /** HTTP requests one run makes (they are the same every run). */
    public void requests(long count) {
        this.requests = count;
    }

    /** Marks the contender as not measurable here, with the reason. */
    public void notAvailable(String reason) {
        this.status = "not available: " + reason;
    }

    /** Marks a run as failed; the contender then gets no time. */
    public void failed(String reason) {
        this.status = "failed: " + reason;
    }

    /** Whether it should still be run: neither unavailable nor failed. */
    public boolean active() {
        return status.equals("ok");
    }

    public boolean ok() {
        return status.equals("ok") && !seconds.isEmpty();
    }

    public String caseName() {
        return caseName;
    }

    public String contender() {
        return contender;
    }

    public String settings() {
        return settings;
    }

    public List<Double> seconds() {
        return List.copyOf(seconds);
    }

    public double medianSeconds() {
        return seconds.isEmpty() ? Double.NaN : Stats.median(seconds);
    }

    public double peakRssMib() {
        return peakRssMib;
    }

    public double peakHeapMib() {
        return peakHeapMib;
    }

    public long requests() {
        return requests;
    }

    public String status() {
        return ok() || !status.equals("ok") ? status : "failed: no run completed";
    }
}
