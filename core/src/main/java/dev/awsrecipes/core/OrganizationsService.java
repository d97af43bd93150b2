package dev.awsrecipes.core;

import software.amazon.awssdk.services.organizations.OrganizationsClient;

/**
 * The Organizations service, for {@link AccountSet#fromOrganization}: a global one, called in the session's
 * region (the SDK finds its endpoint).
 *
 * <p>{@code software.amazon.awssdk:organizations} is an optional dependency of {@code aws-recipes-core}: only
 * an application that lists an organization's accounts adds it. This constant lives apart from {@link
 * OrganizationAccounts} so that building that spec never needs the Organizations jar.
 */
public final class OrganizationsService {
    /** Organizations, for {@code RecipeContext.client}. */
    public static final AwsService<OrganizationsClient> ORGANIZATIONS =
            AwsService.of("organizations", OrganizationsClient.class, OrganizationsClient::builder);

    /** The Maven coordinates to add when the Organizations client is missing. */
    static final String ARTIFACT = "software.amazon.awssdk:organizations";

    private OrganizationsService() {}

    /**
     * Fails with a clear message when the Organizations client is not on the class path.
     *
     * @throws AwsRecipesException naming the artifact to add
     */
    static void requirePresent() {
        try {
            Class.forName(
                    "software.amazon.awssdk.services.organizations.OrganizationsClient",
                    false,
                    OrganizationsService.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AwsRecipesException(
                    "listing an organization's accounts needs the Organizations client:" + " add the dependency "
                            + ARTIFACT + " (the AWS SDK's BOM gives its version)",
                    e);
        }
    }
}
