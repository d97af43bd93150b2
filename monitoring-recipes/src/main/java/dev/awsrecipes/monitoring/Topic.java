package dev.awsrecipes.monitoring;

/**
 * M3: an SNS topic.
 *
 * @param name the topic's name
 * @param arn its ARN, which alarms use as an action
 * @param created true when this call created it, false when it existed
 */
public record Topic(String name, String arn, boolean created) {}
