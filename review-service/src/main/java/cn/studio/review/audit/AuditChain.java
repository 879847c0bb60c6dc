package cn.studio.review.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain over decision entries: each entry's hash is SHA-256 of the previous hash and the entry's own fields,
 * so changing, inserting or removing an entry breaks every later link.
 */
public final class AuditChain {
    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(String prevHash, AuditEntry e) {
        String canonical = String.join("\u001f", prevHash, e.at.toString(), e.actor, e.role, e.action, e.subjectType,
                e.subjectId, String.valueOf(e.beforeState), String.valueOf(e.afterState));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException(e1);
        }
    }

    /** The verdict over the chain in order: where it first breaks, if it does. */
    public record Verification(boolean intact, int entries, Long brokenAtSeq, String reason) {
    }

    public static Verification verify(List<AuditEntry> chainInOrder) {
        String prev = GENESIS;
        for (AuditEntry e : chainInOrder) {
            if (!prev.equals(e.prevHash)) {
                return new Verification(false, chainInOrder.size(), e.seq, "prev_hash 与上一条的哈希不符（有记录被删除或插入）");
            }
            if (!hash(prev, e).equals(e.hash)) {
                return new Verification(false, chainInOrder.size(), e.seq, "记录内容与其哈希不符（记录被修改）");
            }
            prev = e.hash;
        }
        return new Verification(true, chainInOrder.size(), null, null);
    }
}
