package dev.awsrecipes.monitoring;

import dev.awsrecipes.core.Check;
import dev.awsrecipes.core.SpecBuilder;
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
 *
 * @param userName the IAM user's name
 * @param policyName the name of the user's inline policy; {@link #DEFAULT_POLICY_NAME} unless set
 * @param namespace when set, the user may only put data into this namespace ({@code cloudwatch:namespace}
 *     condition)
 * @param credentialsFile where the new credentials are written (owner-only, never over an existing file); none
 *     when empty
 * @param profileName the profile section the credentials file gets; {@code default} unless set
 */
public record RestrictedUserSpec(
        String userName,
        String policyName,
        Optional<String> namespace,
        Optional<Path> credentialsFile,
        String profileName) {
    /** The inline policy's name unless another is given. */
    public static final String DEFAULT_POLICY_NAME = "CloudWatchPutMetricData";

    private static final Pattern IAM_NAME = Pattern.compile("[\\w+=,.@-]{1,64}");
    private static final Pattern PROFILE = Pattern.compile("[\\w.+@-]{1,64}");

    /** Checks the names, the namespace and the profile; a null optional is empty. */
    public RestrictedUserSpec {
        iamName("userName", userName);
        iamName("policyName", policyName);
        namespace = namespace == null
                ? Optional.empty()
                : namespace.map(ns -> MonitoringRules.customNamespace("namespace", ns));
        credentialsFile = credentialsFile == null ? Optional.empty() : credentialsFile;
        Check.notBlank(profileName, "profileName");
        Check.that(
                PROFILE.matcher(profileName).matches(),
                "profileName",
                "\"" + profileName + "\" may only use letters, digits and _ . + @ -");
    }

    private static void iamName(String argument, String value) {
        Check.notBlank(value, argument);
        Check.that(
                IAM_NAME.matcher(value).matches(),
                argument,
                "\"" + value + "\" is not an IAM name: 1 to 64 letters, digits or + = , . @ _ -");
    }

    /** A new builder with the defaults described on the class. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String toString() {
        return "RestrictedUserSpec[" + userName + ", policy " + policyName
                + namespace.map(ns -> ", namespace " + ns).orElse("")
                + credentialsFile.map(file -> ", file " + file).orElse("") + "]";
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
            return new RestrictedUserSpec(
                    userName,
                    policyName,
                    Optional.ofNullable(namespace),
                    Optional.ofNullable(credentialsFile),
                    profileName);
        }
    }
}
