package dev.awsrecipes.core.internal;

import dev.awsrecipes.core.Account;
import dev.awsrecipes.core.Environment;
import dev.awsrecipes.core.InternalApi;
import dev.awsrecipes.core.SsoLoginRequiredException;
import dev.awsrecipes.core.internal.CredentialsChain.Source;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.InstanceProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.auth.credentials.WebIdentityTokenFileCredentialsProvider;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Decides where each account's credentials come from and keeps one provider per account.
 *
 * <p>The session's own, in the order of the AWS SDK and CLI: credentials given to the builder; else a
 * profile chosen explicitly (builder, {@code --profile}); else the default chain, which is the Java
 * system properties {@code aws.accessKeyId} / {@code aws.secretAccessKey}, the environment keys {@code
 * AWS_ACCESS_KEY_ID} / {@code AWS_SECRET_ACCESS_KEY}, web identity ({@code AWS_WEB_IDENTITY_TOKEN_FILE}
 * + {@code AWS_ROLE_ARN}), the profile named by {@code AWS_PROFILE} (or {@code default}), a container's
 * credentials endpoint, and the EC2 instance profile. Profiles of every kind the SDK knows — static keys,
 * IAM Identity Center (SSO), {@code credential_process}, {@code role_arn} with {@code source_profile} or
 * {@code credential_source}, {@code web_identity_token_file} — are read by the SDK's own {@link
 * ProfileCredentialsProvider}.
 */
@InternalApi
public final class CredentialsResolver implements AutoCloseable {
    private static final String ROLE_SESSION_NAME = "aws-recipes";

    private final ProfileSettings settings;
    private final CredentialsChain sessionCredentials;
    private final Supplier<StsClient> sts;
    private final Map<Account, AwsCredentialsProvider> providers = new ConcurrentHashMap<>();
    private final boolean ownsSessionCredentials;

    /**
     * @param explicitProfile a profile the caller named (builder, {@code --profile}); {@code AWS_PROFILE}
     *     is not one, it takes its place in the default chain
     */
    public CredentialsResolver(
            ProfileSettings settings,
            Optional<String> explicitProfile,
            AwsCredentialsProvider explicit,
            Supplier<StsClient> sts) {
        this.settings = settings;
        this.sts = sts;
        if (explicit != null) {
            this.sessionCredentials = CredentialsChain.only(new Source("credentials given to the session", explicit));
        } else if (explicitProfile.isPresent()) {
            String name = explicitProfile.get();
            this.sessionCredentials = CredentialsChain.only(new Source(describeProfile(name), profileProvider(name)));
        } else {
            this.sessionCredentials = CredentialsChain.firstOf(defaultChain());
        }
        this.ownsSessionCredentials = explicit == null;
    }

    private List<Source> defaultChain() {
        Environment env = settings.environment();
        List<Source> chain = new ArrayList<>();
        chain.add(new Source(
                "Java system properties aws.accessKeyId / aws.secretAccessKey",
                SystemPropertyCredentialsProvider.create()));
        environmentKeys(env)
                .ifPresent(keys ->
                        chain.add(new Source("environment variables AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY", keys)));
        Optional<String> tokenFile = env.find("AWS_WEB_IDENTITY_TOKEN_FILE");
        Optional<String> roleArn = env.find("AWS_ROLE_ARN");
        if (tokenFile.isPresent() && roleArn.isPresent()) {
            chain.add(new Source(
                    "web identity (AWS_WEB_IDENTITY_TOKEN_FILE, role " + roleArn.get() + ")",
                    WebIdentityTokenFileCredentialsProvider.builder()
                            .roleArn(roleArn.get())
                            .webIdentityTokenFile(Path.of(tokenFile.get()))
                            .roleSessionName(env.find("AWS_ROLE_SESSION_NAME").orElse(ROLE_SESSION_NAME))
                            .build()));
        }
        Optional<String> awsProfile = env.find("AWS_PROFILE");
        String profileName = awsProfile.orElse("default");
        if (settings.profileFile().profile(profileName).isPresent()) {
            String origin = awsProfile.isPresent() ? " (AWS_PROFILE)" : "";
            chain.add(new Source(describeProfile(profileName) + origin, profileProvider(profileName)));
        }
        if (env.find("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI").isPresent()
                || env.find("AWS_CONTAINER_CREDENTIALS_FULL_URI").isPresent()) {
            chain.add(new Source(
                    "container credentials endpoint",
                    ContainerCredentialsProvider.builder().build()));
        }
        if (!env.find("AWS_EC2_METADATA_DISABLED").map("true"::equalsIgnoreCase).orElse(false)) {
            chain.add(new Source(
                    "EC2 instance profile (instance metadata)",
                    InstanceProfileCredentialsProvider.builder()
                            .profileFile(settings::profileFile)
                            .profileName(profileName)
                            .build()));
        }
        return chain;
    }

