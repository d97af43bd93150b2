package dev.awsrecipes.testing.archfixture.leaky;

import dev.awsrecipes.testing.archfixture.leaky.internal.Secret;
import java.util.List;

/** Hands an internal class out through its API, as a generic argument where it is easy to miss. */
public final class Leaky {
    public List<Secret> secrets() {
        return List.of(new Secret());
    }
}
