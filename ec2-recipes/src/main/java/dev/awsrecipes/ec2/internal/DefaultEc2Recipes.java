package dev.awsrecipes.ec2.internal;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.InternalApi;
import dev.awsrecipes.core.InvalidArgumentException;
import dev.awsrecipes.core.RecipeContext;
import dev.awsrecipes.ec2.AccountKeySyncs;
import dev.awsrecipes.ec2.AttachedVolume;
import dev.awsrecipes.ec2.CloneSpec;
import dev.awsrecipes.ec2.ClonedInstance;
import dev.awsrecipes.ec2.ConsoleOutput;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.ElasticIp;
import dev.awsrecipes.ec2.ImportedKeyPair;
import dev.awsrecipes.ec2.InstanceGroups;
import dev.awsrecipes.ec2.InstanceSnapshots;
import dev.awsrecipes.ec2.KeySyncReport;
import dev.awsrecipes.ec2.LaunchSpec;
import dev.awsrecipes.ec2.LaunchedInstance;
import dev.awsrecipes.ec2.LifecycleAction;
import dev.awsrecipes.ec2.LifecycleResult;
import dev.awsrecipes.ec2.LifecycleSpec;
import dev.awsrecipes.ec2.OpenPortSpec;
import dev.awsrecipes.ec2.PortOpening;
import dev.awsrecipes.ec2.RestoredVolume;
import dev.awsrecipes.ec2.RunningInstances;
import dev.awsrecipes.ec2.SnapshotSpec;
import dev.awsrecipes.ec2.SshKeyFile;
import dev.awsrecipes.ec2.SshPublicKey;
import dev.awsrecipes.ec2.TaggedInstance;
import dev.awsrecipes.ec2.Tags;
import dev.awsrecipes.ec2.UserData;
import dev.awsrecipes.ec2.VolumeSpec;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ImportKeyPairResponse;
import software.amazon.awssdk.services.ec2.model.InstanceAttributeName;

/**
 * The EC2 recipes: each checks its arguments and hands the work to the small class that owns its
 * topic, built over the session's EC2 client (so those classes can be tested with canned responses).
 */
@InternalApi
public final class DefaultEc2Recipes implements Ec2Recipes {
    private final RecipeContext context;

    public DefaultEc2Recipes(RecipeContext context) {
        this.context = Check.notNull(context, "context");
    }

    private Ec2Client ec2() {
        return context.client(EC2);
    }

    private Waits waits() {
        return new Waits(context.waitTimeout(), context.waitListener());
    }

    // ---- LaunchRecipes ----

    @Override
    public LaunchedInstance launchInstance(LaunchSpec spec) {
        return new InstanceLauncher(ec2(), waits()).launch(Check.notNull(spec, "spec"));
    }

    @Override
    public Optional<String> latestAmazonImage(String namePattern) {
        Check.notBlank(namePattern, "namePattern");
        return Images.latestAmazonImage(ec2(), namePattern);
    }

    @Override
    public ImportedKeyPair importKeyPair(String keyName, Path keyFile) {
        checkKeyName(keyName);
        return importKeyPair(keyName, SshPublicKey.read(keyFile));
    }

    @Override
    public ImportedKeyPair importKeyPair(String keyName, SshPublicKey publicKey) {
        checkKeyName(keyName);
        Check.notNull(publicKey, "publicKey");
        ImportKeyPairResponse response = KeyPairs.importKey(ec2(), keyName, publicKey);
        return new ImportedKeyPair(
                response.keyName(), response.keyPairId(), response.keyFingerprint(), publicKey.toOpenSsh());
    }

    @Override
    public KeySyncReport syncKeypairs(String keyName, Path keyFile) {
        checkKeyName(keyName);
        return new KeySyncer(context).sync(keyName, SshKeyFile.read(keyFile), null);
    }

    @Override
    public KeySyncReport syncKeypairs(String keyName, Path keyFile, Collection<Region> regions) {
        List<Region> chosen = checkedRegions(keyName, regions);
        return new KeySyncer(context).sync(keyName, SshKeyFile.read(keyFile), chosen);
    }

    @Override
    public AccountKeySyncs syncKeypairsInAccounts(String keyName, Path keyFile) {
        checkKeyName(keyName);
        return new KeySyncer(context).syncAccounts(keyName, SshKeyFile.read(keyFile), null);
    }

    @Override
    public AccountKeySyncs syncKeypairsInAccounts(String keyName, Path keyFile, Collection<Region> regions) {
        List<Region> chosen = checkedRegions(keyName, regions);
        return new KeySyncer(context).syncAccounts(keyName, SshKeyFile.read(keyFile), chosen);
    }

    @Override
    public PortOpening openPort(OpenPortSpec spec) {
        return new PortOpener(ec2()).open(Check.notNull(spec, "spec"));
    }

    @Override
    public void addTags(Collection<String> resourceIds, Map<String, String> tags) {
        Check.notEmpty(resourceIds, "resourceIds");
        for (String id : resourceIds) {
            Check.notBlank(id, "resourceId");
            Check.that(
                    id.matches("[a-z][a-z0-9-]*-[0-9a-zA-Z]+"),
                    "resourceId",
                    "\"" + id + "\" is not an EC2 resource id like i-0abc1234");
        }
        Check.notEmpty(tags.keySet(), "tags");
        tags.forEach(Tags::check);
        new TagOperations(ec2()).tag(resourceIds, tags);
    }

    @Override
    public List<TaggedInstance> findInstancesByTag(String key) {
        Check.notBlank(key, "key");
        return new TagOperations(ec2()).findInstances(key, null);
    }

