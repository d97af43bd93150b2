package dev.awsrecipes.ec2;

import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.regions.Region;

/**
 * What {@link LaunchRecipes#syncKeypairs} did: one entry per region, in region order.
 *
 * @param keyName the keypair name
 * @param localFingerprint the EC2 import fingerprint of the local key
 * @param regions the outcome per region
 */
public record KeySyncReport(String keyName, String localFingerprint, List<KeySync> regions) {
    /** Copies the regions, so the report never changes. */
    public KeySyncReport {
        regions = List.copyOf(regions);
    }

    /** The outcome in the region, if it was part of the sync. */
    public Optional<KeySync> region(Region region) {
        return regions.stream().filter(r -> r.region().equals(region)).findFirst();
    }

    /** The regions that ended with the status. */
    public List<Region> regionsWith(KeySyncStatus status) {
        return regions.stream()
                .filter(r -> r.status() == status)
                .map(KeySync::region)
                .toList();
    }
}
