package dev.awsrecipes.core;

import dev.awsrecipes.core.internal.CaBundle;
import dev.awsrecipes.core.internal.ClientCache;
import dev.awsrecipes.core.internal.CredentialsResolver;
import dev.awsrecipes.core.internal.ProfileSettings;
import dev.awsrecipes.core.internal.SessionHttpClient;
import dev.awsrecipes.core.internal.SessionThreads;
import dev.awsrecipes.core.internal.WireLoggingInterceptor;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpConfigurationOption;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.utils.AttributeMap;

/**
 * The session every recipe runs in: credentials, default region, endpoint override, timeouts, retries
 * and wire logging, decided once. It builds SDK clients on demand, caches one per (service, region,
 * account), shares one HTTP client (so one connection pool) between them, and closes them all in {@link
 * #close()}.
 *
 * <pre>{@code
 * try (Aws aws = Aws.builder().profile("dev").region(Region.EU_WEST_1).build()) {
 *     S3Recipes s3 = S3Recipes.using(aws);
 *     ...
 * }
 * }</pre>
 *
 * <p>Everything is resolved the way the AWS SDK and CLI do it, so the same shell reaches the same
 * account with {@code aws} and with this library:
 *
 * <ul>
 *   <li>credentials: given to the builder; else a profile named on the builder; else the system
 *       properties {@code aws.accessKeyId} / {@code aws.secretAccessKey}, the environment keys {@code
 *       AWS_ACCESS_KEY_ID} / {@code AWS_SECRET_ACCESS_KEY}, web identity, the profile in {@code
 *       AWS_PROFILE} (or {@code default}), a container's credentials endpoint and the EC2 instance
 *       profile, in that order. Every profile kind of the SDK works, IAM Identity Center (SSO) included;
 *       {@link #whoami()} says which source won;
 *   <li>region, in the order of the SDK's default region chain: given to the builder; else the system
 *       property {@code aws.region}; else {@code AWS_REGION} (or the AWS CLI's {@code
 *       AWS_DEFAULT_REGION}); else the profile's {@code region}; else, on EC2, instance metadata. Any id
 *       the SDK takes works from each source, {@code auto} included ({@link Check#region});
 *   <li>endpoint: given to the builder; else {@code AWS_ENDPOINT_URL_<SERVICE>} / {@code
 *       AWS_ENDPOINT_URL}; else the profile's {@code endpoint_url};
 *   <li>HTTP client: the caller's ({@link Builder#httpClient(SdkHttpClient)}), or one built from the
 *       caller's builder ({@link Builder#httpClientBuilder(SdkHttpClient.Builder)}), else the SDK's
 *       default synchronous client on the class path: Apache 4 ({@code apache-client}, which this
 *       library brings as a runtime dependency, as the SDK's own service modules do), or, when that is
 *       excluded, whichever of {@code url-connection-client}, {@code apache5-client} or the CRT is
 *       there;
 *   <li>TLS trust: the JVM's default authorities, plus those of a PEM file given to the builder
 *       ({@link Builder#caBundle(Path)}), else named by {@code AWS_CA_BUNDLE}, else by the profile's
 *       {@code ca_bundle}, as the AWS CLI does (for the HTTP clients the session builds).
 * </ul>
 *
 * <p>Instances are thread-safe: build one, share it between threads, close it once.
 */
public final class Aws implements RecipeContext, AutoCloseable {
    /** STS, which the session uses to assume roles in other accounts and to say who it is ({@link #whoami()}). */
    public static final AwsService<StsClient> STS = AwsService.of("sts", StsClient.class, StsClient::builder);

    private final ProfileSettings settings;
    private final Optional<String> profileName;
    private final Optional<Region> configuredRegion;
    private volatile Optional<Region> defaultRegion;
    private final URI explicitEndpoint;
    private final AccountSet accounts;
    private final Duration waitTimeout;
    private final WaitListener waitListener;
    private final CredentialsResolver credentials;
    private final ClientCache clients;
    private final SessionThreads threads;
    private final int parallelism;