    /** Static keys from {@code AWS_ACCESS_KEY_ID} / {@code AWS_SECRET_ACCESS_KEY} in the session's environment. */
    private static Optional<AwsCredentialsProvider> environmentKeys(Environment env) {
        Optional<String> keyId = env.find("AWS_ACCESS_KEY_ID");
        Optional<String> secret = env.find("AWS_SECRET_ACCESS_KEY");
        if (keyId.isEmpty() || secret.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> token = env.find("AWS_SESSION_TOKEN");
        return Optional.of(StaticCredentialsProvider.create(
                token.isPresent()
                        ? AwsSessionCredentials.create(keyId.get(), secret.get(), token.get())
                        : AwsBasicCredentials.create(keyId.get(), secret.get())));
    }

    /** Where the session's own credentials come from, for people; resolves them if no call has yet. */
    public String sessionSource() {
        return sessionCredentials.source();
    }

    public AwsCredentialsProvider forAccount(Account account) {
        if (account.source() == Account.Source.SESSION) {
            return sessionCredentials;
        }
        return providers.computeIfAbsent(account, this::newProvider);
    }

    private AwsCredentialsProvider newProvider(Account account) {
        return switch (account.source()) {
            case SESSION -> sessionCredentials;
            case PROFILE -> profileProvider(account.profileName().orElseThrow());
            case STATIC_KEYS -> StaticCredentialsProvider.create(AwsBasicCredentials.create(
                    account.accessKeyId().orElseThrow(),
                    account.secretAccessKey().orElseThrow()));
            case ASSUMED_ROLE -> StsAssumeRoleCredentialsProvider.builder()
                    .stsClient(sts.get())
                    .refreshRequest(r -> r.roleArn(account.roleArn().orElseThrow())
                            .roleSessionName(ROLE_SESSION_NAME)
                            .externalId(account.externalId().orElse(null)))
                    .asyncCredentialUpdateEnabled(false)
                    .build();
        };
    }

    /** "profile dev (IAM Identity Center)": the profile and the kind of credentials it holds. */
    private String describeProfile(String name) {
        Profile profile = settings.requireProfile(name);
        return "profile " + name + " (" + ProfileKind.of(profile).description() + ")";
    }

    private AwsCredentialsProvider profileProvider(String profileName) {
        Profile profile = settings.requireProfile(profileName);
        ProfileCredentialsProvider provider = ProfileCredentialsProvider.builder()
                .profileFile(settings.profileFile())
                .profileName(profileName)
                .build();
        return ProfileKind.of(profile) == ProfileKind.SSO ? new SsoProfileCredentials(profileName, provider) : provider;
    }

    @Override
    public void close() {
        providers.values().forEach(CredentialsResolver::closeQuietly);
        if (ownsSessionCredentials) {
            sessionCredentials.close();
        }
    }

    private static void closeQuietly(AwsCredentialsProvider provider) {
        if (provider instanceof SdkAutoCloseable closeable) {
            closeable.close();
        }
    }

    /** What a profile's credentials are made of, as its properties say. */
    enum ProfileKind {
        SSO("IAM Identity Center"),
        PROCESS("credential_process"),
        ROLE("role_arn"),
        WEB_IDENTITY("web_identity_token_file"),
        KEYS("static keys");

        private final String description;

        ProfileKind(String description) {
            this.description = description;
        }

        String description() {
            return description;
        }

        static ProfileKind of(Profile profile) {
            if (profile.property("role_arn").isPresent()) {
                return profile.property("web_identity_token_file").isPresent() ? WEB_IDENTITY : ROLE;
            }
            if (profile.property("sso_session").isPresent()
                    || profile.property("sso_start_url").isPresent()) {
                return SSO;
            }
            if (profile.property("credential_process").isPresent()) {
                return PROCESS;
            }
            return KEYS;
        }
    }

    /**
     * The SDK's provider for an SSO profile, with its failure to find a valid cached token turned into
     * one line that says what to run.
     */
    private record SsoProfileCredentials(String profileName, ProfileCredentialsProvider delegate)
            implements AwsCredentialsProvider, SdkAutoCloseable {
        @Override
        public AwsCredentials resolveCredentials() {
            try {
                return delegate.resolveCredentials();
            } catch (RuntimeException e) {
                if (isMissingToken(e)) {
                    throw new SsoLoginRequiredException(profileName, e);
                }
                throw e;
            }
        }

        /**
         * The SDK says "Unable to load SSO token" (sso_session), fails to read the token's cache file
         * (legacy sso_start_url), or says the token or session has expired.
         */
        private static boolean isMissingToken(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
                if (message.contains("token")
                        || message.contains("expired")
                        || message.contains("sso/cache")
                        || t instanceof NoSuchFileException) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
