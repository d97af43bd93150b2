package dev.awsrecipes.monitoring;

import dev.awsrecipes.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** No public monitoring type exposes an internal one; public internal classes are marked @InternalApi. */
class ArchitectureTest {
    @Test
    void internalStaysInternal() {
        ArchitectureRules.check("dev.awsrecipes.monitoring");
    }
}