    private Aws(Builder b) {
        this.settings = new ProfileSettings(b.environment, b.profileFile);
        this.profileName = settings.chosenProfile(b.profile);
        if (b.requireExplicitProfile && profileName.isEmpty() && b.credentials == null) {
            throw new InvalidArgumentException(
                    "profile",
                    "profile is required: this session refuses the default credentials;"
                            + " choose one with profile(name), --profile or AWS_PROFILE");
        }
        profileName.ifPresent(settings::requireProfile);
        this.configuredRegion = settings.region(b.region, profileName.orElse("default"));
        this.explicitEndpoint = b.endpoint;
        this.accounts = b.accounts == null ? AccountSet.of(Account.SESSION) : b.accounts;
        this.waitTimeout = b.waitTimeout;
        this.waitListener = b.waitListener;
        Optional<CaBundle> caBundle =
                b.httpClient != null ? Optional.empty() : settings.caBundle(b.caBundle, profileName.orElse("default"));
        this.clients = new ClientCache(b.sessionHttpClient(caBundle), b.overrideConfiguration());
        this.credentials =
                new CredentialsResolver(settings, Optional.ofNullable(b.profile), b.credentials, () -> client(STS));
        this.threads = new SessionThreads(b.parallelism);
        this.parallelism = b.parallelism;
    }

    /** A builder; every setting is optional. */
    public static Builder builder() {
        return new Builder();
    }

    /** A session from the environment and shared config files alone. */
    public static Aws create() {
        return builder().build();
    }

    /**
     * The default region; fails with a clear message when none is configured anywhere.
     *
     * @throws InvalidArgumentException when no source names a region
     */
    @Override
    public Region region() {
        return defaultRegion()
                .orElseThrow(() -> new InvalidArgumentException(
                        "region",
                        "region is not set: give one with region(...), --region, AWS_REGION or region in the profile"));
    }

    /**
     * The default region, when one is configured: given to the builder, else the system property {@code
     * aws.region}, else {@code AWS_REGION} / {@code AWS_DEFAULT_REGION}, else the profile's {@code region},
     * else, on EC2, the instance's own region from instance metadata (asked once, on first need).
     *
     * @return the region, or empty when no source names one
     */
    @Override
    public Optional<Region> defaultRegion() {
        Optional<Region> region = defaultRegion;
        if (region == null) {
            synchronized (this) {
                if (defaultRegion == null) {
                    defaultRegion = configuredRegion.or(settings::instanceRegion);
                }
                region = defaultRegion;
            }
        }
        return region;
    }

    /**
     * Who this session acts as: the account, principal and user id STS reports for its credentials,
     * where those credentials come from, and the default region. Costs one {@code GetCallerIdentity}
     * call, which needs no permission; without a default region it asks STS in {@code us-east-1}, as
     * the AWS CLI does.
     *
     * @return the identity
     * @throws SsoLoginRequiredException when an IAM Identity Center profile has no valid token
     */
    public CallerIdentity whoami() {
        String source = credentials.sessionSource();
        Optional<Region> region = defaultRegion();
        var identity = client(STS, region.orElse(Region.US_EAST_1)).getCallerIdentity();
        return new CallerIdentity(identity.account(), identity.arn(), identity.userId(), source, region);
    }

    @Override
    public String accountId() {
        return client(STS, defaultRegion().orElse(Region.US_EAST_1))
                .getCallerIdentity()
                .account();
    }

    /**
     * Where the session's own credentials come from, e.g. {@code environment variables AWS_ACCESS_KEY_ID
     * / AWS_SECRET_ACCESS_KEY} or {@code profile dev (IAM Identity Center)}. Resolves them if no call has
     * yet.
     *
     * @return a description for people
     * @throws SsoLoginRequiredException when an IAM Identity Center profile has no valid token
     */
    public String credentialsSource() {
        return credentials.sessionSource();
    }

    /** The profile chosen by name (builder, {@code --profile}, or {@code AWS_PROFILE}), if any. */
    public Optional<String> profileName() {
        return profileName;
    }

    /** The accounts multi-account recipes work on; the session's own account unless set. */
    @Override
    public AccountSet accounts() {
        return accounts;
    }

    /** How long a recipe waits for a resource to reach a state, unless the call says otherwise. */
    @Override
    public Duration waitTimeout() {
        return waitTimeout;
    }

    /** Who hears how waits for resources go; nobody unless set. */
    @Override
    public WaitListener waitListener() {
        return waitListener;
    }

    /** The session account's client for the service in the default region. */
    @Override
    public <C extends SdkClient> C client(AwsService<C> service) {
        return client(service, region(), Account.SESSION);
    }

    /** The session account's client for the service in the region. */
    @Override
    public <C extends SdkClient> C client(AwsService<C> service, Region region) {
        return client(service, region, Account.SESSION);
    }

