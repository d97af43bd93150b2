package dev.awsrecipes.testing;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.core.AwsService;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;

/**
 * A fresh account for one test on a server of the EC2 family, and on close the removal of every instance, keypair and
 * non-default security group the test made in the regions it used, so nothing is left behind.
 */
public final class Ec2TestAccount implements AutoCloseable {
    /** EC2 for the session's client cache; the recipe modules name it the same way. */
    private static final AwsService<Ec2Client> EC2 = AwsService.of("ec2", Ec2Client.class, Ec2Client::builder);

    /** The account's own session; closed with this account. */
    public final Aws aws;
    /** The fresh account's id. */
    public final String accountId;

    private final java.util.Set<Region> regions = new java.util.LinkedHashSet<>();

    /** The keys of the fresh account, for clients and profiles a test makes itself. */
    public final AccountKeys keys;

    /** A fresh account on the LocalStack; the extra regions are cleaned up too. */
    public Ec2TestAccount(LocalStack localStack, Region... extraRegions) {
        this(Ec2Servers.of(localStack), extraRegions);
    }

    /** A fresh account on the server; the extra regions are cleaned up too. */
    public Ec2TestAccount(Ec2Server server, Region... extraRegions) {
        this.keys = server.newAccount();
        this.accountId = keys.accountId();
        this.aws = server.session(keys);
        this.regions.add(server.region());
        this.regions.addAll(List.of(extraRegions));
    }

    /** Cleans these regions up too when closed. */
    public void alsoClean(java.util.Collection<Region> more) {
        regions.addAll(more);
    }

    /** The account's EC2 client in the server's region. */
    public Ec2Client ec2() {
        return aws.client(EC2);
    }

    /** The account's EC2 client in the region. */
    public Ec2Client ec2(Region region) {
        return aws.client(EC2, region);
    }

    /** An image the server knows (moto's list of AMIs, which LocalStack ships too). */
    public String anyImageId() {
        return ec2().describeImages(r -> r.filters(
                        Filter.builder().name("name").values("ubuntu*").build()))
                .images()
                .get(0)
                .imageId();
    }

    /** Every instance of the account in the region, terminated ones included. */
    public List<Instance> instances(Region region) {
        return ec2(region).describeInstancesPaginator().reservations().stream()
                .flatMap(r -> r.instances().stream())
                .toList();
    }

    @Override
    public void close() {
        try {
            for (Region region : regions) {
                Ec2Client ec2 = ec2(region);
                List<String> live = instances(region).stream()
                        .filter(i -> !i.state().nameAsString().equals("terminated"))
                        .map(Instance::instanceId)
                        .toList();
                if (!live.isEmpty()) {
                    ec2.terminateInstances(r -> r.instanceIds(live));
                    ec2.waiter().waitUntilInstanceTerminated(r -> r.instanceIds(live), w -> w.waitTimeout(
                                    Duration.ofSeconds(60))
                            .maxAttempts(30));
                }
                ec2.describeKeyPairs().keyPairs().forEach(k -> ec2.deleteKeyPair(r -> r.keyName(k.keyName())));
                ec2.describeSecurityGroups().securityGroups().stream()
                        .filter(g -> !g.groupName().equals("default"))
                        .map(SecurityGroup::groupId)
                        .forEach(id -> ec2.deleteSecurityGroup(r -> r.groupId(id)));
            }
        } finally {
            aws.close();
        }
    }
}
