package dev.awsrecipes.examples.ec2;

import dev.awsrecipes.core.Aws;
import dev.awsrecipes.ec2.AttachedVolume;
import dev.awsrecipes.ec2.ClonedInstance;
import dev.awsrecipes.ec2.Ec2Recipes;
import dev.awsrecipes.ec2.ElasticIp;
import dev.awsrecipes.ec2.InstanceGroups;
import dev.awsrecipes.ec2.InstanceSnapshots;
import dev.awsrecipes.ec2.LifecycleAction;
import dev.awsrecipes.ec2.LifecycleResult;
import dev.awsrecipes.ec2.RestoredVolume;
import dev.awsrecipes.ec2.RunningInstances;
import dev.awsrecipes.ec2.UserData;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.Tag;

/** The tour of the {@code InstanceRecipes} of EC2: each once, printing what it did, leaving nothing behind. */
public final class InstanceTour {
    private InstanceTour() {}

    public static void run(Aws aws, PrintWriter out) {
        Ec2Recipes ec2 = Ec2Recipes.using(aws);
        Ec2Client client = aws.client(Ec2Recipes.EC2);
        List<String> instances = new ArrayList<>();
        Set<String> volumes = new LinkedHashSet<>();
        List<String> snapshots = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        try {
            UserData userData = UserData.multipart(m -> m.cloudConfig("#cloud-config\npackages: [nginx]\n")
                    .shellScript("#!/bin/sh\necho hello from the tour\n")
                    .gzip(true));
            out.println("E12 user data: " + userData);
            Instance source = launch(client, userData);
            instances.add(source.instanceId());
            out.println("    launched " + source.instanceId() + " with it; EC2 holds "
                    + ec2.userData(source.instanceId()).map(b -> b.length).orElse(0) + " bytes");

            RunningInstances running = ec2.findAllRunning(List.of(aws.region()));
            out.println("E11 findAllRunning in " + aws.region() + ": " + running.count() + " running, "
                    + running.errors().size() + " error(s)");

            AttachedVolume data = ec2.createVolume(source.instanceId(), 1, "/dev/sdf");
            volumes.add(data.volumeId());
            out.println("E7 createVolume: " + data);

            InstanceSnapshots taken =
                    ec2.snapshotVolumes(s -> s.instanceId(source.instanceId()).waitForCompletion(true));
            taken.snapshots().forEach(s -> snapshots.add(s.snapshotId()));
            taken.snapshots().forEach(s -> out.println("E8 snapshotVolumes: " + s));

            RestoredVolume restored = ec2.restoreVolume(data.volumeId());
            volumes.add(restored.volumeId());
            out.println("E9 restoreVolume: " + restored);

            ClonedInstance clone = ec2.cloneInstance(source.instanceId());
            instances.add(clone.instanceId());
            volumes.addAll(cloneVolumes(client, clone.instanceId()));
            out.println("E10 cloneInstance: " + clone.instanceId() + " with " + clone.volumesFromSnapshots()
                    + ", without " + clone.volumesWithoutSnapshot());

            ElasticIp ip = ec2.allocateAddress();
            addresses.add(ip.allocationId());
            ElasticIp associated = ec2.associateAddress(ip.allocationId(), source.instanceId());
            out.println("E6 Elastic IP " + associated.publicIp() + " associated with " + associated.instanceId());
            ec2.disassociateAddress(ip.allocationId());
            ec2.releaseAddress(ip.allocationId());
            addresses.remove(ip.allocationId());
            out.println("    disassociated and released");

            LifecycleResult dry = ec2.stopInstances(List.of(source.instanceId(), clone.instanceId()), true);
            out.println("E14 stop dry run: " + (dry.wouldSucceed() ? "would succeed" : dry.message()));
            InstanceGroups groups =
                    InstanceGroups.parse("tour:\n  - " + source.instanceId() + "\n  - " + clone.instanceId() + "\n");
            ec2.changeGroupState(groups, "tour", LifecycleAction.STOP, false);
            LifecycleResult stopped = ec2.changeState(l -> l.action(LifecycleAction.STOP)
                    .instanceIds(groups.group("tour"))
                    .waitForState(true));
            out.println("    group stopped: " + stopped.changes());
            LifecycleResult started = ec2.changeState(l -> l.action(LifecycleAction.START)
                    .instanceIds(groups.group("tour"))
                    .waitForState(true));
            out.println("    group started: " + started.changes());
        } finally {
            cleanUp(client, ec2, instances, volumes, snapshots, addresses, out);
        }
    }

    /** An image this endpoint knows whose root device is /dev/sda1 (the newest, when there are several). */
    private static Instance launch(Ec2Client client, UserData userData) {
        Image image = client
                .describeImages(r -> r.owners("amazon")
                        .filters(
                                Filter.builder()
                                        .name("root-device-type")
                                        .values("ebs")
                                        .build(),
                                Filter.builder()
                                        .name("root-device-name")
                                        .values("/dev/sda1")
                                        .build(),
                                Filter.builder()
                                        .name("architecture")
                                        .values("x86_64")
                                        .build()))
                .images()
                .stream()
                .max(Comparator.comparing(i -> i.creationDate() == null ? "" : i.creationDate()))
                .orElseThrow(() -> new IllegalStateException("no EBS-backed x86_64 image found for the tour"));
        Instance instance = client.runInstances(r -> r.imageId(image.imageId())
                        .instanceType("t3.micro")
                        .minCount(1)
                        .maxCount(1)
                        .userData(userData.base64())
                        .tagSpecifications(t -> t.resourceType("instance")
                                .tags(Tag.builder()
                                        .key("Name")
                                        .value("aws-recipes-tour")
                                        .build())))
                .instances()
                .get(0);
        client.waiter().waitUntilInstanceRunning(r -> r.instanceIds(instance.instanceId()));
        return instance;
    }

    /** The clone's volumes that outlive it (DeleteOnTermination false). */
    private static List<String> cloneVolumes(Ec2Client client, String cloneId) {
        return client.describeInstances(r -> r.instanceIds(cloneId)).reservations().stream()
                .flatMap(r -> r.instances().stream())
                .flatMap(i -> i.blockDeviceMappings().stream())
                .filter(m -> m.ebs() != null && !Boolean.TRUE.equals(m.ebs().deleteOnTermination()))
                .map(m -> m.ebs().volumeId())
                .toList();
    }

    private static void cleanUp(
            Ec2Client client,
            Ec2Recipes ec2,
            List<String> instances,
            Set<String> volumes,
            List<String> snapshots,
            List<String> addresses,
            PrintWriter out) {
        addresses.forEach(a -> {
            ec2.disassociateAddress(a);
            ec2.releaseAddress(a);
        });
        if (!instances.isEmpty()) {
            LifecycleResult ended = ec2.changeState(l ->
                    l.action(LifecycleAction.TERMINATE).instanceIds(instances).waitForState(true));
            out.println("E14 terminate: " + ended.changes());
        }
        snapshots.forEach(s -> client.deleteSnapshot(r -> r.snapshotId(s)));
        volumes.forEach(v -> client.deleteVolume(r -> r.volumeId(v)));
        out.println("cleaned up " + instances.size() + " instance(s), " + volumes.size() + " volume(s), "
                + snapshots.size() + " snapshot(s)");
    }
}
