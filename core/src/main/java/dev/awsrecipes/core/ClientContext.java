package dev.awsrecipes.core;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.regions.Region;

/**
 * What the session knows about a client it is about to build, handed to an {@link AwsService}'s
 * builder factory so it can adapt (S3 switches to path-style addressing when the endpoint is
 * overridden, for example).
 *
 * @param region the client's region
 * @param account the account whose credentials it uses
 * @param endpoint the endpoint override, when there is one
 */
public record ClientContext(Region region, Account account, Optional<URI> endpoint) {

    /** Whether the client talks to an endpoint other than AWS's own (an emulator, MinIO, ...). */
    public boolean endpointOverridden() {
        return endpoint.isPresent();
    }
}
