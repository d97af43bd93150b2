package dev.awsrecipes.benchmarks.fleet;

import dev.awsrecipes.benchmarks.harness.BenchSession;
import dev.awsrecipes.benchmarks.harness.EmulatedLatency;
import dev.awsrecipes.benchmarks.harness.Fork;
import dev.awsrecipes.benchmarks.harness.FoundInstances;
import dev.awsrecipes.benchmarks.harness.Knobs;
import dev.awsrecipes.benchmarks.harness.Measurement;
import dev.awsrecipes.benchmarks.harness.Proc;
import dev.awsrecipes.benchmarks.harness.Reporter;
import dev.awsrecipes.benchmarks.harness.Results;
import dev.awsrecipes.core.Account;
import dev.awsrecipes.core.AccountSet;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.Ec2Regions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceType;

/**
 * Main: benchmark 3, the running instances of three accounts in all regions — our findAllRunning (all
 * account × region calls at once) against the same DescribeInstances calls one after another.
 */
public final class FindAllRunningBenchmark {
    static final String OURS = "ours (findAllRunning)";
    private static final Duration TIMEOUT = Duration.ofMinutes(20);
    /** Any image id: LocalStack's EC2 does not check it. */
    private static final String IMAGE = "ami-03cf127a";

    /**
     * Where the instances go: account index → regions, one instance per entry. Not us-east-1: LocalStack
     * shows that region's instances again under the us-gov-* and cn-* regions DescribeRegions lists.
     */
    static final List<List<String>> PLACEMENT = List.of(
            List.of("us-east-2", "us-east-2", "eu-west-1"),
            List.of("ap-southeast-2", "us-west-2"),
            List.of("sa-east-1"));

    private FindAllRunningBenchmark() {}

    public static void main(String[] args) throws Exception {
        Knobs knobs = Knobs.fromEnvironment();
        long latencyMs = EmulatedLatency.millisFrom(System.getenv());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < PLACEMENT.size(); i++) {
            ids.add(newAccountId());
        }
        AccountSet accounts = FindAllRunningRun.accounts(ids);
        Results results = new Results("find-all-running", "findAllRunning: 3 accounts × all regions", OURS);
        Map<Account, Map<Region, List<String>>> launched = new LinkedHashMap<>();
        try (Aws aws = BenchSession.builder(knobs, new BenchSession.RequestCounter(), accounts)
                .build()) {
            try {
                int expected = launch(aws, accounts, launched);
                String caseName =
                        "3 accounts, " + Ec2Regions.enabled(aws).size() + " regions, " + expected + " instances";
                String idList = String.join(",", ids);
                measureCase(knobs, results, caseName, "", 0, idList, expected);
                if (latencyMs > 0) {
                    String latencyCase = caseName + ", " + EmulatedLatency.caseLabel(latencyMs);
                    String settings = ", " + EmulatedLatency.label(latencyMs);
                    measureCase(knobs, results, latencyCase, settings, latencyMs, idList, expected);
                }
            } finally {
                terminate(aws, launched);
            }
        }
        results.note("Each contender runs in a JVM of its own: one warm-up run (every client built), then the"
                + " measured runs. Accounts are fresh 12-digit access keys, so LocalStack treats them as"
                + " separate, empty accounts.");
        if (latencyMs > 0) {
            results.note(EmulatedLatency.note(latencyMs));
        }
        Reporter.publish(results, knobs, System.out);
    }

    /** A 12-digit id no one else uses. */
    static String newAccountId() {
        long n = Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 900_000_000_000L) + 100_000_000_000L;
        return Long.toString(n);
    }

    private static int launch(Aws aws, AccountSet accounts, Map<Account, Map<Region, List<String>>> launched) {
        int count = 0;
        List<Account> list = accounts.asList();
        for (int i = 0; i < list.size(); i++) {
            Account account = list.get(i);
            for (String regionName : PLACEMENT.get(i)) {
                Region region = Region.of(regionName);
                Ec2Client ec2 = aws.client(Ec2Recipes.EC2, region, account);
                String id = ec2.runInstances(r -> r.imageId(IMAGE)
                                .instanceType(InstanceType.T3_MICRO)
                                .minCount(1)
                                .maxCount(1))
                        .instances()
                        .get(0)
                        .instanceId();
                if (System.getenv("BENCH_DEBUG") != null) {
                    System.out.println("launched " + id + " in " + account.name() + " " + region);
                }
                launched.computeIfAbsent(account, a -> new LinkedHashMap<>())
                        .computeIfAbsent(region, r -> new ArrayList<>())
                        .add(id);
                count++;
            }
        }
        launched.forEach(
                (account, byRegion) -> byRegion.forEach((region, ids) -> aws.client(Ec2Recipes.EC2, region, account)
                        .waiter()
                        .waitUntilInstanceRunning(r -> r.instanceIds(ids), w -> w.waitTimeout(Duration.ofMinutes(2))
                                .maxAttempts(60))));
        System.out.printf(Locale.ROOT, "find-all-running: %d instances running in 3 new accounts%n", count);
        return count;
    }

    private static void terminate(Aws aws, Map<Account, Map<Region, List<String>>> launched) {
        launched.forEach((account, byRegion) -> byRegion.forEach((region, ids) ->
                aws.client(Ec2Recipes.EC2, region, account).terminateInstances(r -> r.instanceIds(ids))));
    }

    /** Both contenders on one case; {@code latencyMs} 0 means LocalStack as it is. */
    private static void measureCase(
            Knobs knobs,
            Results results,
            String caseName,
            String settingsSuffix,
            long latencyMs,
            String ids,
            int expected)
            throws Exception {
        measure(
                knobs,
                results.add(caseName, OURS, "session parallelism 32" + settingsSuffix),
                "ours",
                ids,
                latencyMs,
                expected);
        measure(
                knobs,
                results.add(caseName, "sequential (one call after another)", "1 call at a time" + settingsSuffix),
                "sequential",
                ids,
                latencyMs,
                expected);
    }

    private static void measure(Knobs knobs, Measurement m, String contender, String ids, long latencyMs, int expected)
            throws Exception {
        List<String> args = List.of(contender, Integer.toString(knobs.runs()), ids, Long.toString(latencyMs));
        Proc.Result r = Fork.run(List.of(), FindAllRunningRun.class, args, TIMEOUT);
        if (System.getenv("BENCH_DEBUG") != null) {
            System.out.print(r.stderr());
        }
        FoundInstances.record(m, r, expected, "failed regions", "find-all-running", 70);
    }
}
