package io.zoomoauth.fake;

/**
 * One request the fake received under {@code /v2}.
 *
 * @param method      HTTP method
 * @param rawPath     the path as sent (still percent-encoded)
 * @param endpoint    method and path template, e.g. {@code GET /v2/meetings/{meetingId}}
 * @param rawQuery    the query string as sent, or null
 * @param bearerToken the token from {@code Authorization: Bearer}, or null
 * @param status      what the fake answered (0 when it hung or dropped the connection)
 * @param trackingId  the {@code x-zm-trackingid} the fake sent (or would have sent)
 */
public record ApiCall(String method, String rawPath, String endpoint, String rawQuery, String bearerToken, int status,
                      String trackingId) {

    @Override
    public String toString() {
        return "ApiCall[" + endpoint + " -> " + status + "]";
    }
}
