package io.zoomoauth.domain.meetings;

/** A Zoom meeting id: 64-bit (ids above 2^31 are common). */
public record MeetingId(long value) {

    public MeetingId {
        if (value <= 0) {
            throw new IllegalArgumentException("meetingId must be a positive number");
        }
    }

    /** Parses a path segment; refuses anything that is not a plain positive 64-bit number. */
    public static MeetingId parse(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > 19 || !candidate.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("meetingId must be a positive number");
        }
        try {
            return new MeetingId(Long.parseLong(candidate));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("meetingId must be a positive number");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
