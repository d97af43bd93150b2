package dev.awsrecipes.core;

import software.amazon.awssdk.regions.Region;

/** One call made for one (account, region) pair by {@link Aws#fanOut}. */
@FunctionalInterface
public interface RegionalCall<T> {
    /**
     * Does the work for one pair; an exception becomes that pair's error and does not stop the others.
     *
     * @param account the account to act in
     * @param region the region to act in
     * @return the pair's value
     * @throws Exception whatever the call fails with
     */
    T call(Account account, Region region) throws Exception;
}
