package dev.awsrecipes.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

class WebsitesTest {

    @Test
    void endpoint_olderRegion_usesADash() {
        assertThat(Websites.endpoint("site", Region.US_EAST_1))
                .isEqualTo(URI.create("http://site.s3-website-us-east-1.amazonaws.com"));
    }

    @Test
    void endpoint_newerRegion_usesADot() {
        assertThat(Websites.endpoint("site", Region.EU_CENTRAL_1))
                .isEqualTo(URI.create("http://site.s3-website.eu-central-1.amazonaws.com"));
    }

    @Test
    void endpoint_chinaRegion_usesTheChineseDomain() {
        assertThat(Websites.endpoint("site", Region.CN_NORTHWEST_1))
                .isEqualTo(URI.create("http://site.s3-website.cn-northwest-1.amazonaws.com.cn"));
    }

    @Test
    void contentTypes_byExtension_withAFallback() {
        assertThat(ContentTypes.of(Path.of("a/index.HTML"))).isEqualTo("text/html; charset=utf-8");
        assertThat(ContentTypes.of(Path.of("app.js"))).isEqualTo("text/javascript; charset=utf-8");
        assertThat(ContentTypes.of(Path.of("logo.svg"))).isEqualTo("image/svg+xml");
        assertThat(ContentTypes.of(Path.of("no-extension"))).isNotBlank();
        assertThat(ContentTypes.of(Path.of("data.unknownext"))).isEqualTo("application/octet-stream");
    }
}
