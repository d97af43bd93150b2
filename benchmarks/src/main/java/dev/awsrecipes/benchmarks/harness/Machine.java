package dev.awsrecipes.benchmarks.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A one-paragraph description of the machine a benchmark ran on. */
public final class Machine {
    private Machine() {}

    /** Cores, CPU model, memory and Java, as Markdown lines. */
    public static String describe() {
        StringBuilder out = new StringBuilder();
        out.append("- cores (nproc): ").append(Runtime.getRuntime().availableProcessors());
        cpuModel().ifPresent(m -> out.append(" × ").append(m));
        out.append('\n');
        memTotalMib().ifPresent(mib -> out.append("- memory: ")
                .append(String.format(Locale.ROOT, "%.1f GiB", mib / 1024.0))
                .append('\n'));
        out.append("- java: ").append(properties("java.runtime.name", "java.runtime.version"));
        out.append(" (").append(properties("java.vm.name")).append(")\n");
        out.append("- OS: ")
                .append(properties("os.name", "os.version", "os.arch"))
                .append('\n');
        return out.toString();
    }

    /** The values of these system properties, separated by spaces. */
    private static String properties(String... names) {
        return Arrays.stream(names).map(System::getProperty).collect(Collectors.joining(" "));
    }

    static Optional<String> cpuModel() {
        return read("/proc/cpuinfo").flatMap(text -> text.lines()
                .filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim())
                .findFirst());
    }

    static Optional<Long> memTotalMib() {
        return read("/proc/meminfo").flatMap(text -> text.lines()
                .filter(l -> l.startsWith("MemTotal:"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024)
                .findFirst());
    }

    private static Optional<String> read(String file) {
        try {
            return Optional.of(Files.readString(Path.of(file)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
