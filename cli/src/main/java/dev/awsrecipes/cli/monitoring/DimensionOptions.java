package dev.awsrecipes.cli.monitoring;

import dev.awsrecipes.core.Check;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --dimension NAME=VALUE}, repeatable, declared and parsed once for create-alarm and put-metric. */
public final class DimensionOptions {
    @Option(names = "--dimension", paramLabel = "NAME=VALUE", description = "A dimension; repeatable.")
    List<String> dimensions;

    /** The dimensions in the order given; each must be NAME=VALUE with both parts. */
    Map<String, String> parsed() {
        Map<String, String> map = new LinkedHashMap<>();
        if (dimensions != null) {
            for (String pair : dimensions) {
                int eq = pair.indexOf('=');
                Check.that(eq > 0 && eq < pair.length() - 1, "dimension", "\"" + pair + "\" is not NAME=VALUE");
                map.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return map;
    }
}
