package dev.awsrecipes.core;

import software.amazon.awssdk.regions.Region;

/** One call made for one (account, region) pair by {@link Aws#fanOut}. */
@FunctionalInterface
public interface RegionalCall<T> {
    T call(Account account, Region region) throws Exception;
}
