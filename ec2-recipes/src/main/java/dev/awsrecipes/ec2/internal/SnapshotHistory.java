package dev.awsrecipes.ec2.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.SnapshotState;

/** Finds the latest completed snapshot of volumes (E9, E10). */
final class SnapshotHistory {
    /** EC2 accepts at most 200 values in one filter. */
    private static final int FILTER_VALUES = 200;

    private SnapshotHistory() {}

    /** volume id → its latest completed snapshot of this account; volumes without one are absent. */
    static Map<String, Snapshot> latestCompleted(Ec2Client ec2, Collection<String> volumeIds) {
        Map<String, Snapshot> latest = new HashMap<>();
        List<String> ids = List.copyOf(volumeIds);
        for (int from = 0; from < ids.size(); from += FILTER_VALUES) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + FILTER_VALUES));
            ec2
                    .describeSnapshotsPaginator(r -> r.ownerIds("self")
                            .filters(
                                    Filter.builder()
                                            .name("volume-id")
                                            .values(chunk)
                                            .build(),
                                    Filter.builder()
                                            .name("status")
                                            .values("completed")
                                            .build()))
                    .snapshots()
                    .stream()
                    // The filter asks for completed ones; an emulator that ignores it must not hand a
                    // snapshot still being taken to a clone or a restore.
                    .filter(s -> s.state() == SnapshotState.COMPLETED)
                    .forEach(s -> latest.merge(s.volumeId(), s, SnapshotHistory::later));
        }
        return latest;
    }

    /** The later of two snapshots by start time; a snapshot that is not completed never wins. */
    static Snapshot later(Snapshot a, Snapshot b) {
        boolean aDone = a.state() == SnapshotState.COMPLETED;
        boolean bDone = b.state() == SnapshotState.COMPLETED;
        if (aDone != bDone) {
            return aDone ? a : b;
        }
        return Comparator.comparing(Snapshot::startTime, Comparator.nullsFirst(Comparator.naturalOrder()))
                                .thenComparing(Snapshot::snapshotId)
                                .compare(a, b)
                        >= 0
                ? a
                : b;
    }
}
