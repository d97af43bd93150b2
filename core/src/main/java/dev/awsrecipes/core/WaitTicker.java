package dev.awsrecipes.core;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a {@link WaitListener} about one wait, for recipe modules that run their own waits (the SDK
 * waiters poll without telling anyone): at once, then every second from a timer thread (SDK
 * waiters poll without telling anyone), and when it ends. A listener's failure never breaks the wait.
 */
public final class WaitTicker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WaitTicker.class);

    private final WaitListener listener;
    private final String resource;
    private final String state;
    private final Duration timeout;
    private final long started = System.nanoTime();
    private final ScheduledExecutorService timer;
    private boolean reached;
    private boolean ended;

    private WaitTicker(WaitListener listener, String resource, String state, Duration timeout) {
        this.listener = listener;
        this.resource = resource;
        this.state = state;
        this.timeout = timeout;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "aws-recipes-wait-" + resource);
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts telling the listener; close the ticker when the wait ends (after {@link #reached()}). */
    public static WaitTicker start(WaitListener listener, String resource, String state, Duration timeout) {
        WaitTicker ticker = new WaitTicker(listener, resource, state, timeout);
        ticker.tick();
        ticker.timer.scheduleAtFixedRate(ticker::tick, 1, 1, TimeUnit.SECONDS);
        return ticker;
    }

    /** The state was reached. */
    public void reached() {
        reached = true;
    }

    private synchronized void tick() {
        if (ended) {
            return;
        }
        try {
            listener.waiting(resource, state, elapsed(), timeout);
        } catch (RuntimeException e) {
            LOG.warn("wait listener failed; the wait goes on", e);
        }
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        synchronized (this) {
            ended = true;
            try {
                listener.ended(resource, state, elapsed(), reached);
            } catch (RuntimeException e) {
                LOG.warn("wait listener failed at the end of the wait", e);
            }
        }
    }
}
