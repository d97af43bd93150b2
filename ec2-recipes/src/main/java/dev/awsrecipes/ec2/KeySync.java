package dev.awsrecipes.ec2;

import software.amazon.awssdk.regions.Region;

/**
 * The outcome of {@link LaunchRecipes#syncKeypairs} in one region.
 *
 * @param region the region
 * @param status what was found or done
 * @param detail a short explanation: the fingerprints compared, the error, why it was skipped
 */
public record KeySync(Region region, KeySyncStatus status, String detail) {}
