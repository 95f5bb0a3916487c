package io.zoomoauth.domain.grant;

import io.zoomoauth.domain.common.Check;
import java.util.List;

/**
 * Out-port: a local, encrypted copy of rotated token pairs the store could not take yet, so they survive a restart
 * of the process during a database outage and are written when it is back. Best effort: a journal that cannot write
 * says so in the log and never fails the caller (the pair is still held in memory).
 */
public interface PendingRotationJournal {

    /** {@code rotated} was made from {@code base} (the version it is fenced on, the refresh token it rotated). */
    record Entry(Grant base, Grant rotated) {

        public Entry {
            Check.notNull(base, "base");
            Check.notNull(rotated, "rotated");
            if (!base.userId().equals(rotated.userId())) {
                throw new IllegalArgumentException("base and rotated must be the same grant");
            }
        }

        @Override
        public String toString() {
            return "Entry[" + rotated.userId() + ", v" + base.version() + " -> v" + rotated.version() + "]";
        }
    }

    void record(Entry entry);

    void remove(ZoomUserId userId);

    /** What earlier runs left behind, e.g. before a restart during an outage. */
    List<Entry> entries();

    PendingRotationJournal NONE = new PendingRotationJournal() {
        @Override
        public void record(Entry entry) {
        }

        @Override
        public void remove(ZoomUserId userId) {
        }

        @Override
        public List<Entry> entries() {
            return List.of();
        }
    };
}
