package dev.awsrecipes.ec2;

import dev.awsrecipes.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** No public ec2 type exposes an internal one; public internal classes are marked @InternalApi. */
class ArchitectureTest {
    @Test
    void internalStaysInternal() {
        ArchitectureRules.check("dev.awsrecipes.ec2");
    }
}
