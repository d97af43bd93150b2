package dev.awsrecipes.ec2;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.regions.Region;

/** Recipes that prepare access to instances and launch them: keypairs, security groups, launch, tags. */
public interface LaunchRecipes {

    /**
     * E1: launches one instance in the session's region and waits until it is running. On the way it
     * creates what is missing: the keypair (saving a new private key owner-only as {@code
     * <keyDir>/<keyName>.pem}, or importing the public half of that file when it exists — an existing
     * file is never overwritten) and the security group, and it authorizes TCP on the SSH port from the
     * CIDR (an existing rule is fine). The tags travel in the launch request, with a client token so a
     * retried request starts no second instance.
     *
     * <pre>{@code
     * LaunchedInstance i = ec2.launchInstance(LaunchSpec.builder().ami("ami-0abc").cidr("203.0.113.7/32").build());
     * }</pre>
     *
     * @throws dev.awsrecipes.core.WaitTimeoutException when it is not running within the spec's (or the
     *     session's) wait timeout; the message names the instance
     */
    LaunchedInstance launchInstance(LaunchSpec spec);

    /**
     * E1 with the spec built in place.
     *
     * <pre>{@code
     * ec2.launchInstance(l -> l.ami("ami-0abc").instanceType("t3.micro").keyName("ops").cidr("203.0.113.7/32"));
     * }</pre>
     */
    default LaunchedInstance launchInstance(Consumer<LaunchSpec.Builder> spec) {
        return launchInstance(LaunchSpec.builder().applyMutation(spec).build());
    }

    /**
     * The id of the newest available Amazon-owned image in the session's region whose name matches, for
     * example {@code al2023-ami-2023*-x86_64} (Amazon Linux 2023); empty when none matches.
     */
    Optional<String> latestAmazonImage(String namePattern);

    /**
     * E4: imports a public key into the session's region under the name. The file holds an OpenSSH
     * public key ({@code id_ed25519.pub}) or a PEM private key whose public half is derived in Java;
     * the key is validated before the call.
     *
     * <pre>{@code
     * ec2.importKeyPair("ops", Path.of(System.getProperty("user.home"), ".ssh", "id_ed25519.pub"));
     * }</pre>
     *
     * @throws software.amazon.awssdk.services.ec2.model.Ec2Exception with code {@code
     *     InvalidKeyPair.Duplicate} when a keypair of that name exists
     */
    ImportedKeyPair importKeyPair(String keyName, Path keyFile);

    /** E4 with the key in hand. */
    ImportedKeyPair importKeyPair(String keyName, SshPublicKey publicKey);

    /**
     * E5: the same keypair in every region the account can use, concurrently: imported where missing,
     * compared where present (by EC2's fingerprint, see {@link Ec2Fingerprints}, or by the public key
     * EC2 returns). A same-named key with different material is reported as {@link
     * KeySyncStatus#MISMATCH} and left alone; regions not opted in are reported as skipped; a failing
     * region is reported beside the others.
     *
     * <pre>{@code
     * KeySyncReport report = ec2.syncKeypairs("ops", Path.of(System.getProperty("user.home"), ".ssh", "id_ed25519.pub"));
     * }</pre>
     *
     * @param keyFile an OpenSSH public key, or a PEM private key (which also lets keys EC2 created be
     *     compared by fingerprint)
     */
    KeySyncReport syncKeypairs(String keyName, Path keyFile);

    /** E5 over the given regions only (no {@code DescribeRegions}). */
    KeySyncReport syncKeypairs(String keyName, Path keyFile, Collection<Region> regions);

    /**
     * E5 in every account of the context's accounts (an organization's, say: {@code
     * Ec2Recipes.using(aws.withAccounts(AccountSet.fromOrganization(aws, spec)))}), each in every region it
     * can use, all concurrently within the context's bound. An account that cannot be reached is listed
     * beside the others' reports.
     *
     * @param keyName the keypair name
     * @param keyFile as for {@link #syncKeypairs(String, Path)}
     * @return one report per reached account, and the accounts that failed
     */
    AccountKeySyncs syncKeypairsInAccounts(String keyName, Path keyFile);

    /** {@link #syncKeypairsInAccounts(String, Path)} over the given regions only (no {@code DescribeRegions}). */
    AccountKeySyncs syncKeypairsInAccounts(String keyName, Path keyFile, Collection<Region> regions);

    /**
     * E13: authorizes the CIDR on the ports of the named security groups. A rule that exists already is
     * reported, not an error; with {@link OpenPortSpec#dryRun()} EC2 is asked whether the calls would
     * succeed and nothing changes.
     *
     * @throws dev.awsrecipes.core.AwsRecipesException when a group does not exist (not in a dry run,
     *     which reports it)
     */
    PortOpening openPort(OpenPortSpec spec);

    /**
     * E13 with the spec built in place.
     *
     * <pre>{@code
     * ec2.openPort(p -> p.groups("web").ports(80, 443).cidr("203.0.113.0/24"));
     * }</pre>
     */
    default PortOpening openPort(Consumer<OpenPortSpec.Builder> spec) {
        return openPort(OpenPortSpec.builder().applyMutation(spec).build());
    }

    /** E2: adds (or overwrites) tags on any EC2 resource: instance, volume, snapshot, group, image. */
    void addTags(String resourceId, Map<String, String> tags);

    /** E2: adds (or overwrites) the tags on each resource. */
    void addTags(Collection<String> resourceIds, Map<String, String> tags);

    /** E2: the instances (in any state) that have a tag with the key, whatever its value. */
    List<TaggedInstance> findInstancesByTag(String key);

    /** E2: the instances (in any state) whose tag {@code key} has the value. */
    List<TaggedInstance> findInstancesByTag(String key, String value);

    /** E3: the instance's console log, decoded from the base64 EC2 returns. */
    default ConsoleOutput consoleOutput(String instanceId) {
        return consoleOutput(instanceId, false);
    }

    /**
     * E3, optionally asking for the latest output (Nitro instances) rather than the buffered copy EC2
     * keeps from the last boot.
     */
    ConsoleOutput consoleOutput(String instanceId, boolean latest);
}
