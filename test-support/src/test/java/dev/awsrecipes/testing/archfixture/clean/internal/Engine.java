package dev.awsrecipes.testing.archfixture.clean.internal;

import dev.awsrecipes.core.InternalApi;
import dev.awsrecipes.testing.archfixture.clean.Facade;

/** Public because the facade in the package above builds it, and marked so. */
@InternalApi
public final class Engine implements Facade {
    public Engine(String name) {
        Helper.check(name);
    }

    @Override
    public int run() {
        return 1;
    }
}
