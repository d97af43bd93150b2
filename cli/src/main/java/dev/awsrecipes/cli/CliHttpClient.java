package dev.awsrecipes.cli;

import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpConfigurationOption;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.utils.AttributeMap;

/**
 * The command line's HTTP client, given to the session as a builder: Apache 4 with its TLS set up on
 * the first HTTPS connection ({@link LazyTlsSocketFactory}), so a command that sends nothing, or only
 * plain HTTP, pays nothing for TLS. The session's timeouts, pool size and CA bundle come in as {@code
 * defaults}; the bundle reaches the lazy factory, since Apache leaves TLS trust to a factory it is given.
 */
final class CliHttpClient implements SdkHttpClient.Builder<CliHttpClient> {
    @Override
    public SdkHttpClient buildWithDefaults(AttributeMap defaults) {
        return ApacheHttpClient.builder()
                .socketFactory(
                        new LazyTlsSocketFactory(defaults.get(SdkHttpConfigurationOption.TLS_TRUST_MANAGERS_PROVIDER)))
                .buildWithDefaults(defaults);
    }
}
