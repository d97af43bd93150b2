package dev.awsrecipes.core;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * "Create if missing", the same way in every recipe: look the resource up, create it when it is not
 * there, and if a concurrent caller created it in between (AWS answers with an already-exists code),
 * look it up again instead of failing. Any other error reaches the caller unchanged.
 */
public final class CreateIfMissing {
    private CreateIfMissing() {}

    /**
     * The existing resource, or the one just created.
     *
     * @param find looks the resource up; empty when it does not exist
     * @param create creates it and returns it
     */
    public static <T> Outcome<T> getOrCreate(Supplier<Optional<T>> find, Supplier<T> create) {
        Optional<T> existing = find.get();
        if (existing.isPresent()) {
            return new Outcome<>(existing.get(), false);
        }
        try {
            return new Outcome<>(create.get(), true);
        } catch (RuntimeException e) {
            if (!AwsErrors.isAlreadyExists(e)) {
                throw e;
            }
            return new Outcome<>(
                    find.get()
                            .orElseThrow(
                                    () -> new AwsRecipesException("created concurrently but not found afterwards", e)),
                    false);
        }
    }

    /**
     * Runs a write whose only expected failure is "that already exists" (a duplicate firewall rule, a
     * subscription that exists). Returns true when it was written now, false when it was already there.
     */
    public static boolean run(Runnable write) {
        try {
            write.run();
            return true;
        } catch (RuntimeException e) {
            if (AwsErrors.isAlreadyExists(e)) {
                return false;
            }
            throw e;
        }
    }

    /**
     * The value and whether this call created it.
     *
     * @param value the resource
     * @param created true when this call created it, false when it existed
     */
    public record Outcome<T>(T value, boolean created) {}
}
