package dev.awsrecipes.core;

import java.util.Optional;
import software.amazon.awssdk.regions.Region;

/**
 * What one call of a fan-out did for one (account, region) pair: its value, or the error it failed
 * with. Exactly one of the two is present.
 */
public record RegionalOutcome<T>(Account account, Region region, T value, Throwable error) {

    /**
     * A pair whose call returned a value.
     *
     * @param account the account
     * @param region the region
     * @param value what the call returned
     * @param <T> the value's type
     * @return the outcome
     */
    public static <T> RegionalOutcome<T> success(Account account, Region region, T value) {
        return new RegionalOutcome<>(account, region, value, null);
    }

    /**
     * A pair whose call failed.
     *
     * @param account the account
     * @param region the region
     * @param error what the call threw
     * @param <T> the type a value would have had
     * @return the outcome
     */
    public static <T> RegionalOutcome<T> failure(Account account, Region region, Throwable error) {
        return new RegionalOutcome<>(account, region, null, error);
    }

    /**
     * Whether the call returned a value.
     *
     * @return true unless it failed
     */
    public boolean isSuccess() {
        return error == null;
    }

    /**
     * The value, for callers that prefer an optional to a null.
     *
     * @return the value, or empty when the call failed (or returned null)
     */
    public Optional<T> valueIfPresent() {
        return Optional.ofNullable(value);
    }

    /** A one-line description of the error, with the AWS code where there is one; empty on success. */
    public Optional<String> errorMessage() {
        return error == null ? Optional.empty() : Optional.of(AwsErrors.describe(error));
    }
}
