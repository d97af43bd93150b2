package dev.awsrecipes.core;

import java.util.Map;
import java.util.Optional;

/**
 * Where the session reads environment variables such as {@code AWS_ENDPOINT_URL} and {@code
 * AWS_REGION}. The process environment by default; tests hand in a map so they never depend on the
 * machine they run on.
 */
@FunctionalInterface
public interface Environment {

    /** The value of the variable, or null when it is not set. */
    String get(String name);

    /** The value of the variable when it is set and not blank. */
    default Optional<String> find(String name) {
        String value = get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** The environment of this process. */
    static Environment system() {
        // CHECKSTYLE:OFF the one place that reads the process environment
        return System::getenv;
        // CHECKSTYLE:ON
    }

    /** A fixed environment, for tests and embedding. */
    static Environment of(Map<String, String> variables) {
        Map<String, String> copy = Map.copyOf(variables);
        return copy::get;
    }
}
