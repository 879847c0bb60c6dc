package cn.studio.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands where a commercial SMS provider would (there is none reachable here). It accepts a send request the way
 * Alibaba Cloud's SendSms API receives it (parameters {@code PhoneNumbers}, {@code SignName}, {@code TemplateCode},
 * {@code TemplateParam} in the query or a form/JSON body), answers as that API answers, and records what it got.
 * {@code GET /messages} lists the records ({@code ?phone=} filters), {@code DELETE /messages} clears them.
 * Records are appended to a file so that they survive a restart of the local stack.
 */
public final class SmsSink implements AutoCloseable {
    private final HttpServer http;
    private final int port;
    private final Path journal;
    private final Map<String, String> secrets;
    private final List<ReceivedSms> received = new CopyOnWriteArrayList<>();
    private final Map<String, String> refusals = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.regex.Pattern MOBILE = java.util.regex.Pattern.compile("1[3-9]\\d{9}");
    public static final String DEFAULT_ACCESS_KEY_ID = "studio-sms-key";
    public static final String DEFAULT_ACCESS_KEY_SECRET = "studio-sms-secret";

    public record ReceivedSms(Instant receivedAt, String bizId, String method, String path, String phoneNumbers,
                              String signName, String templateCode, String templateParam,
                              Map<String, String> parameters) {
    }

    private SmsSink(HttpServer http, int port, Path journal, Map<String, String> secrets) {
        this.http = http;
        this.port = port;
        this.journal = journal;
        this.secrets = secrets;
    }

    /** @param journal file to keep records in between runs, or null to keep them in memory only */
    public static SmsSink start(int port, Path journal) {
        return start(port, journal, Map.of(DEFAULT_ACCESS_KEY_ID, DEFAULT_ACCESS_KEY_SECRET));
    }

