package dev.awsrecipes.benchmarks.harness;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/** A grouped bar chart of a benchmark: one group per case, one bar per contender. */
public final class Chart {
    private Chart() {}

    /**
     * Writes the PNG. Bars show the rate where the cases have one (higher is better), else the median
     * seconds (lower is better); contenders that could not run get no bar.
     */
    public static void write(Results results, Path png) throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<Row> rows = results.rows();
        boolean byRate = rows.stream().filter(Row::ok).allMatch(r -> !Double.isNaN(r.rate()));
        String unit = rows.stream()
                .map(Row::rateUnit)
                .filter(u -> !u.isEmpty())
                .findFirst()
                .orElse("");
        CategoryChart chart = new CategoryChartBuilder()
                .width(1000)
                .height(520 + 22 * results.contenders().size())
                .title(results.title())
                .xAxisTitle("case")
                .yAxisTitle(byRate ? unit + " (higher is better)" : "median seconds (lower is better)")
                .build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        chart.getStyler().setOverlapped(false);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        List<String> cases = results.cases();
        boolean any = false;
        for (String contender : results.contenders()) {
            List<Double> values = new ArrayList<>();
            boolean has = false;
            for (String c : cases) {
                Optional<Row> row = rows.stream()
                        .filter(r -> r.caseName().equals(c) && r.contender().equals(contender) && r.ok())
                        .findFirst();
                Double value =
                        row.map(r -> byRate ? r.rate() : r.medianSeconds()).orElse(0.0);
                has |= row.isPresent();
                values.add(value);
            }
            if (has) {
                chart.addSeries(contender, cases, values);
                any = true;
            }
        }
        if (!any) {
            chart.addSeries("no contender could run", cases.isEmpty() ? List.of("-") : cases, zeros(cases));
        }
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    private static List<Double> zeros(List<String> cases) {
        List<Double> zeros = new ArrayList<>();
        for (int i = 0; i < Math.max(1, cases.size()); i++) {
            zeros.add(0.0);
        }
        return zeros;
    }
}
