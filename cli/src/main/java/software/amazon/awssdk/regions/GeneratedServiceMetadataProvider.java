package software.amazon.awssdk.regions;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The command line's stand-in for the SDK's provider of the same name, which it replaces in the CLI's
 * shaded jar only (the library modules keep the SDK's). The SDK's builds the metadata of all of its 300 and
 * more services in its static initialiser, the first time any client is built (for the signing region);
 * that costs a short command about 60 ms of its start-up, against two or three services it uses.
 *
 * <p>This one makes a service's metadata when it is first asked for, from the class the SDK generated for it:
 * the SDK names that class after the endpoint prefix ({@code acm-pca} is {@code AcmPcaServiceMetadata}), with
 * S3 the one exception. {@code GeneratedServiceMetadataProviderTest} checks that rule against the SDK's own
 * provider for every service of the SDK version in the build, so an SDK upgrade that breaks it fails the build.
 * A prefix with no class gives {@code null}, as the SDK's does (its callers then use default metadata).
 */
public final class GeneratedServiceMetadataProvider implements ServiceMetadataProvider {
    private static final String PACKAGE = "software.amazon.awssdk.regions.servicemetadata.";
    private static final Map<String, String> EXCEPTIONS = Map.of("s3", "EnhancedS3ServiceMetadata");
    private static final Map<String, ServiceMetadata> MADE = new ConcurrentHashMap<>();

    /** Made by the SDK's {@code MetadataLoader}. */
    public GeneratedServiceMetadataProvider() {}

    @Override
    public ServiceMetadata serviceMetadata(String endpointPrefix) {
        if (endpointPrefix == null) {
            return null;
        }
        ServiceMetadata known = MADE.get(endpointPrefix);
        if (known != null) {
            return known;
        }
        ServiceMetadata made = make(endpointPrefix);
        return made == null ? null : MADE.computeIfAbsent(endpointPrefix, p -> made);
    }

    /** The class the SDK generated for an endpoint prefix, by its naming rule. */
    static String className(String endpointPrefix) {
        String exception = EXCEPTIONS.get(endpointPrefix);
        if (exception != null) {
            return PACKAGE + exception;
        }
        StringBuilder name = new StringBuilder(PACKAGE);
        for (String word : endpointPrefix.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            }
        }
        return name.append("ServiceMetadata").toString();
    }

    private static ServiceMetadata make(String endpointPrefix) {
        try {
            Class<?> type = Class.forName(
                    className(endpointPrefix), true, GeneratedServiceMetadataProvider.class.getClassLoader());
            if (!ServiceMetadata.class.isAssignableFrom(type)) {
                return null;
            }
            return (ServiceMetadata) type.getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make the SDK's metadata of service " + endpointPrefix, e);
        }
    }
}
