package dev.awsrecipes.core.internal;

import dev.awsrecipes.core.Account;
import dev.awsrecipes.core.FanOutResult;
import dev.awsrecipes.core.RegionalCall;
import dev.awsrecipes.core.RegionalOutcome;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.regions.Region;

/** Runs one call per (account, region) pair on a pool of daemon threads, collecting every outcome. */
public final class FanOut implements AutoCloseable {
    private final Lazy<ExecutorService> executor;

    public FanOut(int parallelism) {
        this.executor = new Lazy<>(() -> Executors.newFixedThreadPool(parallelism, daemonThreads()));
    }

    public <T> FanOutResult<T> run(Collection<Account> accounts, Collection<Region> regions, RegionalCall<T> call) {
        List<CompletableFuture<RegionalOutcome<T>>> futures = new ArrayList<>();
        for (Account account : accounts) {
            for (Region region : regions) {
                futures.add(CompletableFuture.supplyAsync(() -> attempt(account, region, call), executor()));
            }
        }
        List<RegionalOutcome<T>> outcomes = new ArrayList<>(futures.size());
        for (CompletableFuture<RegionalOutcome<T>> future : futures) {
            outcomes.add(future.join());
        }
        return new FanOutResult<>(outcomes);
    }

    private static <T> RegionalOutcome<T> attempt(Account account, Region region, RegionalCall<T> call) {
        try {
            return RegionalOutcome.success(account, region, call.call(account, region));
        } catch (CompletionException e) {
            return RegionalOutcome.failure(account, region, e.getCause() == null ? e : e.getCause());
        } catch (Exception | LinkageError | AssertionError e) {
            return RegionalOutcome.failure(account, region, e);
        }
    }

    public ExecutorService executor() {
        return executor.get();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "aws-recipes-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        executor.ifMade().ifPresent(ExecutorService::shutdownNow);
    }
}
