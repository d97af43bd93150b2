package dev.awsrecipes.benchmarks.fleet;

import dev.awsrecipes.benchmarks.harness.BenchSession;
import dev.awsrecipes.benchmarks.harness.ChildProtocol;
import dev.awsrecipes.benchmarks.harness.EmulatedLatency;
import dev.awsrecipes.benchmarks.harness.Knobs;
import dev.awsrecipes.core.Account;
import dev.awsrecipes.core.AccountSet;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.RunningInstances;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.Reservation;

/**
 * Main, run in a JVM of its own by {@link FindAllRunningBenchmark}: finds the running instances of
 * several accounts in all their regions with one contender, once to warm up (every client built) and
 * then {@code runs} times.
 *
 * <p>Arguments: {@code contender runs accountId[,accountId...] [latencyMs]}; each account id is also its
 * access key (LocalStack takes a 12-digit key as the account). A positive {@code latencyMs} makes every
 * request wait that long before it is sent ({@link EmulatedLatency}), as a round trip to AWS would.
 */
public final class FindAllRunningRun {
    private FindAllRunningRun() {}

    public static void main(String[] args) {
        String contender = args[0];
        int runs = Integer.parseInt(args[1]);
        AccountSet accounts = accounts(List.of(args[2].split(",")));
        long latencyMs = args.length > 3 ? Long.parseLong(args[3]) : 0;
        Knobs knobs = Knobs.fromEnvironment();
        BenchSession.RequestCounter counter = new BenchSession.RequestCounter();
        Aws.Builder builder = BenchSession.builder(knobs, counter, accounts);
        if (latencyMs > 0) {
            builder.addInterceptor(new EmulatedLatency(Duration.ofMillis(latencyMs)));
        }
        try (Aws aws = builder.build()) {
            ChildProtocol.measure(runs, counter, List.of("instances", "errors"), () -> switch (contender) {
                case "ours" -> ours(aws);
                case "sequential" -> sequential(aws);
                default -> throw new IllegalArgumentException("unknown contender " + contender);
            });
        }
    }

    static AccountSet accounts(List<String> ids) {
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            accounts.add(Account.keys("account-" + (i + 1), ids.get(i), "test"));
        }
        return AccountSet.of(accounts);
    }

    private static long[] ours(Aws aws) {
        RunningInstances found = Ec2Recipes.using(aws).findAllRunning();
        return new long[] {found.count(), found.errors().size()};
    }

    /**
     * The cookbook's way: for each account, its regions, then each region's instances, one call at a time
     * — the very calls ours makes, one after another.
     */
    private static long[] sequential(Aws aws) {
        int count = 0;
        for (Account account : aws.accounts()) {
            Ec2Client home = aws.client(Ec2Recipes.EC2, aws.region(), account);
            // The same regions ours searches: every region not waiting to be opted in.
            List<Region> regions = home.describeRegions(r -> r.allRegions(true)).regions().stream()
                    .filter(r -> !"not-opted-in".equals(r.optInStatus()))
                    .map(r -> Region.of(r.regionName()))
                    .toList();
            for (Region region : regions) {
                Ec2Client ec2 = aws.client(Ec2Recipes.EC2, region, account);
                for (Reservation reservation : ec2.describeInstancesPaginator(r ->
                                r.filters(f -> f.name("instance-state-name").values("running")))
                        .reservations()) {
                    for (Instance instance : reservation.instances()) {
                        count++;
                        if (System.getenv("BENCH_DEBUG") != null) {
                            System.err.println(account.name() + " " + region + " " + instance.instanceId() + " "
                                    + reservation.ownerId());
                        }
                    }
                }
            }
        }
        return new long[] {count, 0};
    }
}
