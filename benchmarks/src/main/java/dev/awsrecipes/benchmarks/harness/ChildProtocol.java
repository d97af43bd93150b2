package dev.awsrecipes.benchmarks.harness;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How a forked benchmark JVM reports back: one line per measured run on stdout, {@code RESULT
 * key=value ...}, which the parent reads; everything else on stdout is ignored.
 */
public final class ChildProtocol {
    static final String PREFIX = "RESULT ";

    private ChildProtocol() {}

    /** The line for one run. */
    public static String line(Map<String, ?> values) {
        StringBuilder out = new StringBuilder(PREFIX.strip());
        values.forEach((k, v) -> {
            String text = v instanceof Double d ? String.format(Locale.ROOT, "%.9f", d) : String.valueOf(v);
            if (text.contains(" ") || text.contains("=")) {
                throw new IllegalArgumentException("value of " + k + " has a space or '=': " + text);
            }
            out.append(' ').append(k).append('=').append(text);
        });
        return out.toString();
    }

    /**
     * Runs {@code run} once to warm up (clients built, classes loaded, connections open), then {@code
     * runs} times, printing one line for each measured run: its seconds, the counts it returns under
     * {@code names} (in order), the requests it sent and its own heap peak.
     */
    public static void measure(
            int runs, BenchSession.RequestCounter counter, List<String> names, Supplier<long[]> run) {
        for (int i = 0; i <= runs; i++) {
            counter.reset();
            resetPeakHeap();
            long start = System.nanoTime();
            long[] counts = run.get();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (i == 0) {
                continue; // warm-up
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("seconds", seconds);
            for (int n = 0; n < names.size(); n++) {
                result.put(names.get(n), counts[n]);
            }
            result.put("requests", counter.count());
            result.put("heap", peakHeapMib());
            System.out.println(line(result));
        }
    }

    /** Every run the child reported, in order. */
    public static List<Map<String, String>> parse(String stdout) {
        List<Map<String, String>> runs = new ArrayList<>();
        for (String line : stdout.split("\n")) {
            if (!line.startsWith(PREFIX)) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (String pair : line.substring(PREFIX.length()).trim().split("\\s+")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
            runs.add(values);
        }
        return runs;
    }

    /** The highest heap this JVM has used so far, summed over its heap pools' peaks, in MiB. */
    public static double peakHeapMib() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024.0 * 1024.0);
    }

    /** Forgets the heap peaks so far, so the next run's peak is its own. */
    public static void resetPeakHeap() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }
}
