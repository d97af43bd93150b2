package dev.awsrecipes.core;

import dev.awsrecipes.core.internal.ClientCache;
import dev.awsrecipes.core.internal.CredentialsResolver;
import dev.awsrecipes.core.internal.FanOut;
import dev.awsrecipes.core.internal.ProfileSettings;
import dev.awsrecipes.core.internal.WireLoggingInterceptor;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.RegionMetadata;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeRegionsResponse;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The session every recipe runs in: credentials, default region, endpoint override, timeouts, retries
 * and wire logging, decided once. It builds SDK clients on demand, caches one per (service, region,
 * account), shares one HTTP connection pool between them, and closes them all in {@link #close()}.
 *
 * <pre>{@code
 * try (Aws aws = Aws.builder().profile("dev").region(Region.EU_WEST_1).build()) {
 *     S3Recipes s3 = S3Recipes.using(aws);
 *     ...
 * }
 * }</pre>
 *
 * <p>Endpoint, region and profile are resolved the way the AWS CLI does: what the builder is given,
 * then {@code AWS_ENDPOINT_URL_<SERVICE>} / {@code AWS_ENDPOINT_URL}, {@code AWS_REGION} / {@code
 * AWS_DEFAULT_REGION} and {@code AWS_PROFILE}, then the profile's {@code endpoint_url} and {@code
 * region}. Instances are thread-safe.
 */
public final class Aws implements AutoCloseable {
    /** EC2, which the session itself uses to list regions. */
    public static final AwsService<Ec2Client> EC2 = AwsService.of("ec2", Ec2Client.class, Ec2Client::builder);

    /** STS, which the session uses to assume roles in other accounts. */
    public static final AwsService<StsClient> STS = AwsService.of("sts", StsClient.class, StsClient::builder);

