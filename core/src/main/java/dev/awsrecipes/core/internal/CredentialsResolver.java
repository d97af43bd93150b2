package dev.awsrecipes.core.internal;

import dev.awsrecipes.core.Account;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Decides where each account's credentials come from and keeps one provider per account. The
 * session's own: explicit credentials, else the chosen profile, else keys in the session's
 * environment, else the SDK's default chain.
 */
public final class CredentialsResolver implements AutoCloseable {
    private static final String ROLE_SESSION_NAME = "aws-recipes";

    private final ProfileSettings settings;
    private final AwsCredentialsProvider sessionCredentials;
    private final Supplier<StsClient> sts;
    private final Map<Account, AwsCredentialsProvider> providers = new ConcurrentHashMap<>();
    private final boolean ownsSessionCredentials;

    public CredentialsResolver(
            ProfileSettings settings,
            Optional<String> chosenProfile,
            AwsCredentialsProvider explicit,
            Optional<AwsCredentialsProvider> fromEnvironment,
            Supplier<StsClient> sts) {
        this.settings = settings;
        this.sts = sts;
        if (explicit != null) {
            this.sessionCredentials = explicit;
        } else if (chosenProfile.isPresent()) {
            this.sessionCredentials = profileProvider(chosenProfile.get());
        } else {
            this.sessionCredentials = fromEnvironment.orElseGet(
                    () -> DefaultCredentialsProvider.builder().build());
        }
        this.ownsSessionCredentials = explicit == null;
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
                    .refreshRequest(
                            r -> r.roleArn(account.roleArn().orElseThrow()).roleSessionName(ROLE_SESSION_NAME))
                    .asyncCredentialUpdateEnabled(false)
                    .build();
        };
    }

    private AwsCredentialsProvider profileProvider(String profileName) {
        settings.requireProfile(profileName);
        return ProfileCredentialsProvider.builder()
                .profileFile(settings.profileFile())
                .profileName(profileName)
                .build();
    }

    @Override
    public void close() {
        providers.values().forEach(CredentialsResolver::closeQuietly);
        if (ownsSessionCredentials) {
            closeQuietly(sessionCredentials);
        }
    }

    private static void closeQuietly(AwsCredentialsProvider provider) {
        if (provider instanceof SdkAutoCloseable closeable) {
            closeable.close();
        }
    }
}
