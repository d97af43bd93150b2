package dev.awsrecipes.s3;

import dev.awsrecipes.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** No public s3 type exposes an internal one; public internal classes are marked @InternalApi. */
class ArchitectureTest {
    @Test
    void internalStaysInternal() {
        // S3Recipes.S3 is the internal S3 client description (path-style and payload signing for local
        // servers) under its public name: its value, never its type, comes from internal code.
        ArchitectureRules.check("dev.awsrecipes.s3", S3Recipes.class);
    }
}
