package dev.awsrecipes.cli;

import dev.awsrecipes.core.Aws;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The sessions the commands of one {@code run} share: one per set of session options (profile, region,
 * endpoint, debug), made when a line first needs it and closed when the run ends, so a thousand lines pay
 * for one set of clients and connections rather than a thousand.
 */
final class SharedSessions implements AutoCloseable {
    private final Map<List<Object>, Aws> sessions = new HashMap<>();

    /** The session for these options, made by {@code make} the first time. Never closed by the caller. */
    synchronized Aws session(GlobalOptions options, Supplier<Aws> make) {
        List<Object> key = new ArrayList<>(options.sessionArguments());
        key.add(options.debug());
        return sessions.computeIfAbsent(key, k -> make.get());
    }

    @Override
    public synchronized void close() {
        sessions.values().forEach(Aws::close);
        sessions.clear();
    }
}
