package dev.awsrecipes.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaitTickerTest {
    /** Records what it hears. */
    private static final class Heard implements WaitListener {
        final List<String> events = new ArrayList<>();

        @Override
        public synchronized void waiting(String resource, String state, Duration elapsed, Duration timeout) {
            events.add("waiting " + resource + " " + state + " " + timeout);
        }

        @Override
        public synchronized void ended(String resource, String state, Duration elapsed, boolean reached) {
            events.add("ended " + resource + " " + state + " " + reached);
        }
    }

    @Test
    void aWait_isHeardAtOnce_andItsEnd_withWhetherTheStateWasReached() {
        Heard heard = new Heard();
        try (WaitTicker ticker = WaitTicker.start(heard, "volume vol-1", "available", Duration.ofMinutes(10))) {
            ticker.reached();
        }
        try (WaitTicker ignored = WaitTicker.start(heard, "instance i-1", "running", Duration.ofSeconds(30))) {
            // gave up: never reached
        }

        assertThat(heard.events.get(0)).isEqualTo("waiting volume vol-1 available PT10M");
        assertThat(heard.events).contains("ended volume vol-1 available true", "ended instance i-1 running false");
        assertThat(heard.events.get(heard.events.size() - 1)).isEqualTo("ended instance i-1 running false");
    }

    @Test
    void aListenerThatThrows_neverBreaksTheWait() {
        WaitListener broken = (resource, state, elapsed, timeout) -> {
            throw new IllegalStateException("listener bug");
        };
        try (WaitTicker ticker = WaitTicker.start(broken, "volume vol-2", "available", Duration.ofMinutes(1))) {
            ticker.reached();
        }
    }
}
