package dev.awsrecipes.examples.s3;

import dev.awsrecipes.s3.UploadListener;
import dev.awsrecipes.s3.UploadProgress;
import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for one upload, drawn by me.tongfei:progressbar. It appears with the first
 * report from the engine, so a failure before any byte moves (a missing bucket) prints only its error.
 */
final class UploadProgressBar implements UploadListener, AutoCloseable {
    private static final long MIB = 1024L * 1024;

    private final PrintWriter err;
    private final String task;
    private ProgressBar bar;

    UploadProgressBar(PrintWriter err, String task) {
        this.err = err;
        this.task = task;
    }

    @Override
    public synchronized void progress(UploadProgress progress) {
        if (bar == null) {
            bar = new ProgressBarBuilder()
                    .setTaskName(task)
                    .setInitialMax(progress.bytesTotal())
                    .setUnit("MiB", MIB)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(500)
                    .showSpeed()
                    .setConsumer(new WriterConsumer(err))
                    .build();
        }
        bar.stepTo(progress.bytesDone());
        bar.setExtraMessage(" " + progress.partsDone() + "/" + progress.partsTotal() + " parts");
    }

    @Override
    public void partRetried(int partNumber, int attempt, Throwable error) {
        synchronized (err) {
            err.println();
            err.println("part " + partNumber + " failed (attempt " + attempt + "), retrying: " + error.getMessage());
            err.flush();
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
    }

    /** Draws the bar on one line of the command's stderr, redrawn in place with a carriage return. */
    private record WriterConsumer(PrintWriter err) implements ProgressBarConsumer {
        @Override
        public int getMaxRenderedLength() {
            return 100;
        }

        @Override
        public void accept(String rendered) {
            synchronized (err) {
                err.print('\r');
                err.print(rendered);
                err.flush();
            }
        }

        @Override
        public void close() {
            synchronized (err) {
                err.println();
                err.flush();
            }
        }
    }
}
