package io.zoomoauth.domain.listings;

import io.zoomoauth.domain.common.Check;
import java.util.regex.Pattern;

/**
 * A paged list Zoom keeps per user, {@code GET /users/{userId}/<name>} (webinars, recordings, …), typed by its
 * item. The item type declares its listing as a constant; the adapter that reads it answers to the same constant.
 * {@code name} is also the key of the items in Zoom's page; {@code itemType} is what an adapter reads them as.
 */
public record UserListing<T>(String name, Class<T> itemType) {

    private static final Pattern NAME = Pattern.compile("[a-z_]{1,40}");

    public UserListing {
        Check.matches(name, NAME, "listing", "a lower-case Zoom list name");
        Check.notNull(itemType, "itemType");
    }
}
