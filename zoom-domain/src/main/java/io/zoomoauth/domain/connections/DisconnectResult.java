package io.zoomoauth.domain.connections;

import java.util.Optional;

/**
 * What a disconnect did. Local data is always deleted; revoking at Zoom is best effort.
 *
 * @param revokeFailure why Zoom's revoke did not happen, when it did not
 */
public record DisconnectResult(boolean revokedAtZoom, Optional<String> revokeFailure) {
}
