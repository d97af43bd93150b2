package dev.awsrecipes.core.internal;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A value made on first use, once, however many threads ask at the same time (double-checked locking
 * on a volatile field, written once here).
 *
 * @param <T> the value
 */
final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> maker;
    private volatile T value;

    Lazy(Supplier<T> maker) {
        this.maker = maker;
    }

    /** The value, made now if no call has made it yet. */
    @Override
    public T get() {
        T made = value;
        if (made == null) {
            synchronized (this) {
                made = value;
                if (made == null) {
                    made = maker.get();
                    value = made;
                }
            }
        }
        return made;
    }

    /** The value if it was made; never makes it, but waits for a making under way (so close() misses none). */
    synchronized Optional<T> ifMade() {
        return Optional.ofNullable(value);
    }
}
