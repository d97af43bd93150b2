package dev.awsrecipes.ec2.internal;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;

/** EC2's errors as the SDK raises them, for canned clients that answer a call with a failure. */
final class CannedErrors {
    private CannedErrors() {}

    static Ec2Exception ec2Error(String code, int status) {
        return (Ec2Exception) Ec2Exception.builder()
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode(code)
                        .errorMessage(code + " (canned)")
                        .serviceName("Ec2")
                        .build())
                .statusCode(status)
                .requestId("req-" + code)
                .build();
    }
}
