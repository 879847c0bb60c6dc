package cn.studio.application.org;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Lookups of the org tree by id, each org read from the database once per process. The tree is fixed data (seeded;
 * nothing in this service changes or removes an org), so a submission needs no query for its two orgs.
 * <p>
 * A cache of its own rather than Hibernate's second-level cache: every native statement without declared query
 * spaces (the outbox's insert on each event, the relay's updates) empties the whole second-level cache.
 */
@ApplicationScoped
public class OrgDirectory {
    private final ConcurrentMap<String, Org> known = new ConcurrentHashMap<>();

    /**
     * The org with this id, or null if there is none (not remembered: an org seeded later is found). Returns a
     * detached copy, not managed by the caller's persistence context: read it, do not change it.
     */
    public Org find(String id) {
        if (id == null) {
            return null;
        }
        Org org = known.get(id);
        if (org == null) {
            Org loaded = Org.findById(id);
            if (loaded == null) {
                return null;
            }
            org = known.computeIfAbsent(id, k -> copy(loaded));
        }
        return copy(org);
    }

    private static Org copy(Org org) {
        return Org.create(org.id, org.name, org.kind, org.parentId);
    }
}
