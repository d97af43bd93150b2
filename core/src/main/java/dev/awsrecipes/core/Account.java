package dev.awsrecipes.core;

import java.util.Objects;
import java.util.Optional;

/**
 * One AWS account as a recipe sees it: a name for reports plus where its credentials come from — the
 * session's own credentials, a named profile, a pair of static keys, or a role to assume with the
 * session's credentials. {@link #toString()} never shows a secret.
 *
 * <pre>{@code
 * AccountSet accounts = AccountSet.of(
 *         Account.profile("dev"),
 *         Account.role("prod", "arn:aws:iam::123456789012:role/ops-read-only"));
 * }</pre>
 *
 * @param name the name results are reported under: the profile name, or the name given to {@link #keys} or
 *     {@link #role}
 * @param source where the account's credentials come from
 * @param profileName the profile of a {@link Source#PROFILE} account; empty for other kinds
 * @param accessKeyId the access key id of a {@link Source#STATIC_KEYS} account; empty for other kinds
 * @param secretAccessKey the secret key of a {@link Source#STATIC_KEYS} account; kept out of {@link
 *     #toString()}
 * @param roleArn the role ARN of an {@link Source#ASSUMED_ROLE} account; empty for other kinds
 */
public record Account(
        String name,
        Source source,
        Optional<String> profileName,
        Optional<String> accessKeyId,
        Optional<String> secretAccessKey,
        Optional<String> roleArn) {

    /** Where the credentials of an account come from. */
    public enum Source {
        /** The session's own credentials, whatever their source. */
        SESSION,
        /** A named profile of the shared config files. */
        PROFILE,
        /** An access key id and secret key given in code. */
        STATIC_KEYS,
        /** A role assumed through STS with the session's credentials. */
        ASSUMED_ROLE
    }

    /** The account of the session's own credentials. */
    public static final Account SESSION = new Account(
            "default", Source.SESSION, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * Checks that the account has a name and exactly the values its source needs, each not blank (a role
     * ARN also of the right form).
     */
    public Account {
        Check.notBlank(name, "name");
        Check.notNull(source, "source");
        checkGivenFor(profileName, source == Source.PROFILE, "profileName");
        checkGivenFor(accessKeyId, source == Source.STATIC_KEYS, "accessKeyId");
        checkGivenFor(secretAccessKey, source == Source.STATIC_KEYS, "secretAccessKey");
        checkGivenFor(roleArn, source == Source.ASSUMED_ROLE, "roleArn");
        roleArn.ifPresent(arn -> Check.that(
                arn.matches("arn:aws[a-zA-Z-]*:iam::\\d{12}:role/.+"),
                "roleArn",
                "\"" + arn + "\" is not a role ARN (arn:aws:iam::<12-digit account>:role/<name>)"));
    }

    /** A value the source needs must be given and not blank; one it does not need must be empty. */
    private static void checkGivenFor(Optional<String> value, boolean needed, String argument) {
        Check.notNull(value, argument);
        if (needed) {
            Check.notBlank(value.orElse(null), argument);
        } else {
            Check.that(value.isEmpty(), argument, "does not belong to an account of this source");
        }
    }

    /** The account of a named profile in the shared config files; the profile name is its name. */
    public static Account profile(String profileName) {
        Check.notBlank(profileName, "profileName");
        return new Account(
                profileName,
                Source.PROFILE,
                Optional.of(profileName),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /** An account reached with static keys. */
    public static Account keys(String name, String accessKeyId, String secretAccessKey) {
        return new Account(
                name,
                Source.STATIC_KEYS,
                Optional.empty(),
                Optional.ofNullable(accessKeyId),
                Optional.ofNullable(secretAccessKey),
                Optional.empty());
    }

    /**
     * An account reached by assuming a role with the session's own credentials (STS {@code
     * AssumeRole}); temporary credentials are refreshed before they expire.
     */
    public static Account role(String name, String roleArn) {
        return new Account(
                name,
                Source.ASSUMED_ROLE,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.ofNullable(roleArn));
    }

    /** Leaves the secret out, as {@link #toString()} does; accounts that differ only in it are rare. */
    @Override
    public int hashCode() {
        return Objects.hash(name, source, profileName, accessKeyId, roleArn);
    }

    @Override
    public String toString() {
        return switch (source) {
            case SESSION -> "Account[session credentials]";
            case PROFILE -> "Account[" + name + ", profile " + profileName.orElseThrow() + "]";
            case STATIC_KEYS -> "Account[" + name + ", key " + accessKeyId.orElseThrow() + ", secret ***]";
            case ASSUMED_ROLE -> "Account[" + name + ", role " + roleArn.orElseThrow() + "]";
        };
    }
}
