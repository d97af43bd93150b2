package dev.awsrecipes.cli.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsrecipes.cli.CliResult;
import dev.awsrecipes.testing.S3Server;
import dev.awsrecipes.testing.S3ServerTest;

class UploadStaleUploadsCommandIT {

    @S3ServerTest
    void staleUploads_listThenAbort_leavesNoMultipartUploads(S3Server server) {
        try (UploadCli cli = new UploadCli(server)) {
            String id = cli.s3
                    .createMultipartUpload(r -> r.bucket(cli.bucket).key("left/behind.bin"))
                    .uploadId();

            CliResult young = cli.run("stale-uploads", "--bucket", cli.bucket, "--json");
            CliResult all = cli.run("stale-uploads", "--bucket", cli.bucket, "--older-than", "0s", "--json");
            CliResult aborted =
                    cli.run("stale-uploads", "--bucket", cli.bucket, "--older-than", "0s", "--abort", "--json");

            assertThat(young.exitCode()).as(young.err()).isZero();
            assertThat(young.json().get("uploads")).as("nothing is a week old").isEmpty();
            JsonNode listed = all.json().get("uploads");
            assertThat(listed).hasSize(1);
            assertThat(listed.get(0).get("uploadId").asText()).isEqualTo(id);
            assertThat(listed.get(0).get("key").asText()).isEqualTo("left/behind.bin");
            assertThat(aborted.json().get("aborted").asBoolean()).isTrue();
            assertThat(aborted.json().get("uploads")).hasSize(1);
            assertThat(cli.openUploads())
                    .as("ListMultipartUploads after --abort")
                    .isZero();
        }
    }

    @S3ServerTest
    void staleUploads_badBucketName_exitsWithOneLine(S3Server server) {
        try (UploadCli cli = new UploadCli(server)) {
            CliResult result = cli.run("stale-uploads", "--bucket", "Bad_Bucket");

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.errLines()).singleElement().asString().contains("not a valid bucket name");
        }
    }
}
