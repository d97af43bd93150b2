package dev.awsrecipes.benchmarks.organization;

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
import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.OrganizationAccounts;
import dev.awsrecipes.core.OrganizationsService;
import dev.awsrecipes.ec2.Ec2Recipes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

/**
 * Main: issue 20's benchmark, {@code find-running --organization} over 10 to 200 member accounts × every
 * enabled region on moto with a 100 ms emulated round trip per request — the library path the command
 * takes (list the organization, assume each member's role, one fan-out) against the same calls one after
 * another.
 *
 * <p>Knobs: {@code MOTO_ENDPOINT} (required: {@code eval "$(scripts/moto env)"}), {@code
 * BENCH_ORG_ACCOUNTS} (the sizes, default {@code 10,50,100,200}), {@code BENCH_ORG_SEQUENTIAL_MAX} (the
 * largest size the sequential loop runs at, default 10: it costs about 2 s per account at 100 ms), {@code
 * BENCH_LATENCY_MS} (100), {@code BENCH_RUNS} (3).
 */
public final class OrganizationBenchmark {
    static final String OURS = "ours (find-running --organization)";
    static final String SEQUENTIAL = "sequential (one call after another)";
    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private OrganizationBenchmark() {}

    public static void main(String[] args) throws Exception {
        Knobs knobs = Knobs.fromEnvironment();
        Map<String, String> env = System.getenv();
        String endpoint = env.get("MOTO_ENDPOINT");
        if (endpoint == null || endpoint.isBlank()) {
            throw new IllegalStateException(
                    "MOTO_ENDPOINT is not set: scripts/moto start; eval \"$(scripts/moto env)\"");
        }
        long[] sizes = Knobs.longs(env, "BENCH_ORG_ACCOUNTS", 10, 50, 100, 200);
        long sequentialMax = Knobs.longs(env, "BENCH_ORG_SEQUENTIAL_MAX", 10)[0];
        long latencyMs = Math.max(1, EmulatedLatency.millisFrom(env));
        long largest = 0;
        for (long size : sizes) {
            largest = Math.max(largest, size);
        }
        Results results = new Results(
                "find-running-organization",
                "find-running --organization: " + sizes[0] + " to " + largest
                        + " accounts × every enabled region, on moto",
                OURS);
        Map<Account, Map<Region, String>> launched = new LinkedHashMap<>();
        String managementKey = freshAccountKey(endpoint);
        try (Aws management = OrganizationRun.session(endpoint, managementKey, new BenchSession.RequestCounter(), 0)) {
            List<Account> members = members(management, (int) largest);
            // The regions the command searches in each account: every one DescribeRegions lists that is not
            // waiting to be opted in (moto lists the same for every account).
            int regions =
                    (int) management.client(Ec2Recipes.EC2).describeRegions(r -> r.allRegions(true)).regions().stream()
                            .filter(r -> !"not-opted-in".equals(r.optInStatus()))
                            .count();
            try {
                List<Integer> instancesUpTo = launch(management, members, launched);
                for (long size : sizes) {
                    List<String> ids = members.subList(0, (int) size).stream()
                            .map(Account::name)
                            .toList();
                    int expected = instancesUpTo.get((int) size - 1);
                    String caseName = size + " accounts × " + regions + " regions";
                    // Per run: one AssumeRole, one DescribeRegions and one DescribeInstances per region for
                    // each account, plus the listing (ListAccounts pages and GetCallerIdentity).
                    results.work(caseName, size * (2 + regions), "account-region calls/s");
                    String settings = ", " + EmulatedLatency.label(latencyMs);
                    measure(
                            results.add(caseName, OURS, "session parallelism 32, 10 attempts" + settings),
                            knobs,
                            "ours",
                            endpoint,
                            managementKey,
                            ids,
                            latencyMs,
                            expected);
                    if (size <= sequentialMax) {
                        measure(
                                results.add(caseName, SEQUENTIAL, "1 call at a time" + settings),
                                knobs,
                                "sequential",
                                endpoint,
                                managementKey,
                                ids,
                                latencyMs,
                                expected);
                    }
                }
            } finally {
                launched.forEach((account, byRegion) -> byRegion.forEach((region, id) ->
                        management.client(Ec2Recipes.EC2, region, account).terminateInstances(r -> r.instanceIds(id))));
            }
        }
        results.note("Each contender runs in a JVM of its own: one warm-up run, then the measured runs; every run"
                + " is a new session, so it lists the organization and assumes every member's role again, as each"
                + " `find-running --organization` does. The organization is new, owned by a new moto account;"
                + " its members are picked with --accounts (the management account left out); every tenth"
                + " holds one running instance.");
        results.note(EmulatedLatency.note(latencyMs)
                .replace("against LocalStack alone", "against moto alone")
                .replace("LocalStack answers", "moto answers"));
        results.note("The sequential loop runs up to " + sequentialMax + " accounts only (BENCH_ORG_SEQUENTIAL_MAX):"
                + " it makes the same calls one after another, so its time grows with the number of calls.");
        Reporter.publish(results, knobs, System.out);
    }

