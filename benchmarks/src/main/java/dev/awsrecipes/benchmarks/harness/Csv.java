package dev.awsrecipes.benchmarks.harness;

import java.util.List;
import java.util.Locale;

/** Writes rows as RFC 4180 CSV: a header, then one line per row, numbers with a dot. */
public final class Csv {
    static final String HEADER = "case,contender,status,runs,median_s,min_s,max_s,ratio_to_ours,rate,rate_unit,"
            + "peak_rss_mib,peak_heap_mib,requests,settings";

    private Csv() {}

    /** The whole file, ending with a newline. */
    public static String format(List<Row> rows) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (Row r : rows) {
            out.append(String.join(
                            ",",
                            field(r.caseName()),
                            field(r.contender()),
                            field(r.status()),
                            Integer.toString(r.runs()),
                            number(r.medianSeconds(), 4),
                            number(r.minSeconds(), 4),
                            number(r.maxSeconds(), 4),
                            number(r.ratioToOurs(), 3),
                            number(r.rate(), 2),
                            field(r.rateUnit()),
                            number(r.peakRssMib(), 1),
                            number(r.peakHeapMib(), 1),
                            r.requests() < 0 ? "" : Long.toString(r.requests()),
                            field(r.settings())))
                    .append('\n');
        }
        return out.toString();
    }

    /** A number with the given decimals, or empty when unknown. */
    static String number(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** Quotes a field when it holds a comma, a quote or a line break; quotes inside are doubled. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
