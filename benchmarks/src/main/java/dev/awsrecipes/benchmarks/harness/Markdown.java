package dev.awsrecipes.benchmarks.harness;

import java.util.List;
import java.util.Locale;

/** A benchmark's rows as a Markdown table for docs/benchmarks/README.md. */
public final class Markdown {
    private Markdown() {}

    /** The section: heading, table, notes. */
    public static String section(Results results) {
        StringBuilder out = new StringBuilder();
        out.append("## ").append(results.title()).append("\n\n");
        out.append("![")
                .append(results.name())
                .append("](")
                .append(results.name())
                .append(".png) ");
        out.append("([CSV](").append(results.name()).append(".csv))\n\n");
        out.append(table(results.rows()));
        if (!results.notes().isEmpty()) {
            out.append('\n');
            results.notes().forEach(n -> out.append("- ").append(n).append('\n'));
        }
        return out.toString();
    }

    /** The table alone. */
    public static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        out.append(
                "| case | contender | median | runs | vs ours | rate | peak RSS | peak heap | requests | settings |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Row r : rows) {
            out.append("| ").append(cell(r.caseName()));
            out.append(" | ").append(cell(r.contender()));
            if (r.ok()) {
                out.append(" | ").append(seconds(r.medianSeconds()));
                out.append(" | ").append(r.runs());
                out.append(" | ").append(ratio(r.ratioToOurs()));
                out.append(" | ").append(rate(r.rate(), r.rateUnit()));
            } else {
                out.append(" | ").append(cell(r.status())).append(" | | | ");
            }
            out.append(" | ").append(mib(r.peakRssMib()));
            out.append(" | ").append(mib(r.peakHeapMib()));
            out.append(" | ").append(r.requests() < 0 ? "" : Long.toString(r.requests()));
            out.append(" | ").append(cell(r.settings())).append(" |\n");
        }
        return out.toString();
    }

    /** Seconds with three significant-ish digits: 0.0123 s, 1.23 s, 123 s. */
    static String seconds(double s) {
        if (Double.isNaN(s)) {
            return "";
        }
        if (s < 0.001) {
            return String.format(Locale.ROOT, "%.1f µs", s * 1e6);
        }
        if (s < 1) {
            return String.format(Locale.ROOT, "%.1f ms", s * 1e3);
        }
        return String.format(Locale.ROOT, s < 100 ? "%.2f s" : "%.0f s", s);
    }

    static String ratio(double r) {
        return Double.isNaN(r) ? "" : String.format(Locale.ROOT, "%.2f×", r);
    }

    static String rate(double rate, String unit) {
        if (Double.isNaN(rate)) {
            return "";
        }
        return String.format(Locale.ROOT, rate < 100 ? "%.1f %s" : "%.0f %s", rate, unit);
    }

    static String mib(double mib) {
        return Double.isNaN(mib) ? "" : String.format(Locale.ROOT, "%.0f MiB", mib);
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }
}
