package dev.awsrecipes.testing.archfixture.calling;

import dev.awsrecipes.testing.archfixture.calling.internal.Checks;

/** A spec that checks its argument with an internal class: its API is clean, its code is not. */
public final class Spec {
    private final String name;

    public Spec(String name) {
        this.name = Checks.name(name);
    }

    public String name() {
        return name;
    }
}
