package dev.awsrecipes.ec2;

import dev.awsrecipes.testing.ArchitectureRules;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** No public ec2 type exposes an internal one; public internal classes are marked @InternalApi. */
@Disabled("enabled by the lead after merging the module's branch")
class ArchitectureTest {
    @Test
    void internalStaysInternal() {
        ArchitectureRules.check("dev.awsrecipes.ec2");
    }
}
