package dev.awsrecipes.ec2.internal;

import dev.awsrecipes.ec2.VolumeFromSnapshot;
import dev.awsrecipes.ec2.VolumeWithoutSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.EbsBlockDevice;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceBlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.Volume;

/**
 * Which block-device mappings a clone gets: every non-root EBS volume of the source becomes a mapping
 * from its latest snapshot; a volume without a snapshot is listed instead. The root volume comes from
 * the AMI, as on the source. Pure logic over Describe* results.
 *
 * @param mappings the block-device mappings for {@code RunInstances}
 * @param fromSnapshots the volumes the clone gets
 * @param withoutSnapshot the volumes it cannot get
 */
record ClonePlan(
        List<BlockDeviceMapping> mappings,
        List<VolumeFromSnapshot> fromSnapshots,
        List<VolumeWithoutSnapshot> withoutSnapshot) {

    /** The non-root EBS attachments of the instance, in its device order. */
    static List<InstanceBlockDeviceMapping> nonRootVolumes(Instance instance) {
        return instance.blockDeviceMappings().stream()
                .filter(m -> m.ebs() != null && m.ebs().volumeId() != null)
                .filter(m -> !m.deviceName().equals(instance.rootDeviceName()))
                .toList();
    }

    /**
     * @param latest volume id → its latest completed snapshot
     * @param volumes volume id → the volume, for its type and provisioned performance (may lack some)
     */
    static ClonePlan of(Instance instance, Map<String, Snapshot> latest, Map<String, Volume> volumes) {
        List<BlockDeviceMapping> mappings = new ArrayList<>();
        List<VolumeFromSnapshot> from = new ArrayList<>();
        List<VolumeWithoutSnapshot> without = new ArrayList<>();
        for (InstanceBlockDeviceMapping attached : nonRootVolumes(instance)) {
            String volumeId = attached.ebs().volumeId();
            Snapshot snapshot = latest.get(volumeId);
            if (snapshot == null) {
                without.add(new VolumeWithoutSnapshot(attached.deviceName(), volumeId));
                continue;
            }
            EbsBlockDevice.Builder ebs = EbsBlockDevice.builder()
                    .snapshotId(snapshot.snapshotId())
                    .deleteOnTermination(attached.ebs().deleteOnTermination());
            Volume volume = volumes.get(volumeId);
            if (volume != null) {
                ebs.volumeSize(volume.size()).volumeType(volume.volumeType());
                // Only provisioned-performance types take IOPS / throughput; others reject them.
                if (volume.iops() != null && isProvisioned(volume.volumeTypeAsString())) {
                    ebs.iops(volume.iops());
                }
                if (volume.throughput() != null && "gp3".equals(volume.volumeTypeAsString())) {
                    ebs.throughput(volume.throughput());
                }
            }
            mappings.add(BlockDeviceMapping.builder()
                    .deviceName(attached.deviceName())
                    .ebs(ebs.build())
                    .build());
            from.add(new VolumeFromSnapshot(attached.deviceName(), volumeId, snapshot.snapshotId()));
        }
        return new ClonePlan(List.copyOf(mappings), List.copyOf(from), List.copyOf(without));
    }

    private static boolean isProvisioned(String type) {
        return "io1".equals(type) || "io2".equals(type) || "gp3".equals(type);
    }
}
