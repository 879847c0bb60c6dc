package cn.studio.testsupport;

import io.restassured.path.json.JsonPath;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a third-party front end needs from a service's OpenAPI document, checked operation by operation (platform/web
 * README, "How a service documents its API"). Each operation must document
 * <ul>
 *   <li>at least one 4xx answer, and every 4xx/5xx answer as {@code application/problem+json} with the {@code Problem}
 *       schema;</li>
 *   <li>a success (2xx) answer, with a schema for each of its media types (except 204);</li>
 *   <li>an example for a JSON request body, and for each JSON success answer.</li>
 * </ul>
 * A document with secured operations must name a token URL in a security scheme. A document with no operations has no
 * gaps. {@link #gaps} returns one line per operation (or for the document) naming everything missing.
 */
public final class OpenApiContract {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final String PROBLEM_JSON = "application/problem+json";

    private final Map<String, Object> document;

    private OpenApiContract(Map<String, Object> document) {
        this.document = document;
    }

    /** The gaps of a document given as JSON text ({@code /q/openapi?format=json}). */
    public static List<String> gaps(String json) {
        Map<String, Object> document = JsonPath.from(json).getMap("$");
        return gaps(document == null ? Map.of() : document);
    }

    /** The gaps of a parsed document: "METHOD /path: what is missing; …", in path order. */
    public static List<String> gaps(Map<String, Object> document) {
        return new OpenApiContract(document).check();
    }

    /** Keeps the document the check read beside the module's build output, for whoever reads the failure. */
    public static Path save(String json) {
        Path file = Path.of("target", "openapi.json");
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, json, StandardCharsets.UTF_8).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The failure message: how many operations, then one line each. */
    public static String report(List<String> gaps, Path saved) {
        return "the OpenAPI document leaves " + gaps.size() + " gap(s) a client author would hit (platform/web README, "
                + "\"How a service documents its API\"; document at " + saved + "):\n  " + String.join("\n  ", gaps);
    }

    private List<String> check() {
        List<String> gaps = new ArrayList<>();
        Map<String, Object> paths = new java.util.TreeMap<>(map(document.get("paths")));
        boolean secured = false;
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            for (Map.Entry<String, Object> op : map(path.getValue()).entrySet()) {
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                Map<String, Object> operation = map(op.getValue());
                secured |= !list(operation.get("security")).isEmpty();
                List<String> missing = operation(operation);
                if (!missing.isEmpty()) {
                    gaps.add(op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey() + ": "
                            + String.join("; ", missing));
                }
            }
        }
        if (secured && !namesTokenUrl()) {
            gaps.add("document: operations require a token, but no security scheme names a token URL "
                    + "(oauth2 flow tokenUrl or openIdConnectUrl)");
        }
        return gaps;
    }

    private List<String> operation(Map<String, Object> operation) {
        List<String> missing = new ArrayList<>();
        Map<String, Object> responses = map(operation.get("responses"));
        boolean problem4xx = false;
        boolean success = false;
        for (Map.Entry<String, Object> r : responses.entrySet()) {
            String status = r.getKey();
            Map<String, Object> response = resolve(r.getValue(), "responses", missing);
            if (response == null) {
                continue;
            }
            Map<String, Object> content = map(response.get("content"));
            if (status.startsWith("4") || status.startsWith("5")) {
                boolean problem = isProblem(map(content.get(PROBLEM_JSON)).get("schema"));
                problem4xx |= problem && status.startsWith("4");
                if (!problem) {
                    missing.add(status + " is not " + PROBLEM_JSON + " with the Problem schema");
                }
            } else if (status.startsWith("2")) {
                success = true;
                if (status.equals("204")) {
                    continue;
                }
                if (content.isEmpty()) {
                    missing.add(status + " has no content schema");
                }
                for (Map.Entry<String, Object> media : content.entrySet()) {
                    Map<String, Object> type = map(media.getValue());
                    if (!hasSchema(type.get("schema"))) {
                        missing.add(status + " " + media.getKey() + " has no schema");
                    }
                    if (isJson(media.getKey()) && !hasExample(type, missing)) {
                        missing.add(status + " " + media.getKey() + " has no example");
                    }
                }
            }
        }
        if (!problem4xx) {
            missing.add("no 4xx error response with the " + PROBLEM_JSON + " Problem schema");
        }
        if (!success) {
            missing.add("no success (2xx) response");
        }
        if (operation.get("requestBody") != null) {
            Map<String, Object> body = resolve(operation.get("requestBody"), "requestBodies", missing);
            if (body != null) {
                for (Map.Entry<String, Object> media : map(body.get("content")).entrySet()) {
                    if (isJson(media.getKey()) && !hasExample(map(media.getValue()), missing)) {
                        missing.add("request body " + media.getKey() + " has no example");
                    }
                }
            }
        }
        return missing;
    }

    private boolean hasExample(Map<String, Object> mediaType, List<String> missing) {
        if (mediaType.get("example") != null) {
            return true;
        }
        Map<String, Object> examples = map(mediaType.get("examples"));
        boolean any = false;
        for (Object example : examples.values()) {
            Map<String, Object> resolved = resolve(example, "examples", missing);
            if (resolved != null && (resolved.get("value") != null || resolved.get("externalValue") != null)) {
                any = true;
            }
        }
        return any;
    }

    private boolean isProblem(Object schemaObject) {
        Map<String, Object> schema = map(schemaObject);
        if (String.valueOf(schema.get("$ref")).equals("#/components/schemas/Problem")) {
            return true;
        }
        return list(schema.get("allOf")).stream().anyMatch(this::isProblem);
    }

    private static boolean hasSchema(Object schemaObject) {
        Map<String, Object> schema = map(schemaObject);
        return Set.of("$ref", "type", "allOf", "anyOf", "oneOf", "properties", "items", "enum", "const", "format")
                .stream().anyMatch(schema::containsKey);
    }

    private boolean namesTokenUrl() {
        Map<String, Object> schemes = map(map(document.get("components")).get("securitySchemes"));
        for (Object s : schemes.values()) {
            Map<String, Object> scheme = map(s);
            if (scheme.get("openIdConnectUrl") != null) {
                return true;
            }
            for (Object flow : map(scheme.get("flows")).values()) {
                if (map(flow).get("tokenUrl") != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Follows a local {@code $ref} into {@code #/components/<kind>/}; notes a dangling one. */
    private Map<String, Object> resolve(Object value, String kind, List<String> missing) {
        Map<String, Object> object = map(value);
        Object ref = object.get("$ref");
        if (ref == null) {
            return object;
        }
        String prefix = "#/components/" + kind + "/";
        Map<String, Object> target = ref.toString().startsWith(prefix)
                ? map(map(map(document.get("components")).get(kind)).get(ref.toString().substring(prefix.length())))
                : Map.of();
        if (target.isEmpty()) {
            missing.add("$ref " + ref + " does not resolve");
            return null;
        }
        return target;
    }

    private static boolean isJson(String mediaType) {
        String type = mediaType.split(";")[0].trim();
        return type.equals("application/json") || type.endsWith("+json");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m) : Map.of();
    }

    private static List<Object> list(Object value) {
        return value instanceof Collection<?> c ? new ArrayList<>(c) : List.of();
    }
}
