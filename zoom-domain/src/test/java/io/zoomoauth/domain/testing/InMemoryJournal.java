package io.zoomoauth.domain.testing;

import io.zoomoauth.domain.grant.PendingRotationJournal;
import io.zoomoauth.domain.grant.ZoomUserId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A journal that outlives the token manager using it, as the local file outlives a process. */
public class InMemoryJournal implements PendingRotationJournal {

    private final Map<ZoomUserId, Entry> entries = new LinkedHashMap<>();

    @Override
    public synchronized void record(Entry entry) {
        entries.put(entry.rotated().userId(), entry);
    }

    @Override
    public synchronized void remove(ZoomUserId userId) {
        entries.remove(userId);
    }

    @Override
    public synchronized List<Entry> entries() {
        return new ArrayList<>(entries.values());
    }
}
