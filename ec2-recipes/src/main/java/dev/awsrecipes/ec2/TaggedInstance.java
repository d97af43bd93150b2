package dev.awsrecipes.ec2;

import java.util.Map;

/**
 * An instance found by its tags.
 *
 * @param instanceId its id
 * @param instanceType its type, e.g. {@code t3.micro}
 * @param state its state, e.g. {@code running}
 * @param tags all its tags
 */
public record TaggedInstance(String instanceId, String instanceType, String state, Map<String, String> tags) {
    /** Copies the tags, so the result never changes. */
    public TaggedInstance {
        tags = Map.copyOf(tags);
    }
}
