package dev.awsrecipes.ec2.internal;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceAttributeRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceAttributeResponse;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeKeyPairsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeKeyPairsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeRegionsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeRegionsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesResponse;
import software.amazon.awssdk.services.ec2.model.ImportKeyPairRequest;
import software.amazon.awssdk.services.ec2.model.ImportKeyPairResponse;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.RunInstancesResponse;

/**
 * An EC2 client that answers from responses a test builds with the SDK's own model builders and
 * records what it was asked to do; any call a test did not prepare fails, as the SDK's default does.
 * With {@link #failure} set, every prepared call throws it instead: a region or account that answers
 * with an error. The SDK's consumer-builder overloads and paginators come to these methods by themselves.
 */
class CannedEc2 implements Ec2Client {
    DescribeInstancesResponse instances = DescribeInstancesResponse.builder().build();
    DescribeInstanceAttributeResponse attribute =
            DescribeInstanceAttributeResponse.builder().build();
    DescribeSnapshotsResponse snapshots = DescribeSnapshotsResponse.builder().build();
    DescribeVolumesResponse volumes = DescribeVolumesResponse.builder().build();
    DescribeKeyPairsResponse keyPairs = DescribeKeyPairsResponse.builder().build();
    DescribeRegionsResponse regions = DescribeRegionsResponse.builder().build();
    RuntimeException failure;
    final List<RunInstancesRequest> runs = new ArrayList<>();
    final List<ImportKeyPairRequest> imports = new ArrayList<>();

    @Override
    public DescribeInstancesResponse describeInstances(DescribeInstancesRequest request) {
        failIfAsked();
        return instances;
    }

    @Override
    public DescribeInstanceAttributeResponse describeInstanceAttribute(DescribeInstanceAttributeRequest request) {
        return attribute;
    }

    @Override
    public DescribeSnapshotsResponse describeSnapshots(DescribeSnapshotsRequest request) {
        return snapshots;
    }

    @Override
    public DescribeVolumesResponse describeVolumes(DescribeVolumesRequest request) {
        return volumes;
    }

    @Override
    public DescribeKeyPairsResponse describeKeyPairs(DescribeKeyPairsRequest request) {
        failIfAsked();
        return keyPairs;
    }

    @Override
    public DescribeRegionsResponse describeRegions(DescribeRegionsRequest request) {
        failIfAsked();
        return regions;
    }

    @Override
    public ImportKeyPairResponse importKeyPair(ImportKeyPairRequest request) {
        failIfAsked();
        imports.add(request);
        return ImportKeyPairResponse.builder()
                .keyName(request.keyName())
                .keyFingerprint("00:11")
                .build();
    }

    @Override
    public RunInstancesResponse runInstances(RunInstancesRequest request) {
        runs.add(request);
        return RunInstancesResponse.builder()
                .instances(Instance.builder()
                        .instanceId("i-0clone00")
                        .state(s -> s.name("pending"))
                        .build())
                .build();
    }

    private void failIfAsked() {
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public String serviceName() {
        return "ec2";
    }

    @Override
    public void close() {}
}