    /**
     * The access key of a new moto account, which then owns the benchmark's organization alone (moto keeps
     * one organization per account): reached as a member account is, by assuming a role in it.
     */
    private static String freshAccountKey(String endpoint) {
        String accountId = Long.toString(
                Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 900_000_000_000L) + 100_000_000_000L);
        try (Aws defaultAccount =
                OrganizationRun.session(endpoint, OrganizationRun.KEY, new BenchSession.RequestCounter(), 0)) {
            return defaultAccount
                    .client(Aws.STS)
                    .assumeRole(r -> r.roleArn("arn:aws:iam::" + accountId + ":role/benchmark")
                            .roleSessionName("benchmark"))
                    .credentials()
                    .accessKeyId();
        }
    }

    /** {@code count} new member accounts of a new organization, reached through the default role. */
    private static List<Account> members(Aws management, int count) {
        OrganizationsClient organizations = management.client(OrganizationsService.ORGANIZATIONS);
        organizations.createOrganization(r -> r.featureSet("ALL"));
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<Account> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = "bench-" + run + "-" + i;
            String id = organizations
                    .createAccount(r -> r.accountName(name).email(name + "@example.com"))
                    .createAccountStatus()
                    .accountId();
            members.add(Account.member(
                    id, name, "arn:aws:iam::" + id + ":role/" + OrganizationAccounts.DEFAULT_ROLE_NAME, null));
        }
        System.out.printf(Locale.ROOT, "find-running-organization: %d new member accounts%n", count);
        return members;
    }

    /**
     * One instance in every tenth account, in a region that changes from one to the next; returns, for
     * each prefix of the member list, how many instances it holds.
     */
    private static List<Integer> launch(
            Aws management, List<Account> members, Map<Account, Map<Region, String>> launched) {
        List<Region> regions = List.of(Region.US_EAST_2, Region.EU_WEST_1, Region.AP_SOUTHEAST_2, Region.SA_EAST_1);
        List<Integer> upTo = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < members.size(); i++) {
            if (i % 10 == 0) {
                Account account = members.get(i);
                Region region = regions.get((i / 10) % regions.size());
                Ec2Client ec2 = management.client(Ec2Recipes.EC2, region, account);
                String image = ec2.describeImages(r -> r.owners("amazon"))
                        .images()
                        .get(0)
                        .imageId();
                String id = ec2.runInstances(r -> r.imageId(image)
                                .instanceType("t3.micro")
                                .minCount(1)
                                .maxCount(1))
                        .instances()
                        .get(0)
                        .instanceId();
                launched.computeIfAbsent(account, a -> new LinkedHashMap<>()).put(region, id);
                count++;
            }
            upTo.add(count);
        }
        return upTo;
    }

    private static void measure(
            Measurement m,
            Knobs knobs,
            String contender,
            String endpoint,
            String accessKey,
            List<String> ids,
            long latencyMs,
            int expected)
            throws Exception {
        List<String> args = List.of(
                contender,
                Integer.toString(knobs.runs()),
                endpoint,
                accessKey,
                String.join(",", ids),
                Long.toString(latencyMs));
        Proc.Result r = Fork.run(List.of(), OrganizationRun.class, args, TIMEOUT);
        FoundInstances.record(m, r, expected, "errors", "find-running-organization", 40);
    }
}
