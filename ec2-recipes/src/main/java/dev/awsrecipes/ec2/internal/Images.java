package dev.awsrecipes.ec2.internal;

import java.util.Comparator;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Image;

/** Finding a current image by name, since AMI ids differ per region and age. */
final class Images {
    private Images() {}

    /** The newest available image owned by Amazon whose name matches the pattern ({@code *} wildcards). */
    public static Optional<String> latestAmazonImage(Ec2Client ec2, String namePattern) {
        return ec2
                .describeImagesPaginator(r -> r.owners("amazon")
                        .filters(
                                Filter.builder()
                                        .name("name")
                                        .values(namePattern)
                                        .build(),
                                Filter.builder()
                                        .name("state")
                                        .values("available")
                                        .build()))
                .images()
                .stream()
                .filter(i -> i.creationDate() != null)
                .max(Comparator.comparing(Image::creationDate))
                .map(Image::imageId);
    }
}
