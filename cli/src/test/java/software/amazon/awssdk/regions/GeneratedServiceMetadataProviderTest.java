package software.amazon.awssdk.regions;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The CLI's lazy provider gives, for every service the SDK knows, the metadata the SDK's own provider gives:
 * the SDK's is loaded here apart, from its jar, and each of its services asked of both.
 */
class GeneratedServiceMetadataProviderTest {
    @Test
    void everyServiceOfTheSdk_getsTheSameMetadataClassAsFromTheSdksProvider() throws Exception {
        Map<String, String> sdks = sdkProvidersServices();
        GeneratedServiceMetadataProvider ours = new GeneratedServiceMetadataProvider();

        assertThat(sdks).as("the SDK's provider, loaded apart").hasSizeGreaterThan(300);
        sdks.forEach((prefix, className) -> assertThat(ours.serviceMetadata(prefix))
                .as(prefix)
                .isNotNull()
                .extracting(m -> m.getClass().getName())
                .isEqualTo(className));
    }

    @Test
    void s3sMetadata_isTheSdksEnhancedOne_andAskedTwice_isMadeOnce() {
        GeneratedServiceMetadataProvider ours = new GeneratedServiceMetadataProvider();

        assertThat(ours.serviceMetadata("s3").getClass().getSimpleName()).isEqualTo("EnhancedS3ServiceMetadata");
        assertThat(ours.serviceMetadata("acm-pca").getClass().getSimpleName()).isEqualTo("AcmPcaServiceMetadata");
        assertThat(ours.serviceMetadata("sts")).isSameAs(ours.serviceMetadata("sts"));
    }

    @Test
    void anUnknownPrefix_givesNone_soTheSdkFallsBackToDefaults() {
        GeneratedServiceMetadataProvider ours = new GeneratedServiceMetadataProvider();

        assertThat(ours.serviceMetadata("no-such-service")).isNull();
        assertThat(ours.serviceMetadata(null)).isNull();
        assertThat(ServiceMetadata.of("no-such-service").signingRegion(Region.US_WEST_2))
                .as("the SDK's default metadata, through the SDK's loader and ours")
                .isEqualTo(Region.US_WEST_2);
    }

    /**
     * The SDK's own provider's services and the class of each one's metadata, from its jars in a class loader
     * of their own (ours is not on it).
     */
    private static Map<String, String> sdkProvidersServices() throws Exception {
        URL[] jars = Stream.of(
                        ServiceMetadata.class,
                        software.amazon.awssdk.utils.Validate.class,
                        software.amazon.awssdk.annotations.SdkPublicApi.class,
                        software.amazon.awssdk.profiles.ProfileFile.class,
                        software.amazon.awssdk.core.SdkSystemSetting.class,
                        org.slf4j.LoggerFactory.class,
                        org.slf4j.simple.SimpleLogger.class)
                .map(c -> c.getProtectionDomain().getCodeSource().getLocation())
                .distinct()
                .toArray(URL[]::new);
        try (URLClassLoader apart = new URLClassLoader(jars, ClassLoader.getPlatformClassLoader())) {
            Class<?> sdks = apart.loadClass(GeneratedServiceMetadataProvider.class.getName());
            assertThat(sdks.getProtectionDomain().getCodeSource().getLocation())
                    .as("the SDK's class, from the SDK's jar")
                    .isEqualTo(ServiceMetadata.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation());
            Field field = sdks.getDeclaredField("SERVICE_METADATA");
            field.setAccessible(true);
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) field.get(null);
            Map<String, String> classNames = new TreeMap<>();
            map.forEach((prefix, metadata) ->
                    classNames.put(prefix, metadata.getClass().getName()));
            return classNames;
        }
    }
}