    /** The account's client for the service in the region, built once and then reused. */
    @Override
    public <C extends SdkClient> C client(AwsService<C> service, Region region, Account account) {
        Check.notNull(service, "service");
        Check.notNull(region, "region");
        Check.notNull(account, "account");
        Optional<URI> endpoint = endpoint(service, account);
        return clients.get(service, new ClientContext(region, account, endpoint), credentials(account));
    }

    /** Where the account's requests to the service go, when not to AWS itself. */
    @Override
    public Optional<URI> endpoint(AwsService<?> service, Account account) {
        String profile = account.profileName().orElse(profileName.orElse("default"));
        return settings.endpoint(explicitEndpoint, service, profile);
    }

    /** The session's own credentials. */
    @Override
    public AwsCredentialsProvider credentials() {
        return credentials(Account.SESSION);
    }

    /** The account's credentials (a profile's, static keys, or an assumed role's, refreshed). */
    @Override
    public AwsCredentialsProvider credentials(Account account) {
        return credentials.forAccount(account);
    }

    /**
     * A session-scoped object (a presigner, a transfer manager) made once per key and closed with the
     * session.
     */
    public <T extends AutoCloseable> T shared(String key, Class<T> type, Supplier<T> factory) {
        return clients.shared(key, type, factory);
    }

    /** The executor that fan-outs and parallel recipes run on; owned and shut down by the session. */
    @Override
    public ExecutorService executor() {
        return threads.executor();
    }

    /** How many calls fan-outs and parallel recipes run at once: the builder's {@code parallelism}. */
    @Override
    public int maxInFlight() {
        return parallelism;
    }

    /** Closes every client, credential provider, shared object and thread this session made. */
    @Override
    public void close() {
        threads.close();
        credentials.close();
        clients.close();
    }

    @Override
    public String toString() {
        return "Aws[profile=" + profileName.orElse("(default chain)") + ", region="
                + configuredRegion.map(Region::id).orElse("(not configured)")
                + (explicitEndpoint == null ? "" : ", endpoint=" + explicitEndpoint) + "]";
    }

    /** Settings of a session; all optional. */
    public static final class Builder {
        private String profile;
        private boolean requireExplicitProfile;
        private AwsCredentialsProvider credentials;
        private Region region;
        private URI endpoint;
        private Environment environment = Environment.system();
        private Supplier<ProfileFile> profileFile = ProfileFile::defaultProfileFile;
        private AccountSet accounts;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration socketTimeout = Duration.ofSeconds(60);
        private Duration apiCallTimeout = Duration.ofMinutes(5);
        private Duration apiCallAttemptTimeout;
        private Integer maxAttempts;
        private RetryStrategy retryStrategy;
        private int maxConnections = 64;
        private SdkHttpClient httpClient;
        private SdkHttpClient.Builder<?> httpClientBuilder;
        private Path caBundle;
        private int parallelism = 32;
        private Duration waitTimeout = Duration.ofMinutes(10);
        private WaitListener waitListener = WaitListener.none();
        private boolean wireLogging;
        private final List<ExecutionInterceptor> interceptors = new ArrayList<>();

        private Builder() {}

        /** A named profile of the shared config files, for credentials, region and endpoint. */
        public Builder profile(String profile) {
            this.profile = Check.notBlank(profile, "profile");
            return this;
        }

        /**
         * Refuse to fall back to the default profile or chain: the caller must name a profile (or
         * give credentials), so nothing runs against the default account by accident.
         */
        public Builder requireExplicitProfile(boolean require) {
            this.requireExplicitProfile = require;
            return this;
        }

        /** Explicit credentials; they win over profiles and the environment. */
        public Builder credentials(AwsCredentialsProvider credentials) {
            this.credentials = Check.notNull(credentials, "credentials");
            return this;
        }

