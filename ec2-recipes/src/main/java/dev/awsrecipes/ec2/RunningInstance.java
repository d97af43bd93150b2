package dev.awsrecipes.ec2;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A running instance as {@link InstanceRecipes#findAllRunning()} reports it.
 *
 * @param instanceId the instance id, {@code i-...}
 * @param instanceType the type, e.g. {@code t3.micro}
 * @param launchTime when it was last started
 * @param tags its tags, key to value, sorted by key
 */
public record RunningInstance(String instanceId, String instanceType, Instant launchTime, Map<String, String> tags) {
    /** Sorts the tags by key and keeps an unmodifiable copy. */
    public RunningInstance {
        tags = Collections.unmodifiableMap(new TreeMap<>(tags));
    }
}
