package dev.awsrecipes.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress on stderr, shaped for where stderr goes: a bar redrawn in place on a terminal, a plain line
 * now and then when stderr is a file or a pipe (no {@code \r} in a log), nothing with {@code --quiet}.
 * Stdout is never touched, so {@code --json} stays clean.
 */
public final class Progress {
    /** How progress is shown. */
    public enum Mode {
        BAR,
        LINES,
        OFF
    }

    /** How often a plain line is written at most, besides the first and the last. */
    static final Duration LINE_INTERVAL = Duration.ofSeconds(5);

    private final PrintWriter err;
    private final Mode mode;
    private final LongSupplier clock;

    Progress(PrintWriter err, Mode mode, LongSupplier nanoClock) {
        this.err = err;
        this.mode = mode;
        this.clock = nanoClock;
    }

    /** The mode for these settings: quiet wins, then a terminal gets a bar. */
    static Mode mode(boolean quiet, boolean terminal) {
        return quiet ? Mode.OFF : terminal ? Mode.BAR : Mode.LINES;
    }

    public Mode mode() {
        return mode;
    }

    /**
     * One task's progress, e.g. {@code task("upload", total, "MiB", 1 << 20)}; a total of -1 when it is
     * not known yet. Close it when the task ends.
     */
    public Task task(String name, long total, String unit, long unitSize) {
        return switch (mode) {
            case OFF -> new Task(name, unit, unitSize, null, null);
            case BAR -> {
                BarConsumer consumer = new BarConsumer(err);
                yield new Task(name, unit, unitSize, bar(name, total, unit, unitSize, consumer), consumer);
            }
            case LINES -> new Task(name, unit, unitSize, null, null);
        };
    }

    /**
     * Runs {@code work} with a task whose total is not known, e.g. objects counted in a listing; the
     * task is closed when the work ends, however it ends.
     */
    public <T> T counting(String name, String unit, Function<Task, T> work) {
        try (Task task = task(name, -1, unit, 1)) {
            return work.apply(task);
        }
    }

    /** A line of its own (a retry, a warning), kept apart from a bar. */
    public void note(String line) {
        if (mode == Mode.OFF) {
            return;
        }
        synchronized (err) {
            if (mode == Mode.BAR) {
                err.println();
            }
            err.println(line);
            err.flush();
        }
    }

    private static ProgressBar bar(String name, long total, String unit, long unitSize, BarConsumer consumer) {
        return new ProgressBarBuilder()
                .setTaskName(name)
                .setInitialMax(total)
                .setUnit(unit, unitSize)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(500)
                .showSpeed()
                .setConsumer(consumer)
                .build();
    }

    /** One task: report with {@link #update}, end with {@link #close}. Thread-safe. */
    public final class Task implements AutoCloseable {
        private final String name;
        private final String unit;
        private final long unitSize;
        private final ProgressBar bar;
        private final BarConsumer consumer;
        private long lastLine = Long.MIN_VALUE;
        private long done;
        private long total = -1;
        private String extra = "";
        private boolean reported;

        private Task(String name, String unit, long unitSize, ProgressBar bar, BarConsumer consumer) {
            this.name = name;
            this.unit = unit;
            this.unitSize = unitSize;
            this.bar = bar;
            this.consumer = consumer;
        }

        /** Where the task is: {@code done} of {@code total} (-1: unknown), and a short extra text. */
        public synchronized void update(long done, long total, String extra) {
            this.done = done;
            this.total = total;
            this.extra = extra == null ? "" : extra;
            this.reported = true;
            if (bar != null) {
                if (total >= 0 && bar.getMax() != total) {
                    bar.maxHint(total);
                }
                bar.stepTo(done);
                bar.setExtraMessage(this.extra.isEmpty() ? "" : " " + this.extra);
            } else if (mode == Mode.LINES) {
                long now = clock.getAsLong();
                if (lastLine == Long.MIN_VALUE || now - lastLine >= LINE_INTERVAL.toNanos()) {
                    lastLine = now;
                    line();
                }
            }
        }

        @Override
        public synchronized void close() {
            if (bar != null) {
                bar.close();
                consumer.finish();
            } else if (mode == Mode.LINES && reported) {
                line();
            }
        }

        private void line() {
            String amount = unitSize == 1 ? Long.toString(done) : String.format("%.1f", (double) done / unitSize);
            String of = total < 0
                    ? ""
                    : " of "
                            + (unitSize == 1 ? Long.toString(total) : String.format("%.1f", (double) total / unitSize));
            String percent = total > 0 ? String.format(" (%d%%)", 100 * done / total) : "";
            synchronized (err) {
                err.println(name + ": " + amount + of + " " + unit + percent + (extra.isEmpty() ? "" : ", " + extra));
                err.flush();
            }
        }
    }

    /**
     * Draws the bar on one line of stderr, redrawn in place with a carriage return. The library redraws
     * from a timer thread, so a redraw can arrive after the bar was closed; once finished, the line is
     * ended exactly once and later redraws are dropped, so what follows starts on a line of its own.
     */
    private static final class BarConsumer implements ProgressBarConsumer {
        private final PrintWriter err;
        private boolean open = true;
        private boolean midLine;

        BarConsumer(PrintWriter err) {
            this.err = err;
        }

        @Override
        public int getMaxRenderedLength() {
            return 100;
        }

        @Override
        public void accept(String rendered) {
            synchronized (err) {
                if (open) {
                    err.print('\r');
                    err.print(rendered);
                    midLine = true;
                    err.flush();
                }
            }
        }

        @Override
        public void close() {
            finish();
        }

        void finish() {
            synchronized (err) {
                if (open) {
                    open = false;
                    if (midLine) {
                        err.println();
                    }
                    err.flush();
                }
            }
        }
    }
}
