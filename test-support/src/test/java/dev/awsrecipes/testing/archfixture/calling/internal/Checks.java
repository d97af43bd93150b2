package dev.awsrecipes.testing.archfixture.calling.internal;

import dev.awsrecipes.core.InternalApi;

@InternalApi
public final class Checks {
    private Checks() {}

    public static String name(String value) {
        return value;
    }
}
