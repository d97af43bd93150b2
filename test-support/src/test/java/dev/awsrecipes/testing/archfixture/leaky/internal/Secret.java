package dev.awsrecipes.testing.archfixture.leaky.internal;

import dev.awsrecipes.core.InternalApi;

@InternalApi
public final class Secret {}
