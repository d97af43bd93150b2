package dev.awsrecipes.cli.monitoring;

import picocli.CommandLine.Option;

/** {@code --topic-arn ARN}, declared once for the commands on one SNS topic. */
public final class TopicOption {
    @Option(names = "--topic-arn", required = true, paramLabel = "ARN", description = "The topic.")
    String topicArn;

    /** The topic's ARN as given. */
    public String arn() {
        return topicArn;
    }
}
