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
 * @param externalId the external id the role's trust policy asks for, of an {@link Source#ASSUMED_ROLE}
 *     account; empty when the role needs none, and for other kinds
 * @param displayName a name for people beside the unique {@code name}: an organization account's name
 *     ({@code name} is then its 12-digit id, since names in an organization need not be unique); empty
 *     when there is none
 */
public record Account(
        String name,
        Source source,
        Optional<String> profileName,
        Optional<String> accessKeyId,
        Optional<String> secretAccessKey,
        Optional<String> roleArn,
        Optional<String> externalId,
        Optional<String> displayName) {

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

    private static final String ACCOUNT_ID = "\\d{12}";

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
        Check.notNull(externalId, "externalId");
        Check.that(
                externalId.isEmpty() || source == Source.ASSUMED_ROLE, "externalId", "belongs to role accounts only");
        externalId.ifPresent(Account::checkExternalId);
        Check.notNull(displayName, "displayName");
        displayName.ifPresent(d -> Check.notBlank(d, "displayName"));
    }

    /**
     * An account of the kinds that have no external id nor display name, as before those existed.
     *
     * @param name the name results are reported under
     * @param source where the account's credentials come from
     * @param profileName the profile of a profile account
     * @param accessKeyId the access key id of a static-keys account
     * @param secretAccessKey the secret key of a static-keys account
     * @param roleArn the role ARN of a role account
     */
    public Account(
            String name,
            Source source,
            Optional<String> profileName,
            Optional<String> accessKeyId,
            Optional<String> secretAccessKey,
            Optional<String> roleArn) {
        this(name, source, profileName, accessKeyId, secretAccessKey, roleArn, Optional.empty(), Optional.empty());
    }

    /** STS takes 2 to 1,224 characters of letters, digits and {@code +=,.@:/-}. */
    static void checkExternalId(String externalId) {
        Check.that(
                externalId.matches("[\\w+=,.@:/-]{2,1224}"),
                "externalId",
                "\"" + externalId + "\" is not an external id (2 to 1224 letters, digits or +=,.@:/-)");
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

    /**
     * An account reached by assuming a role whose trust policy asks for an external id.
     *
     * @param name the name results are reported under
     * @param roleArn the role to assume
     * @param externalId the external id agreed with the role's owner
     * @return the account
     */
    public static Account role(String name, String roleArn, String externalId) {
        Check.notBlank(externalId, "externalId");
        return new Account(
                name,
                Source.ASSUMED_ROLE,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.ofNullable(roleArn),
                Optional.of(externalId),
                Optional.empty());
    }

    /**
     * The caller's own account named by its id, reached with the session's own credentials: in an
     * organization, the account the session signs in to (the management account, say) has no member
     * role to assume.
     *
     * @param accountId the 12-digit account id, the account's name in results
     * @param displayName its name for people, or null
     * @return the account
     */
    public static Account own(String accountId, String displayName) {
        checkAccountId(accountId);
        return new Account(
                accountId,
                Source.SESSION,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.ofNullable(displayName));
    }

    /**
     * A member account of an organization, named by its id, reached by assuming a role in it.
     *
     * @param accountId the 12-digit account id, the account's name in results
     * @param displayName its name in the organization, or null
     * @param roleArn the role to assume in it
     * @param externalId the external id the role asks for, or null
     * @return the account
     */
    public static Account member(String accountId, String displayName, String roleArn, String externalId) {
        checkAccountId(accountId);
        return new Account(
                accountId,
                Source.ASSUMED_ROLE,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.ofNullable(roleArn),
                Optional.ofNullable(externalId),
                Optional.ofNullable(displayName));
    }

    private static void checkAccountId(String accountId) {
        Check.notBlank(accountId, "accountId");
        Check.that(accountId.matches(ACCOUNT_ID), "accountId", "\"" + accountId + "\" is not a 12-digit account id");
    }

    /**
     * The name with the display name beside it, for reports: {@code 111122223333 (dev)}, or the name
     * alone when there is no display name.
     *
     * @return the label
     */
    public String label() {
        return displayName.map(d -> name + " (" + d + ")").orElse(name);
    }

    /** Leaves the secret out, as {@link #toString()} does; accounts that differ only in it are rare. */
    @Override
    public int hashCode() {
        return Objects.hash(name, source, profileName, accessKeyId, roleArn, externalId, displayName);
    }

    @Override
    public String toString() {
        return switch (source) {
            case SESSION -> name.equals("default")
                    ? "Account[session credentials]"
                    : "Account[" + label() + ", session credentials]";
            case PROFILE -> "Account[" + name + ", profile " + profileName.orElseThrow() + "]";
            case STATIC_KEYS -> "Account[" + name + ", key " + accessKeyId.orElseThrow() + ", secret ***]";
            case ASSUMED_ROLE -> "Account[" + label() + ", role " + roleArn.orElseThrow()
                    + externalId.map(id -> ", external id ***").orElse("") + "]";
        };
    }
}
