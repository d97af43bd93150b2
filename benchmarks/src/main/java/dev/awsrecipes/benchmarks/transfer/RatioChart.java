package dev.awsrecipes.benchmarks.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * Main, run by {@code scripts/bench-versitygw} after a run: one PNG per operation from the run's CSV
 * ({@code operation,size,contender,run,wall_s,...}), a group of bars per size, one bar per contender,
 * each the contender's median wall time divided by ours in the same run. A ratio, not seconds, because
 * the sizes span six orders of magnitude and the machine's speed is not the point; 1.0 is ours.
 *
 * <p>Arguments: {@code csv outputDirectory namePrefix oursContender}.
 */
public final class RatioChart {
    private RatioChart() {}

    public static void main(String[] args) throws IOException {
        Path csv = Path.of(args[0]);
        Path dir = Path.of(args[1]);
        String prefix = args[2];
        String ours = args[3];
        Map<String, Map<String, Map<String, List<Double>>>> walls = readWalls(csv);
        System.setProperty("java.awt.headless", "true");
        for (var op : walls.entrySet()) {
            Path png = dir.resolve(prefix + "-" + op.getKey() + ".png");
            write(op.getKey(), op.getValue(), ours, png);
            System.out.println("wrote " + png);
        }
    }

    /** operation → size → contender → wall seconds of the runs that did not fail, in file order. */
    private static Map<String, Map<String, Map<String, List<Double>>>> readWalls(Path csv) throws IOException {
        Map<String, Map<String, Map<String, List<Double>>>> walls = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = fields(line);
            // A failed run has an error and "nan" figures (Python's spelling, which Java does not parse).
            if (f.size() > 7 && !f.get(7).isBlank() || f.get(4).equalsIgnoreCase("nan")) {
                continue;
            }
            double wall = Double.parseDouble(f.get(4));
            walls.computeIfAbsent(f.get(0), k -> new LinkedHashMap<>())
                    .computeIfAbsent(f.get(1), k -> new LinkedHashMap<>())
                    .computeIfAbsent(f.get(2), k -> new ArrayList<>())
                    .add(wall);
        }
        return walls;
    }

    /** One CSV line's fields as Python's csv module writes them: quoted when they hold a comma or quote. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static void write(String op, Map<String, Map<String, List<Double>>> bySize, String ours, Path png)
            throws IOException {
        List<String> sizes = new ArrayList<>(bySize.keySet());
        Set<String> contenders = new LinkedHashSet<>();
        bySize.values().forEach(m -> contenders.addAll(m.keySet()));
        CategoryChart chart = new CategoryChartBuilder()
                .width(1000)
                .height(520 + 22 * contenders.size())
                .title(op + " against versitygw: median wall time relative to ours (lower is faster)")
                .xAxisTitle("object size")
                .yAxisTitle("wall time ÷ ours (1.0 = ours)")
                .build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        for (String contender : contenders) {
            List<Double> ratios = new ArrayList<>();
            for (String size : sizes) {
                List<Double> mine = bySize.get(size).get(contender);
                List<Double> base = bySize.get(size).get(ours);
                ratios.add(mine == null || base == null ? 0.0 : median(mine) / median(base));
            }
            chart.addSeries(contender, sizes, ratios);
        }
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
