package dev.awsrecipes.core;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Hides secrets in what is logged: signing headers, session tokens, presigned-URL signatures and secret
 * keys. Used by the wire log and by anything else that shows a request or a URL.
 */
public final class Redaction {
    /** What a hidden value is replaced with. */
    public static final String MASK = "****";

    private static final Set<String> SECRET_HEADERS = Set.of(
            "authorization", "proxy-authorization", "x-amz-security-token", "x-amz-signature", "cookie", "set-cookie");

    private static final Pattern SECRET_QUERY_PARAMETER = Pattern.compile(
            "(?i)([?&](?:X-Amz-Signature|X-Amz-Security-Token|Signature|SecretAccessKey|SessionToken|AWSAccessKeyId)=)[^&#\\s]*");

    // Secrets that appear in XML or JSON bodies (IAM CreateAccessKey, STS AssumeRole answers).
    private static final Pattern SECRET_IN_BODY = Pattern.compile(
            "(?i)(<(SecretAccessKey|SessionToken)>)[^<]*(</\\2>)|(\"(?:SecretAccessKey|SessionToken|secretAccessKey|sessionToken)\"\\s*:\\s*\")[^\"]*(\")");

    private Redaction() {}

    /** Whether the header (any case) carries a secret. */
    public static boolean isSecretHeader(String name) {
        return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The header's value, or {@link #MASK} when the header carries a secret. */
    public static String headerValue(String name, String value) {
        return isSecretHeader(name) ? MASK : value;
    }

    /** "name: value" lines for the headers, secrets masked. */
    public static String headers(Map<String, List<String>> headers) {
        return headers.entrySet().stream()
                .map(e -> e.getKey() + ": "
                        + e.getValue().stream()
                                .map(v -> headerValue(e.getKey(), v))
                                .collect(Collectors.joining(",")))
                .collect(Collectors.joining("; "));
    }

    /** The URL with signature, token and secret query parameters masked. */
    public static String url(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = SECRET_QUERY_PARAMETER.matcher(url);
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + MASK));
    }

    /** The text with secret keys and session tokens in XML or JSON masked. */
    public static String body(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = SECRET_IN_BODY.matcher(text);
        return m.replaceAll(r -> Matcher.quoteReplacement(
                r.group(1) != null ? r.group(1) + MASK + r.group(3) : r.group(4) + MASK + r.group(5)));
    }
}
