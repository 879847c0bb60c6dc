package cn.studio.gateway;

/**
 * Which request targets the gateway accepts: only paths already in normal form, so that the path the security
 * rules and the rate limits check, the path the route table matches and the path the service receives are one and
 * the same string. Anything a normaliser would change is refused (400) rather than normalised and forwarded: a
 * service (or a proxy in front of it) that normalises differently could otherwise be reached on a path the gateway
 * never checked ({@code /api/v1/public/../applications} is public to a raw-path router and not to a normalised one).
 * <p>
 * Refused, in the path (the query is the service's business):
 * <ul>
 *   <li>a target that is not origin-form (must start with {@code /});</li>
 *   <li>dot segments ({@code /./}, {@code /../}, also at the end) and empty segments ({@code //}; a trailing
 *       {@code /} is allowed);</li>
 *   <li>{@code ;} (path parameters, which servlet-style servers strip before matching), {@code \}, {@code #},
 *       spaces, control and non-ASCII characters (must be percent-encoded);</li>
 *   <li>percent-encodings that decode to something a normaliser or a server would act on: {@code / \ ; . %},
 *       control characters, and unreserved characters ({@code A-Z a-z 0-9 - _ ~}, which RFC 3986 normalisation
 *       decodes: {@code %61pplications} is {@code applications} to Vert.x's security check); a malformed escape.</li>
 * </ul>
 * Encoded UTF-8 (Chinese names), spaces ({@code %20}) and other reserved characters stay allowed.
 */
final class PathRule {
    private PathRule() {
    }

    /** {@code null} when the request target's path is in normal form, otherwise why it is refused (zh-CN). */
    static String refusal(String target) {
        if (target == null || target.isEmpty() || target.charAt(0) != '/') {
            return "请求目标必须是以 / 开头的路径";
        }
        int end = target.indexOf('?');
        if (end < 0) {
            end = target.length();
        }
        int segmentStart = 1;
        for (int i = 1; i <= end; i++) {
            char c = i < end ? target.charAt(i) : '/';
            if (c == '/') {
                int length = i - segmentStart;
                if (length == 0 && i < end) {
                    return "路径中不允许空段（//）";
                }
                if (length == 1 && target.charAt(segmentStart) == '.'
                        || length == 2 && target.charAt(segmentStart) == '.' && target.charAt(segmentStart + 1) == '.') {
                    return "路径中不允许 . 或 .. 段";
                }
                segmentStart = i + 1;
            } else if (c == '%') {
                int decoded = i + 2 < end ? hex(target.charAt(i + 1)) << 4 | hex(target.charAt(i + 2)) : -1;
                if (decoded < 0) {
                    return "路径中的百分号编码不完整";
                }
                if (refusedEncoded(decoded)) {
                    return "路径中不允许编码后的 " + describe(decoded);
                }
                i += 2;
            } else if (c == ';' || c == '\\' || c == '#' || c <= ' ' || c >= 0x7f) {
                return "路径中不允许字符 " + describe(c);
            }
        }
        return null;
    }

    private static boolean refusedEncoded(int b) {
        return b < 0x20 || b == 0x7f || b == '/' || b == '\\' || b == ';' || b == '.' || b == '%'
                || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-' || b == '_' || b == '~';
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -0x100; // negative whatever it is or-ed with
    }

    private static String describe(int c) {
        return c > ' ' && c < 0x7f ? "'" + (char) c + "'" : String.format("U+%04X", c);
    }
}
