package badfixture.adapters.persistence;

/** Breaks the storage-boundary rule: a store adapter without {@code @StorageBoundary}. */
public class UnguardedStoreAdapter {
}
