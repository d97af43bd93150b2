package dev.awsrecipes.cli.ec2;

/**
 * What {@code ssh-put} or {@code ssh-get} copied, also its {@code --json} document.
 *
 * @param instanceId the instance
 * @param host the address connected to
 * @param local the local file
 * @param remote the path on the instance
 * @param bytes the bytes copied
 */
public record SshCopy(String instanceId, String host, String local, String remote, long bytes) {}
