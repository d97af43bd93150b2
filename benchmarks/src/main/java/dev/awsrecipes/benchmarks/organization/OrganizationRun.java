package dev.awsrecipes.benchmarks.organization;

import dev.awsrecipes.benchmarks.harness.BenchSession;
import dev.awsrecipes.benchmarks.harness.ChildProtocol;
import dev.awsrecipes.benchmarks.harness.EmulatedLatency;
import dev.awsrecipes.core.Account;
import dev.awsrecipes.core.AccountSet;
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.OrganizationAccounts;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.RunningInstances;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Reservation;

/**
 * Main, run in a JVM of its own by {@link OrganizationBenchmark}: the running instances of the picked
 * accounts of the organization on moto, in every region each has enabled, with one contender, once to
 * warm up and then {@code runs} times. Every run is a new session, as every {@code find-running
 * --organization} is: it lists the organization, assumes each member's role and builds its clients again.
 *
 * <p>Arguments: {@code contender runs endpoint accessKey accountId[,accountId...] latencyMs}; the access key
 * reaches the organization's management account (moto takes any secret).
 */
public final class OrganizationRun {
    /** moto takes any key; a key it does not know reaches its default account. */
    static final String KEY = "testing";

    private OrganizationRun() {}

    public static void main(String[] args) {
        String contender = args[0];
        int runs = Integer.parseInt(args[1]);
        String endpoint = args[2];
        String accessKey = args[3];
        List<String> ids = List.of(args[4].split(","));
        long latencyMs = Long.parseLong(args[5]);
        BenchSession.RequestCounter counter = new BenchSession.RequestCounter();
        ChildProtocol.measure(runs, counter, List.of("instances", "errors"), () -> {
            try (Aws aws = session(endpoint, accessKey, counter, latencyMs)) {
                AccountSet accounts = AccountSet.fromOrganization(
                        aws, OrganizationAccounts.builder().accounts(ids).build());
                return switch (contender) {
                    case "ours" -> ours(aws, accounts);
                    case "sequential" -> sequential(aws, accounts);
                    default -> throw new IllegalArgumentException("unknown contender " + contender);
                };
            }
        });
    }

    /** The session {@code find-running --organization} builds: its default bound, 10 attempts per call. */
    static Aws session(String endpoint, String accessKey, BenchSession.RequestCounter counter, long latencyMs) {
        Aws.Builder builder = Aws.builder()
                .endpoint(endpoint)
                .region(Region.US_EAST_1)
                .credentials(accessKey, KEY)
                .maxAttempts(10)
                .addInterceptor(counter);
        if (latencyMs > 0) {
            builder.addInterceptor(new EmulatedLatency(Duration.ofMillis(latencyMs)));
        }
        return builder.build();
    }

    private static long[] ours(Aws aws, AccountSet accounts) {
        RunningInstances found = Ec2Recipes.using(aws.withAccounts(accounts)).findAllRunning();
        return new long[] {found.count(), found.errors().size()};
    }

    /** The same calls one after another: per account its role, its regions, then each region's instances. */
    private static long[] sequential(Aws aws, AccountSet accounts) {
        long count = 0;
        for (Account account : accounts) {
            Ec2Client home = aws.client(Ec2Recipes.EC2, aws.region(), account);
            List<Region> regions = home.describeRegions(r -> r.allRegions(true)).regions().stream()
                    .filter(r -> !"not-opted-in".equals(r.optInStatus()))
                    .map(r -> Region.of(r.regionName()))
                    .toList();
            for (Region region : regions) {
                for (Reservation reservation : aws.client(Ec2Recipes.EC2, region, account)
                        .describeInstancesPaginator(r ->
                                r.filters(f -> f.name("instance-state-name").values("running")))
                        .reservations()) {
                    count += reservation.instances().size();
                }
            }
        }
        return new long[] {count, 0};
    }
}