    /** @param secrets access key id → secret; a signed request ({@code Signature}) must verify against them */
    public static SmsSink start(int port, Path journal, Map<String, String> secrets) {
        HttpServer http = JsonHttp.server(port, "SMS sink");
        SmsSink sink = new SmsSink(http, port, journal, secrets);
        sink.load();
        http.createContext("/messages", exchange -> {
            try (exchange) {
                switch (exchange.getRequestMethod()) {
                    case "GET" -> JsonHttp.send(exchange, 200,
                            sink.messages(MailSink.query(exchange.getRequestURI().getRawQuery(), "phone")));
                    case "DELETE" -> {
                        sink.clear();
                        JsonHttp.send(exchange, 204, null);
                    }
                    default -> JsonHttp.send(exchange, 405, null);
                }
            }
        });
        http.createContext("/", exchange -> {
            try (exchange) {
                sink.accept(exchange);
            }
        });
        http.start();
        return sink;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public List<ReceivedSms> messages(String phone) {
        return received.stream().filter(s -> phone == null || s.phoneNumbers() != null && s.phoneNumbers().contains(phone))
                .toList();
    }

    /** From now on, answer sends to this number with the provider's error {@code code} (for failure tests). */
    public void refuse(String phone, String code) {
        refusals.put(phone, code);
    }

    public void accept(String phone) {
        refusals.remove(phone);
    }

    public void clear() {
        received.clear();
        if (journal != null) {
            try {
                Files.deleteIfExists(journal);
            } catch (IOException e) {
                throw new StackException("cannot clear " + journal, e);
            }
        }
    }

    private void accept(HttpExchange exchange) throws IOException {
        Map<String, String> params = new LinkedHashMap<>(form(exchange.getRequestURI().getRawQuery()));
        String body = JsonHttp.readBody(exchange);
        String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        if (contentType.contains("json") && !body.isBlank()) {
            JsonNode json = JsonHttp.JSON.readTree(body);
            json.fields().forEachRemaining(f -> params.put(f.getKey(), f.getValue().isTextual() ? f.getValue().asText() : f.getValue().toString()));
        } else if (!body.isBlank()) {
            params.putAll(form(body));
        }
        String signature = params.get("Signature");
        if (signature != null) {
            String secret = secrets.get(params.getOrDefault("AccessKeyId", ""));
            if (secret == null) {
                JsonHttp.send(exchange, 404, Map.of("Code", "InvalidAccessKeyId.NotFound",
                        "Message", "Specified access key is not found.", "RequestId", UUID.randomUUID().toString()));
                return;
            }
            if (!AliyunSignature.sign(exchange.getRequestMethod(), params, secret).equals(signature)) {
                JsonHttp.send(exchange, 400, Map.of("Code", "SignatureDoesNotMatch",
                        "Message", "Specified signature is not matched with our calculation.", "RequestId", UUID.randomUUID().toString()));
                return;
            }
        }
        if ("QuerySendDetails".equals(params.get("Action"))) {
            querySendDetails(exchange, params);
            return;
        }
        String phones = params.get("PhoneNumbers");
        if (phones == null || phones.isBlank() || params.get("SignName") == null || params.get("TemplateCode") == null) {
            JsonHttp.send(exchange, 400, Map.of("Code", "isv.INVALID_PARAMETERS",
                    "Message", "PhoneNumbers, SignName and TemplateCode are required", "RequestId", UUID.randomUUID().toString()));
            return;
        }
        if (!MOBILE.matcher(phones).matches()) {
            JsonHttp.send(exchange, 200, Map.of("Code", "isv.MOBILE_NUMBER_ILLEGAL", "Message", "非法手机号", "RequestId", UUID.randomUUID().toString()));
            return;
        }
        String refusal = refusals.get(phones);
        if (refusal != null) {
            JsonHttp.send(exchange, 200, Map.of("Code", refusal, "Message", "refused by the sink on request", "RequestId", UUID.randomUUID().toString()));
            return;
        }
        ReceivedSms sms = new ReceivedSms(Instant.now(), UUID.randomUUID().toString().replace("-", "").substring(0, 20),
                exchange.getRequestMethod(), exchange.getRequestURI().getPath(), phones, params.get("SignName"),
                params.get("TemplateCode"), params.get("TemplateParam"), params);
        received.add(sms);
        append(sms);
        JsonHttp.send(exchange, 200, Map.of("Code", "OK", "Message", "OK", "BizId", sms.bizId(),
                "RequestId", UUID.randomUUID().toString()));
    }

    /** The provider's QuerySendDetails: what was sent to one number on one day, with each message's OutId. */
    private void querySendDetails(HttpExchange exchange, Map<String, String> params) throws IOException {
        String phone = params.getOrDefault("PhoneNumber", "");
        String day = params.getOrDefault("SendDate", "");
        java.time.format.DateTimeFormatter ymd = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd")
                .withZone(java.time.ZoneId.of("Asia/Shanghai"));
        java.time.format.DateTimeFormatter full = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(java.time.ZoneId.of("Asia/Shanghai"));
        List<Map<String, Object>> details = received.stream()
                .filter(s -> s.phoneNumbers().equals(phone) && ymd.format(s.receivedAt()).equals(day))
                .map(s -> Map.<String, Object>of("PhoneNum", phone, "SendStatus", 3, "ErrCode", "DELIVERED",
                        "TemplateCode", s.templateCode(), "Content", String.valueOf(s.templateParam()),
                        "SendDate", full.format(s.receivedAt()), "ReceiveDate", full.format(s.receivedAt()),
                        "OutId", s.parameters().getOrDefault("OutId", "")))
                .toList();
        int size = Integer.parseInt(params.getOrDefault("PageSize", "10"));
        int page = Integer.parseInt(params.getOrDefault("CurrentPage", "1"));
        List<Map<String, Object>> slice = details.subList(Math.min(details.size(), (page - 1) * size), Math.min(details.size(), page * size));
        JsonHttp.send(exchange, 200, Map.of("Code", "OK", "Message", "OK", "RequestId", UUID.randomUUID().toString(),
                "TotalCount", String.valueOf(details.size()), "SmsSendDetailDTOs", Map.of("SmsSendDetailDTO", slice)));
    }

    private void append(ReceivedSms sms) throws IOException {
        if (journal != null) {
            Files.createDirectories(journal.getParent());
            Files.writeString(journal, JsonHttp.JSON.writeValueAsString(sms) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    private void load() {
        if (journal == null || !Files.exists(journal)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    received.add(JsonHttp.JSON.readValue(line, ReceivedSms.class));
                }
            }
        } catch (IOException e) {
            throw new StackException("cannot read " + journal + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> result = new LinkedHashMap<>();
        if (encoded == null || encoded.isBlank()) {
            return result;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            result.put(key, value);
        }
        return result;
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
