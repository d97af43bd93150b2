package dev.awsrecipes.cli;

import java.util.function.Consumer;

/** How a command hands its options to a recipe's spec builder. */
public final class OptionValues {
    private OptionValues() {}

    /**
     * Sets an option the user gave; one left out (null) leaves the spec's default alone, so defaults
     * live once, in the library: {@code ifGiven(cidr, spec::cidr)}.
     */
    public static <T> void ifGiven(T value, Consumer<? super T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }
}
