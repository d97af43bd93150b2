package dev.awsrecipes.core;

import dev.awsrecipes.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * Core's architecture test. It lives here, not in core, because test-support depends on core (core cannot
 * have test-support on its test class path without a cycle).
 */
class CoreArchitectureTest {
    @Test
    void internalStaysInternal() {
        // The session owns its internal machinery (client cache, credentials, settings, threads) by design;
        // its API still names none of it.
        ArchitectureRules.check("dev.awsrecipes.core", Aws.class);
    }
}