        /** Explicit static keys. */
        public Builder credentials(String accessKeyId, String secretAccessKey) {
            Check.notBlank(accessKeyId, "accessKeyId");
            Check.notBlank(secretAccessKey, "secretAccessKey");
            return credentials(
                    StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey)));
        }

        /**
         * The default region, winning over every other source.
         *
         * @param region the region
         * @return this builder
         */
        public Builder region(Region region) {
            this.region = Check.notNull(region, "region");
            return this;
        }

        /**
         * The default region by id, e.g. {@code eu-west-1}: any id the SDK takes, {@code auto} (R2, GCS)
         * and regions newer than this SDK included ({@link Check#region(String, String)}).
         *
         * @param region the region id
         * @return this builder
         * @throws InvalidArgumentException when the text can never be a region id (blank, white space,
         *     control characters)
         */
        public Builder region(String region) {
            return region(Check.region(region, "region"));
        }

        /** An AWS-compatible endpoint for every service (an emulator, MinIO, versitygw). */
        public Builder endpoint(URI endpoint) {
            this.endpoint = ProfileSettings.parseEndpoint(
                    "endpoint", Check.notNull(endpoint, "endpoint").toString());
            return this;
        }

        /**
         * {@link #endpoint(URI)} from a string such as {@code http://127.0.0.1:4566}.
         *
         * @param endpoint an absolute http or https URL
         * @return this builder
         */
        public Builder endpoint(String endpoint) {
            return endpoint(ProfileSettings.parseEndpoint("endpoint", Check.notBlank(endpoint, "endpoint")));
        }

        /** Where environment variables are read from; the process environment by default. */
        public Builder environment(Environment environment) {
            this.environment = Check.notNull(environment, "environment");
            return this;
        }

        /** The shared config files to read profiles from, instead of {@code ~/.aws}. */
        public Builder profileFile(ProfileFile profileFile) {
            Check.notNull(profileFile, "profileFile");
            this.profileFile = () -> profileFile;
            return this;
        }

        /** The config and credentials files to read profiles from; either may be missing. */
        public Builder profileFiles(Path configFile, Path credentialsFile) {
            ProfileFile.Aggregator aggregator = ProfileFile.aggregator();
            if (configFile != null && configFile.toFile().isFile()) {
                aggregator.addFile(ProfileFile.builder()
                        .content(configFile)
                        .type(ProfileFile.Type.CONFIGURATION)
                        .build());
            }
            if (credentialsFile != null && credentialsFile.toFile().isFile()) {
                aggregator.addFile(ProfileFile.builder()
                        .content(credentialsFile)
                        .type(ProfileFile.Type.CREDENTIALS)
                        .build());
            }
            return profileFile(aggregator.build());
        }

        /** The accounts of multi-account recipes. */
        public Builder accounts(AccountSet accounts) {
            this.accounts = Check.notNull(accounts, "accounts");
            return this;
        }

        /**
         * How long to wait for a TCP connection to be set up.
         *
         * @param timeout a positive duration; 5 seconds by default
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Check.positive(timeout, "connectTimeout");
            return this;
        }

        /** How long a connection may stay silent while reading a response. */
        public Builder socketTimeout(Duration timeout) {
            this.socketTimeout = Check.positive(timeout, "socketTimeout");
            return this;
        }

        /** The bound on one whole API call, retries included. */
        public Builder apiCallTimeout(Duration timeout) {
            this.apiCallTimeout = Check.positive(timeout, "apiCallTimeout");
            return this;
        }

        /** The bound on each attempt of an API call. */
        public Builder apiCallAttemptTimeout(Duration timeout) {
            this.apiCallAttemptTimeout = Check.positive(timeout, "apiCallAttemptTimeout");
            return this;
        }

        /** Attempts per call under the SDK's standard retry strategy (1 = no retries). */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = (int) Check.inRange(maxAttempts, 1, 20, "maxAttempts");
            return this;
        }

        /** A retry strategy of the SDK's own, replacing the standard one. */
        public Builder retryStrategy(RetryStrategy retryStrategy) {
            this.retryStrategy = Check.notNull(retryStrategy, "retryStrategy");
            return this;
        }

        /**
         * The HTTP client every SDK client of the session uses: the caller's, with its own settings,
         * which the session never closes (the caller does, after closing the session). The session's
         * {@code connectTimeout}, {@code socketTimeout}, {@code maxConnections} and CA bundle do not
         * apply to it. Any of the SDK's synchronous clients works: Apache 4 or 5, URL connection, CRT.
         *
         * @param httpClient the caller's client
         * @return this builder
         */
        public Builder httpClient(SdkHttpClient httpClient) {
            this.httpClient = Check.notNull(httpClient, "httpClient");
            return this;
        }

        /**
         * How to build the HTTP client every SDK client of the session uses, e.g. {@code
         * UrlConnectionHttpClient.builder()} or {@code ApacheHttpClient.builder().proxyConfiguration(..)}.
         * The session builds it once, on first need, and closes it; what the builder leaves unset is
         * filled from the session's {@code connectTimeout}, {@code socketTimeout}, {@code
         * maxConnections} and CA bundle, as the SDK does with a builder given to one service client.
         *
         * @param httpClientBuilder the builder of any of the SDK's synchronous HTTP clients
         * @return this builder
         */
        public Builder httpClientBuilder(SdkHttpClient.Builder<?> httpClientBuilder) {
            this.httpClientBuilder = Check.notNull(httpClientBuilder, "httpClientBuilder");
            return this;
        }

        /**
         * A PEM file of CA certificates to trust besides the JVM's default authorities, winning over
         * {@code AWS_CA_BUNDLE} and the profile's {@code ca_bundle}: for an S3-compatible server on
         * premises with a private CA or a self-signed certificate.
         *
         * @param caBundle a file of one or more {@code -----BEGIN CERTIFICATE-----} blocks, read at
         *     {@link #build()}
         * @return this builder
         */
        public Builder caBundle(Path caBundle) {
            this.caBundle = Check.notNull(caBundle, "caBundle");
            return this;
        }

        /** The size of the HTTP connection pool that all clients share. */
        public Builder maxConnections(int maxConnections) {
            this.maxConnections = (int) Check.inRange(maxConnections, 1, 10_000, "maxConnections");
            return this;
        }

        /** Threads for fan-outs and parallel recipes. */
        public Builder parallelism(int parallelism) {
            this.parallelism = (int) Check.inRange(parallelism, 1, 1_000, "parallelism");
            return this;
        }

        /** The default bound on waits for a resource's state (instance running, volume available). */
        public Builder waitTimeout(Duration waitTimeout) {
            this.waitTimeout = Check.positive(waitTimeout, "waitTimeout");
            return this;
        }

        /** Who hears how waits for resources go (progress for a person, metrics); the library never prints. */
        public Builder waitListener(WaitListener waitListener) {
            this.waitListener = Check.notNull(waitListener, "waitListener");
            return this;
        }

        /**
         * Logs every request and response (method, URL, headers, status) at DEBUG on {@code
         * dev.awsrecipes.wire}, with signatures, tokens and secrets masked.
         */
        public Builder wireLogging(boolean wireLogging) {
            this.wireLogging = wireLogging;
            return this;
        }

        /** An SDK interceptor added to every client (metrics, fault injection in tests). */
        public Builder addInterceptor(ExecutionInterceptor interceptor) {
            this.interceptors.add(Check.notNull(interceptor, "interceptor"));
            return this;
        }

        /**
         * The session. Profile and endpoint are checked here; credentials and region are resolved as
         * they are first needed.
         *
         * @return a new session, to be closed by the caller
         * @throws InvalidArgumentException when a named profile does not exist, a profile is required
         *     and none was named, both an HTTP client and a builder of one were given, or a CA bundle
         *     file is missing, unreadable or holds no certificate
         */
        public Aws build() {
            Check.that(
                    httpClient == null || httpClientBuilder == null,
                    "httpClient",
                    "and httpClientBuilder cannot both be given: give your client, or a builder for the session to use");
            return new Aws(this);
        }

        private SessionHttpClient sessionHttpClient(Optional<CaBundle> caBundle) {
            if (httpClient != null) {
                return SessionHttpClient.given(httpClient);
            }
            AttributeMap.Builder defaults = AttributeMap.builder()
                    .put(SdkHttpConfigurationOption.CONNECTION_TIMEOUT, connectTimeout)
                    .put(SdkHttpConfigurationOption.READ_TIMEOUT, socketTimeout)
                    .put(SdkHttpConfigurationOption.MAX_CONNECTIONS, maxConnections);
            caBundle.ifPresent(bundle -> defaults.put(SdkHttpConfigurationOption.TLS_TRUST_MANAGERS_PROVIDER, bundle));
            return SessionHttpClient.built(httpClientBuilder, defaults.build(), caBundle);
        }

        private ClientOverrideConfiguration overrideConfiguration() {
            ClientOverrideConfiguration.Builder config =
                    ClientOverrideConfiguration.builder().apiCallTimeout(apiCallTimeout);
            if (apiCallAttemptTimeout != null) {
                config.apiCallAttemptTimeout(apiCallAttemptTimeout);
            }
            if (retryStrategy != null) {
                config.retryStrategy(retryStrategy);
            } else if (maxAttempts != null) {
                config.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .maxAttempts(maxAttempts)
                        .build());
            }
            if (wireLogging) {
                config.addExecutionInterceptor(new WireLoggingInterceptor());
            }
            interceptors.forEach(config::addExecutionInterceptor);
            return config.build();
        }
    }
}