    private final ProfileSettings settings;
    private final Optional<String> profileName;
    private final Optional<Region> defaultRegion;
    private final URI explicitEndpoint;
    private final AccountSet accounts;
    private final Duration waitTimeout;
    private final CredentialsResolver credentials;
    private final ClientCache clients;
    private final FanOut fanOut;

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
        this.defaultRegion = settings.region(b.region, profileName.orElse("default"));
        this.explicitEndpoint = b.endpoint;
        this.accounts = b.accounts == null ? AccountSet.of(Account.SESSION) : b.accounts;
        this.waitTimeout = b.waitTimeout;
        this.clients = new ClientCache(b.httpClient(), b.overrideConfiguration());
        this.credentials = new CredentialsResolver(
                settings, profileName, b.credentials, environmentCredentials(b), () -> client(STS));
        this.fanOut = new FanOut(b.parallelism);
    }

    /** Static keys from {@code AWS_ACCESS_KEY_ID} / {@code AWS_SECRET_ACCESS_KEY} in the session's environment. */
    private static Optional<AwsCredentialsProvider> environmentCredentials(Builder b) {
        Optional<String> keyId = b.environment.find("AWS_ACCESS_KEY_ID");
        Optional<String> secret = b.environment.find("AWS_SECRET_ACCESS_KEY");
        if (keyId.isEmpty() || secret.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> token = b.environment.find("AWS_SESSION_TOKEN");
        return Optional.of(StaticCredentialsProvider.create(
                token.isPresent()
                        ? AwsSessionCredentials.create(keyId.get(), secret.get(), token.get())
                        : AwsBasicCredentials.create(keyId.get(), secret.get())));
    }

    /** A builder; every setting is optional. */
    public static Builder builder() {
        return new Builder();
    }

    /** A session from the environment and shared config files alone. */
    public static Aws create() {
        return builder().build();
    }

    /** The default region; fails with a clear message when none is configured anywhere. */
    public Region region() {
        return defaultRegion.orElseThrow(() -> new InvalidArgumentException(
                "region",
                "region is not set: give one with region(...), --region, AWS_REGION or region in the profile"));
    }

    /** The default region, when one is configured. */
    public Optional<Region> defaultRegion() {
        return defaultRegion;
    }

    /** The profile chosen explicitly (builder or {@code AWS_PROFILE}), if any. */
    public Optional<String> profileName() {
        return profileName;
    }

    /** The accounts multi-account recipes work on; the session's own account unless set. */
    public AccountSet accounts() {
        return accounts;
    }

    /** How long a recipe waits for a resource to reach a state, unless the call says otherwise. */
    public Duration waitTimeout() {
        return waitTimeout;
    }

    /** The session account's client for the service in the default region. */
    public <C extends SdkClient> C client(AwsService<C> service) {
        return client(service, region(), Account.SESSION);
    }

    /** The session account's client for the service in the region. */
    public <C extends SdkClient> C client(AwsService<C> service, Region region) {
        return client(service, region, Account.SESSION);
    }

    /** The account's client for the service in the region, built once and then reused. */
    public <C extends SdkClient> C client(AwsService<C> service, Region region, Account account) {
        Check.notNull("service", service);
        Check.notNull("region", region);
        Check.notNull("account", account);
        Optional<URI> endpoint = endpoint(service, account);
        return clients.get(service, new ClientContext(region, account, endpoint), credentials(account));
    }

    /** Where the account's requests to the service go, when not to AWS itself. */
    public Optional<URI> endpoint(AwsService<?> service, Account account) {
        String profile = account.profileName().orElse(profileName.orElse("default"));
        return settings.endpoint(explicitEndpoint, service, profile);
    }

    /** The session's own credentials. */
    public AwsCredentialsProvider credentials() {
        return credentials(Account.SESSION);
    }

    /** The account's credentials (a profile's, static keys, or an assumed role's, refreshed). */
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

    /** Every region EC2 knows of, with its opt-in status, as seen from the default region. */
    public List<RegionInfo> regions() {
        DescribeRegionsResponse response = client(EC2).describeRegions(r -> r.allRegions(true));
        List<RegionInfo> regions = new ArrayList<>();
        response.regions().forEach(r -> regions.add(new RegionInfo(Region.of(r.regionName()), r.optInStatus())));
        return regions;
    }

    /**
     * The regions this account can use: no opt-in needed, or opted in, and in the default region's
     * partition (emulators list GovCloud and China regions that commercial credentials cannot reach).
     */
    public List<Region> enabledRegions() {
        String partition = partitionOf(region());
        return regions().stream()
                .filter(RegionInfo::isEnabled)
                .map(RegionInfo::region)
                .filter(r -> partition == null || partition.equals(partitionOf(r)))
                .toList();
    }

    private static String partitionOf(Region region) {
        RegionMetadata metadata = region.metadata();
        return metadata == null ? null : metadata.partition().id();
    }

    /**
     * Runs the call once for every (account, region) pair, concurrently on the session's executor, and
     * returns one outcome per pair — its value or its error — in the order given. One failing pair never
     * hides the others. Accounts whose credentials cannot be set up (an unknown profile) are rejected
     * before any call.
     */
    public <T> FanOutResult<T> fanOut(Collection<Account> accounts, Collection<Region> regions, RegionalCall<T> call) {
        Check.notEmpty("accounts", accounts);
        Check.notEmpty("regions", regions);
        Check.notNull("call", call);
        accounts.forEach(this::credentials);
        return fanOut.run(accounts, regions, call);
    }

    /** {@link #fanOut(Collection, Collection, RegionalCall)} for the session's own account. */
    public <T> FanOutResult<T> fanOut(Collection<Region> regions, RegionalCall<T> call) {
        return fanOut(List.of(Account.SESSION), regions, call);
    }

    /** The executor that fan-outs and parallel recipes run on; owned and shut down by the session. */
    public ExecutorService executor() {
        return fanOut.executor();
    }

    /** Closes every client, credential provider, shared object and thread this session made. */
    @Override
    public void close() {
        fanOut.close();
        credentials.close();
        clients.close();
    }

    @Override
    public String toString() {
        return "Aws[profile=" + profileName.orElse("(default chain)") + ", region="
                + defaultRegion.map(Region::id).orElse("(none)")
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
        private int parallelism = 32;
        private Duration waitTimeout = Duration.ofMinutes(10);
        private boolean wireLogging;
        private final List<ExecutionInterceptor> interceptors = new ArrayList<>();

        private Builder() {}

        /** A named profile of the shared config files, for credentials, region and endpoint. */
        public Builder profile(String profile) {
            this.profile = Check.notBlank("profile", profile);
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
            this.credentials = Check.notNull("credentials", credentials);
            return this;
        }

        /** Explicit static keys. */
        public Builder credentials(String accessKeyId, String secretAccessKey) {
            Check.notBlank("accessKeyId", accessKeyId);
            Check.notBlank("secretAccessKey", secretAccessKey);
            return credentials(
                    StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey)));
        }

        public Builder region(Region region) {
            this.region = Check.notNull("region", region);
            return this;
        }

        /** The default region by name, e.g. {@code eu-west-1}. */
        public Builder region(String region) {
            Check.notBlank("region", region);
            Check.that(
                    region.matches("[a-z]{2}(-[a-z]+)+-\\d+"),
                    "region",
                    "\"" + region + "\" is not a region name like eu-west-1");
            return region(Region.of(region));
        }

        /** An AWS-compatible endpoint for every service (an emulator, MinIO, versitygw). */
        public Builder endpoint(URI endpoint) {
            this.endpoint = ProfileSettings.parseEndpoint(
                    "endpoint", Check.notNull("endpoint", endpoint).toString());
            return this;
        }

        public Builder endpoint(String endpoint) {
            return endpoint(ProfileSettings.parseEndpoint("endpoint", Check.notBlank("endpoint", endpoint)));
        }

        /** Where environment variables are read from; the process environment by default. */
        public Builder environment(Environment environment) {
            this.environment = Check.notNull("environment", environment);
            return this;
        }

        /** The shared config files to read profiles from, instead of {@code ~/.aws}. */
        public Builder profileFile(ProfileFile profileFile) {
            Check.notNull("profileFile", profileFile);
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
            this.accounts = Check.notNull("accounts", accounts);
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Check.positive("connectTimeout", timeout);
            return this;
        }

        /** How long a connection may stay silent while reading a response. */
        public Builder socketTimeout(Duration timeout) {
            this.socketTimeout = Check.positive("socketTimeout", timeout);
            return this;
        }

        /** The bound on one whole API call, retries included. */
        public Builder apiCallTimeout(Duration timeout) {
            this.apiCallTimeout = Check.positive("apiCallTimeout", timeout);
            return this;
        }

        /** The bound on each attempt of an API call. */
        public Builder apiCallAttemptTimeout(Duration timeout) {
            this.apiCallAttemptTimeout = Check.positive("apiCallAttemptTimeout", timeout);
            return this;
        }

        /** Attempts per call under the SDK's standard retry strategy (1 = no retries). */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = (int) Check.inRange("maxAttempts", maxAttempts, 1, 20);
            return this;
        }

        /** A retry strategy of the SDK's own, replacing the standard one. */
        public Builder retryStrategy(RetryStrategy retryStrategy) {
            this.retryStrategy = Check.notNull("retryStrategy", retryStrategy);
            return this;
        }

        /** The size of the HTTP connection pool that all clients share. */
        public Builder maxConnections(int maxConnections) {
            this.maxConnections = (int) Check.inRange("maxConnections", maxConnections, 1, 10_000);
            return this;
        }

        /** Threads for fan-outs and parallel recipes. */
        public Builder parallelism(int parallelism) {
            this.parallelism = (int) Check.inRange("parallelism", parallelism, 1, 1_000);
            return this;
        }

        /** The default bound on waits for a resource's state (instance running, volume available). */
        public Builder waitTimeout(Duration waitTimeout) {
            this.waitTimeout = Check.positive("waitTimeout", waitTimeout);
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
            this.interceptors.add(Check.notNull("interceptor", interceptor));
            return this;
        }

        public Aws build() {
            return new Aws(this);
        }

        private SdkHttpClient httpClient() {
            return ApacheHttpClient.builder()
                    .connectionTimeout(connectTimeout)
                    .socketTimeout(socketTimeout)
                    .maxConnections(maxConnections)
                    .build();
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
