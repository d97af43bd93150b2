package dev.awsrecipes.ec2;

import java.nio.file.Path;

/**
 * What {@link LaunchRecipes#launchInstance} started and what it had to create on the way.
 *
 * @param instanceId the new instance
 * @param state its state when the wait ended ({@code running})
 * @param publicIp its public IPv4 address; null when it has none
 * @param keyFile the local private key file of the keypair; null when the keypair already existed in
 *     EC2 and no file of that name is in the key directory
 * @param createdKey true when the keypair did not exist in the region and this call created it (a new
 *     key, saved to {@code keyFile}) or imported it (from the public half of {@code keyFile})
 * @param createdGroup true when this call created the security group
 */
public record LaunchedInstance(
        String instanceId, String state, String publicIp, Path keyFile, boolean createdKey, boolean createdGroup) {}
