package dev.awsrecipes.testing.archfixture.clean.internal;

/** Package-private: needs no marker. */
final class Helper {
    private Helper() {}

    static void check(String name) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("name is empty");
        }
    }
}
