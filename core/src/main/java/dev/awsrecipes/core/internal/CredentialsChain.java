package dev.awsrecipes.core.internal;

import dev.awsrecipes.core.SsoLoginRequiredException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The session's credential sources in order, each with a name a person understands ("environment
 * variables AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY", "profile dev (IAM Identity Center)"). Like the
 * SDK's own chain it takes the first source that yields credentials and then sticks to it; unlike it,
 * it can say which source that was, so a user never has to guess which account a call went to.
 */
public final class CredentialsChain implements AwsCredentialsProvider, SdkAutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CredentialsChain.class);

    /** One place credentials may come from. */
    public record Source(String description, AwsCredentialsProvider provider) {}

    private final List<Source> sources;
    private volatile Source chosen;

    public CredentialsChain(List<Source> sources) {
        this.sources = List.copyOf(sources);
    }

    @Override
    public AwsCredentials resolveCredentials() {
        Source last = chosen;
        if (last != null) {
            return last.provider().resolveCredentials();
        }
        List<String> failures = new ArrayList<>();
        for (Source source : sources) {
            try {
                AwsCredentials credentials = source.provider().resolveCredentials();
                chosen = source;
                LOG.debug("credentials from {}", source.description());
                return credentials;
            } catch (SsoLoginRequiredException e) {
                throw e;
            } catch (RuntimeException e) {
                LOG.debug("no credentials from {}: {}", source.description(), e.getMessage());
                failures.add(source.description() + ": " + e.getMessage());
            }
        }
        if (sources.size() == 1) {
            Source only = sources.get(0);
            throw SdkClientException.create("cannot load credentials from " + only.description() + ": "
                    + String.join("; ", failures).substring(only.description().length() + 2));
        }
        throw SdkClientException.create("no credentials found; give a profile with --profile or AWS_PROFILE,"
                + " or keys in AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (tried: " + String.join("; ", failures)
                + ")");
    }

    /** Where the credentials come from, resolving them first if no call has yet. */
    public String source() {
        resolveCredentials();
        return chosen.description();
    }

    @Override
    public void close() {
        for (Source source : sources) {
            if (source.provider() instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    LOG.warn("closing credentials of {} failed: {}", source.description(), e.toString());
                }
            }
        }
    }

    @Override
    public String toString() {
        Source last = chosen;
        return "CredentialsChain[" + (last == null ? sources.size() + " sources" : last.description()) + "]";
    }
}
