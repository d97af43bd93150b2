package dev.awsrecipes.ec2.internal;

import dev.awsrecipes.ec2.TaggedInstance;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.Tag;

/** E2: tags on any resource; instances found by tag through the paginator. */
record TagOperations(Ec2Client ec2) {
    public void tag(Collection<String> resourceIds, Map<String, String> tags) {
        List<Tag> list = tags.entrySet().stream()
                .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
                .toList();
        ec2.createTags(r -> r.resources(resourceIds).tags(list));
    }

    /** Instances with the tag key, or with {@code key=value} when value is not null. */
    public List<TaggedInstance> findInstances(String key, String value) {
        Filter filter = value == null
                ? Filter.builder().name("tag-key").values(key).build()
                : Filter.builder().name("tag:" + key).values(value).build();
        return ec2.describeInstancesPaginator(r -> r.filters(filter)).reservations().stream()
                .flatMap(r -> r.instances().stream())
                .map(TagOperations::tagged)
                .toList();
    }

    static TaggedInstance tagged(Instance i) {
        return new TaggedInstance(
                i.instanceId(),
                i.instanceTypeAsString(),
                i.state() == null ? null : i.state().nameAsString(),
                i.tags().stream().collect(Collectors.toMap(Tag::key, Tag::value, (a, b) -> b)));
    }
}