    @Override
    public List<TaggedInstance> findInstancesByTag(String key, String value) {
        Check.notBlank(key, "key");
        Check.notNull(value, "value");
        return new TagOperations(ec2()).findInstances(key, value);
    }

    @Override
    public ConsoleOutput consoleOutput(String instanceId, boolean latest) {
        Check.notBlank(instanceId, "instanceId");
        Check.that(
                instanceId.matches("i-[0-9a-f]+"),
                "instanceId",
                "\"" + instanceId + "\" is not an instance id like i-0abc1234");
        return new ConsoleOutputs(ec2()).fetch(instanceId, latest);
    }

    @Override
    public void addTags(String resourceId, Map<String, String> tags) {
        addTags(List.of(Check.notBlank(resourceId, "resourceId")), tags);
    }

    // ---- InstanceRecipes ----

    @Override
    public RunningInstances findAllRunning() {
        return new RunningInstanceFinder(context).findInEnabledRegions();
    }

    @Override
    public RunningInstances findAllRunning(Collection<Region> regions) {
        checkRegions(regions);
        return new RunningInstanceFinder(context).find(regions);
    }

    @Override
    public AttachedVolume createVolume(VolumeSpec spec) {
        return new VolumeCreator(ec2(), waits()).create(Check.notNull(spec, "spec"));
    }

    @Override
    public InstanceSnapshots snapshotVolumes(SnapshotSpec spec) {
        return new VolumeSnapshotter(ec2(), waits()).snapshot(Check.notNull(spec, "spec"));
    }

    @Override
    public RestoredVolume restoreVolume(String volumeId, String availabilityZone) {
        Check.notBlank(volumeId, "volumeId");
        if (availabilityZone != null) {
            Check.notBlank(availabilityZone, "availabilityZone");
        }
        return new VolumeRestorer(ec2(), waits()).restore(volumeId, availabilityZone, context.waitTimeout());
    }

    @Override
    public ClonedInstance cloneInstance(CloneSpec spec) {
        return new InstanceCloner(ec2(), waits()).cloneInstance(Check.notNull(spec, "spec"));
    }

    @Override
    public LifecycleResult changeState(LifecycleSpec spec) {
        return new InstanceLifecycle(ec2(), waits()).apply(Check.notNull(spec, "spec"));
    }

    @Override
    public LifecycleResult changeGroupState(
            InstanceGroups groups, String group, LifecycleAction action, boolean dryRun) {
        Check.notNull(groups, "groups");
        Check.notNull(action, "action");
        Check.that(action != LifecycleAction.TERMINATE, "action", "for a group must be START or STOP");
        List<String> ids = groups.group(group);
        return changeState(l -> l.action(action).instanceIds(ids).dryRun(dryRun));
    }

    @Override
    public Optional<byte[]> userData(String instanceId) {
        Check.notBlank(instanceId, "instanceId");
        var value = ec2().describeInstanceAttribute(
                        r -> r.instanceId(instanceId).attribute(InstanceAttributeName.USER_DATA))
                .userData();
        if (value == null || value.value() == null || value.value().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Base64.getDecoder().decode(value.value()));
    }

    @Override
    public void replaceUserData(String instanceId, UserData userData) {
        Check.notBlank(instanceId, "instanceId");
        Check.notNull(userData, "userData");
        // EC2 wants base64 text inside this blob attribute, and the SDK base64-encodes blobs once more
        // on the wire: handing it the raw bytes would make EC2 reject them as invalid base64.
        ec2().modifyInstanceAttribute(r ->
                r.instanceId(instanceId).userData(v -> v.value(SdkBytes.fromUtf8String(userData.base64()))));
    }

    @Override
    public ElasticIp allocateAddress() {
        return new ElasticIps(ec2()).allocate();
    }

    @Override
    public ElasticIp associateAddress(String allocationId, String instanceId) {
        checkAllocationId(allocationId);
        Check.notBlank(instanceId, "instanceId");
        return new ElasticIps(ec2()).associate(allocationId, instanceId);
    }

    @Override
    public ElasticIp disassociateAddress(String allocationId) {
        checkAllocationId(allocationId);
        return new ElasticIps(ec2()).disassociate(allocationId);
    }

    @Override
    public void releaseAddress(String allocationId) {
        checkAllocationId(allocationId);
        new ElasticIps(ec2()).release(allocationId);
    }

    @Override
    public Optional<ElasticIp> describeAddress(String allocationId) {
        checkAllocationId(allocationId);
        return new ElasticIps(ec2()).describe(allocationId);
    }

    private static void checkKeyName(String keyName) {
        Check.notBlank(keyName, "keyName");
        if (keyName.length() > 255) {
            throw new InvalidArgumentException("keyName", "keyName is longer than 255 characters");
        }
    }

    /** Checks the key name, then the regions (the order their errors are reported in); a copy of the regions. */
    private static List<Region> checkedRegions(String keyName, Collection<Region> regions) {
        checkKeyName(keyName);
        checkRegions(regions);
        return List.copyOf(regions);
    }

    private static void checkRegions(Collection<Region> regions) {
        Check.notEmpty(regions, "regions");
        regions.forEach(r -> Check.notNull(r, "region"));
    }

    private static void checkAllocationId(String allocationId) {
        Check.notBlank(allocationId, "allocationId");
        if (!allocationId.startsWith("eipalloc-")) {
            throw new InvalidArgumentException(
                    "allocationId", "allocationId \"" + allocationId + "\" is not an allocation id like eipalloc-0abc");
        }
    }
}
