package dev.awsrecipes.ec2;

/**
 * One instance's state before and after a start, stop or terminate.
 *
 * @param instanceId the instance
 * @param previousState its state before the call
 * @param currentState its state after the call (or after the wait, when waited)
 */
public record StateChange(String instanceId, String previousState, String currentState) {}
