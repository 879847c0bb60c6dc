package cn.studio.gateway;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The rule of {@link cn.studio.platform.web.RequestIds#acceptOrCreate} (a caller's id is kept if it is 1–128 of
 * {@code [A-Za-z0-9._:-]}, otherwise replaced by a random UUID) without its per-request costs: no regex matcher, and
 * the new id comes from {@link ThreadLocalRandom} rather than {@link UUID#randomUUID()}'s {@code SecureRandom}
 * (a request id only has to be unique, not unguessable).
 */
final class RequestIdRule {
    private RequestIdRule() {
    }

    static String acceptOrCreate(String offered) {
        return acceptable(offered) ? offered : create();
    }

    static boolean acceptable(String id) {
        if (id == null || id.isEmpty() || id.length() > 128) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == ':' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** A version-4 (random) UUID, as {@link UUID#randomUUID()} makes, from a non-blocking random source. */
    static String create() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }
}
