package dev.awsrecipes.testing;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The servers of this JVM, each looked for once: a server found is kept, and so is the reason one was
 * not, so every test that needs a missing server fails at once with the same message.
 */
final class FoundOnce<K extends Enum<K>, S> {
    private final Map<K, S> found;
    private final Map<K, IllegalStateException> failed;
    private final Function<K, S> locate;

    /** @param locate finds the server of a kind, or throws an {@link IllegalStateException} saying why not */
    FoundOnce(Class<K> kinds, Function<K, S> locate) {
        this.found = new EnumMap<>(kinds);
        this.failed = new EnumMap<>(kinds);
        this.locate = locate;
    }

    /** The server of this kind, or an {@link IllegalStateException} saying why there is none. */
    synchronized S get(K kind) {
        if (!found.containsKey(kind) && !failed.containsKey(kind)) {
            try {
                found.put(kind, locate.apply(kind));
            } catch (IllegalStateException e) {
                failed.put(kind, e);
            }
        }
        if (failed.containsKey(kind)) {
            throw failed.get(kind);
        }
        return found.get(kind);
    }
}
