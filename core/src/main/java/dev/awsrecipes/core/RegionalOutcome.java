package dev.awsrecipes.core;

import java.util.Optional;
import software.amazon.awssdk.regions.Region;

/**
 * What one call of a fan-out did for one (account, region) pair: its value, or the error it failed
 * with. Exactly one of the two is present.
 */
public record RegionalOutcome<T>(Account account, Region region, T value, Throwable error) {

    public static <T> RegionalOutcome<T> success(Account account, Region region, T value) {
        return new RegionalOutcome<>(account, region, value, null);
    }

    public static <T> RegionalOutcome<T> failure(Account account, Region region, Throwable error) {
        return new RegionalOutcome<>(account, region, null, error);
    }

    public boolean isSuccess() {
        return error == null;
    }

    public Optional<T> valueIfPresent() {
        return Optional.ofNullable(value);
    }

    /** A one-line description of the error, with the AWS code where there is one; empty on success. */
    public Optional<String> errorMessage() {
        return error == null ? Optional.empty() : Optional.of(AwsErrors.describe(error));
    }
}
