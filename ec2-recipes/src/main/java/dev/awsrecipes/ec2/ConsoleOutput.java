package dev.awsrecipes.ec2;

import java.time.Instant;

/**
 * An instance's console log, decoded.
 *
 * @param instanceId the instance
 * @param timestamp when EC2 last updated the output; null when it has none yet
 * @param text the decoded console output; empty when there is none yet
 */
public record ConsoleOutput(String instanceId, Instant timestamp, String text) {}
