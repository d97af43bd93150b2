package dev.awsrecipes.ssh;

import dev.awsrecipes.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** No public ssh type exposes an internal one; public internal classes are marked @InternalApi. */
class ArchitectureTest {
    @Test
    void internalStaysInternal() {
        ArchitectureRules.check("dev.awsrecipes.ssh");
    }
}
