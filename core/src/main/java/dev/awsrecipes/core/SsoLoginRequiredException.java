package dev.awsrecipes.core;

import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * An IAM Identity Center (SSO) profile has no usable token: none is cached, or the cached one has
 * expired. The message is one line that says what to run, {@code aws sso login --profile NAME}.
 *
 * <p>It is an {@link SdkClientException} because credentials are resolved inside SDK calls: any call made
 * through the session's clients, as well as {@link Aws#whoami()} and {@link Aws#credentialsSource()},
 * throws it.
 */
public final class SsoLoginRequiredException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    /** The profile that needs a login. */
    private final String profileName;

    /**
     * @param profileName the SSO profile
     * @param cause what the SDK said
     */
    public SsoLoginRequiredException(String profileName, Throwable cause) {
        super(SdkClientException.builder()
                .message("profile " + profileName + " has no valid IAM Identity Center (SSO) token (none cached,"
                        + " or expired): run aws sso login --profile " + profileName)
                .cause(cause));
        this.profileName = profileName;
    }

    /** The profile whose login is needed. */
    public String profileName() {
        return profileName;
    }
}
