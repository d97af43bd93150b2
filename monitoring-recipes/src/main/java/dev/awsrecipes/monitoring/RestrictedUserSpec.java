package dev.awsrecipes.monitoring;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.SpecBuilder;
import dev.awsrecipes.monitoring.internal.Rules;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * M6: an IAM user that may only put metric data, and where its credentials go.
 *
 * <pre>{@code
 * RestrictedUser user = monitoring.createRestrictedUser(u -> u
 *         .userName("metrics-writer")
 *         .credentialsFile(Path.of("/etc/metrics/credentials")));
 * }</pre>
 */
public final class RestrictedUserSpec {
    /** The inline policy's name unless another is given. */
    public static final String DEFAULT_POLICY_NAME = "CloudWatchPutMetricData";

    private static final Pattern IAM_NAME = Pattern.compile("[\\w+=,.@-]{1,64}");
    private static final Pattern PROFILE = Pattern.compile("[\\w.+@-]{1,64}");

    private final String userName;
    private final String policyName;
    private final String namespace;
    private final Path credentialsFile;
    private final String profileName;

    private RestrictedUserSpec(Builder b) {
        this.userName = iamName("userName", b.userName);
        this.policyName = iamName("policyName", b.policyName);
        this.namespace = b.namespace == null ? null : Rules.customNamespace("namespace", b.namespace);
        this.credentialsFile = b.credentialsFile;
        Check.notBlank(b.profileName, "profileName");
        Check.that(
                PROFILE.matcher(b.profileName).matches(),
                "profileName",
                "\"" + b.profileName + "\" may only use letters, digits and _ . + @ -");
        this.profileName = b.profileName;
    }

    private static String iamName(String argument, String value) {
        Check.notBlank(value, argument);
        Check.that(
                IAM_NAME.matcher(value).matches(),
                argument,
                "\"" + value + "\" is not an IAM name: 1 to 64 letters, digits or + = , . @ _ -");
        return value;
    }

    /** A new builder with the defaults described on the class. */
    public static Builder builder() {
        return new Builder();
    }

    /** The user name. */
    public String userName() {
        return userName;
    }

    /** The policy name. */
    public String policyName() {
        return policyName;
    }

    /** When set, the user may only put data into this namespace ({@code cloudwatch:namespace} condition). */
    public Optional<String> namespace() {
        return Optional.ofNullable(namespace);
    }

    /** Where the new credentials are written (owner-only, never over an existing file); none when empty. */
    public Optional<Path> credentialsFile() {
        return Optional.ofNullable(credentialsFile);
    }

    /** The profile section the credentials file gets; {@code default} unless set. */
    public String profileName() {
        return profileName;
    }

    @Override
    public String toString() {
        return "RestrictedUserSpec[" + userName + ", policy " + policyName
                + (namespace == null ? "" : ", namespace " + namespace)
                + (credentialsFile == null ? "" : ", file " + credentialsFile) + "]";
    }

    /** Builds a {@link RestrictedUserSpec}; only the user name is required. */
    public static final class Builder implements SpecBuilder<Builder, RestrictedUserSpec> {
        private String userName;
        private String policyName = DEFAULT_POLICY_NAME;
        private String namespace;
        private Path credentialsFile;
        private String profileName = "default";

        private Builder() {}

        /** Sets the user name. */
        public Builder userName(String userName) {
            this.userName = userName;
            return this;
        }

        /** Sets the policy name. */
        public Builder policyName(String policyName) {
            this.policyName = policyName;
            return this;
        }

        /** Limits the user to one metric namespace; may be null: any namespace. */
        public Builder namespace(String namespace) {
            this.namespace = namespace;
            return this;
        }

        /**
         * A file that must not exist yet; it is created readable and writable by its owner only. May be null:
         * the credentials are only returned.
         */
        public Builder credentialsFile(Path credentialsFile) {
            this.credentialsFile = credentialsFile;
            return this;
        }

        /** Sets the profile name. */
        public Builder profileName(String profileName) {
            this.profileName = profileName;
            return this;
        }

        /** The checked RestrictedUserSpec; a value that breaks a rule throws InvalidArgumentException naming it. */
        @Override
        public RestrictedUserSpec build() {
            return new RestrictedUserSpec(this);
        }
    }
}
