package dev.awsrecipes.testing.archfixture.clean;

import dev.awsrecipes.testing.archfixture.clean.internal.Engine;
import java.util.function.Function;

/** A facade whose factory and builder construct the internal implementation: code, not API signature. */
public interface Facade {
    int run();

    static Facade create(String name) {
        return new Engine(name);
    }

    /** Builds the facade through a constructor reference, as the recipes' builders do. */
    final class Builder {
        private final Function<String, Facade> factory = Engine::new;

        public Facade build() {
            return factory.apply("built");
        }
    }
}
