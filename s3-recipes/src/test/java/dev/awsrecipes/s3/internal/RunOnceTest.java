package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A task on the caller's executor that runs once, there or on the thread that needs it. */
class RunOnceTest {

    @Test
    void join_executorNeverRunsIt_runsOnTheJoiningThreadOnce() {
        List<Runnable> queued = new ArrayList<>();
        Executor stuck = queued::add; // a pool whose threads are all busy: the task waits in its queue
        AtomicInteger runs = new AtomicInteger();

        RunOnce<String> task = RunOnce.submit(
                stuck,
                () -> runs.incrementAndGet() + " on " + Thread.currentThread().getName());

        assertThat(task.join()).isEqualTo("1 on " + Thread.currentThread().getName());
        queued.forEach(Runnable::run); // the pool gets to it at last: nothing runs twice
        assertThat(runs).hasValue(1);
    }

    @Test
    void join_executorRefusesIt_runsOnTheJoiningThread() {
        RunOnce<Integer> task = RunOnce.submit(
                r -> {
                    throw new java.util.concurrent.RejectedExecutionException("shut down");
                },
                () -> 42);

        assertThat(task.join()).isEqualTo(42);
    }

    @Test
    void join_taskFailed_throwsItsErrorUnwrapped() {
        IllegalStateException failure = new IllegalStateException("listing failed");
        RunOnce<Integer> task = RunOnce.submit(Runnable::run, () -> {
            throw failure;
        });

        assertThatThrownBy(task::join).isSameAs(failure);
    }

    @Test
    void cancelAndAwait_notStarted_neverRuns_started_isWaitedFor() throws Exception {
        List<Runnable> queued = new ArrayList<>();
        AtomicInteger runs = new AtomicInteger();
        RunOnce<Integer> notStarted = RunOnce.submit(queued::add, runs::incrementAndGet);

        notStarted.cancelAndAwait();
        queued.forEach(Runnable::run);
        assertThat(runs).hasValue(0);

        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            CountDownLatch running = new CountDownLatch(1);
            AtomicInteger ended = new AtomicInteger();
            RunOnce<Integer> started = RunOnce.submit(pool, () -> {
                running.countDown();
                Thread.sleep(200);
                return ended.incrementAndGet();
            });
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

            started.cancelAndAwait();

            assertThat(ended).as("returned only after the running task ended").hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
