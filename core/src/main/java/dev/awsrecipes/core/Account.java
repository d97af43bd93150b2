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
 */
public final class Account {

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
    public static final Account SESSION = new Account("default", Source.SESSION, null, null, null, null);

    private final String name;
    private final Source source;
    private final String profileName;
    private final String accessKeyId;
    private final String secretAccessKey;
    private final String roleArn;

    private Account(
            String name,
            Source source,
            String profileName,
            String accessKeyId,
            String secretAccessKey,
            String roleArn) {
        this.name = name;
        this.source = source;
        this.profileName = profileName;
        this.accessKeyId = accessKeyId;
        this.secretAccessKey = secretAccessKey;
        this.roleArn = roleArn;
    }

    /** The account of a named profile in the shared config files; the profile name is its name. */
    public static Account profile(String profileName) {
        Check.notBlank(profileName, "profileName");
        return new Account(profileName, Source.PROFILE, profileName, null, null, null);
    }

    /** An account reached with static keys. */
    public static Account keys(String name, String accessKeyId, String secretAccessKey) {
        Check.notBlank(name, "name");
        Check.notBlank(accessKeyId, "accessKeyId");
        Check.notBlank(secretAccessKey, "secretAccessKey");
        return new Account(name, Source.STATIC_KEYS, null, accessKeyId, secretAccessKey, null);
    }

    /**
     * An account reached by assuming a role with the session's own credentials (STS {@code
     * AssumeRole}); temporary credentials are refreshed before they expire.
     */
    public static Account role(String name, String roleArn) {
        Check.notBlank(name, "name");
        Check.notBlank(roleArn, "roleArn");
        Check.that(
                roleArn.matches("arn:aws[a-zA-Z-]*:iam::\\d{12}:role/.+"),
                "roleArn",
                "\"" + roleArn + "\" is not a role ARN (arn:aws:iam::<12-digit account>:role/<name>)");
        return new Account(name, Source.ASSUMED_ROLE, null, null, null, roleArn);
    }

    /**
     * The name results are reported under.
     *
     * @return the profile name, or the name given to {@link #keys} or {@link #role}
     */
    public String name() {
        return name;
    }

    /**
     * Where the account's credentials come from.
     *
     * @return the kind of account
     */
    public Source source() {
        return source;
    }

    /**
     * The profile of a {@link Source#PROFILE} account.
     *
     * @return the profile name; empty for other kinds
     */
    public Optional<String> profileName() {
        return Optional.ofNullable(profileName);
    }

    /**
     * The access key id of a {@link Source#STATIC_KEYS} account.
     *
     * @return the key id; empty for other kinds
     */
    public Optional<String> accessKeyId() {
        return Optional.ofNullable(accessKeyId);
    }

    /** The secret key of a {@link Source#STATIC_KEYS} account; kept out of {@link #toString()}. */
    public Optional<String> secretAccessKey() {
        return Optional.ofNullable(secretAccessKey);
    }

    /**
     * The role of an {@link Source#ASSUMED_ROLE} account.
     *
     * @return the role ARN; empty for other kinds
     */
    public Optional<String> roleArn() {
        return Optional.ofNullable(roleArn);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Account other
                && name.equals(other.name)
                && source == other.source
                && Objects.equals(profileName, other.profileName)
                && Objects.equals(accessKeyId, other.accessKeyId)
                && Objects.equals(secretAccessKey, other.secretAccessKey)
                && Objects.equals(roleArn, other.roleArn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, source, profileName, accessKeyId, roleArn);
    }

    @Override
    public String toString() {
        return switch (source) {
            case SESSION -> "Account[session credentials]";
            case PROFILE -> "Account[" + name + ", profile " + profileName + "]";
            case STATIC_KEYS -> "Account[" + name + ", key " + accessKeyId + ", secret ***]";
            case ASSUMED_ROLE -> "Account[" + name + ", role " + roleArn + "]";
        };
    }
}
