package cn.studio.notification.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Alibaba Cloud SMS (短信服务) SendSms through its documented HTTP API: an RPC request signed with HMAC-SHA1
 * (SignatureVersion 1.0). The text goes as the {@code content} parameter of a notification template registered with
 * the provider; the sign name (签名) is configurable. The endpoint is configurable, so the local stack's SMS sink (or
 * any stub) can stand in for the provider.
 */
@ApplicationScoped
public class AliyunSmsProvider implements SmsProvider {
    private static final Set<String> PERMANENT = Set.of("isv.MOBILE_NUMBER_ILLEGAL", "isv.SMS_TEMPLATE_ILLEGAL",
            "isv.SMS_SIGNATURE_ILLEGAL", "isv.INVALID_PARAMETERS", "SignatureDoesNotMatch", "InvalidAccessKeyId.NotFound",
            "isv.MOBILE_COUNT_OVER_LIMIT", "isv.BLACK_KEY_CONTROL_LIMIT");

    @ConfigMapping(prefix = "studio.sms")
    public interface Config {
        /** e.g. the provider's regional endpoint, or the local SMS sink */
        String endpoint();

        String accessKeyId();

        String accessKeySecret();

        @WithDefault("区总工会")
        String signName();

        /** Template code of a notification template whose body is {@code ${content}}. */
        @WithDefault("SMS_STUDIO_NOTICE")
        String templateCode();

        @WithDefault("10s")
        Duration timeout();
    }

    @Inject
    Config config;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public String send(String phone, String text, String reference) {
        Map<String, String> params = common("SendSms");
        params.put("PhoneNumbers", phone);
        params.put("SignName", config.signName());
        params.put("TemplateCode", config.templateCode());
        params.put("TemplateParam", json.createObjectNode().put("content", text).toString());
        params.put("OutId", reference);
        return call(params).path("BizId").asText();
    }

    @Override
    public java.util.Optional<String> wasSent(String phone, String reference, java.time.LocalDate day) {
        for (int page = 1; ; page++) {
            Map<String, String> params = common("QuerySendDetails");
            params.put("PhoneNumber", phone);
            params.put("SendDate", day.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
            params.put("PageSize", "50");
            params.put("CurrentPage", String.valueOf(page));
            JsonNode details = call(params).path("SmsSendDetailDTOs").path("SmsSendDetailDTO");
            for (JsonNode d : details) {
                if (reference.equals(d.path("OutId").asText()) && d.path("SendStatus").asInt() != 2) {
                    return java.util.Optional.of("query:" + d.path("SendDate").asText());
                }
            }
            if (details.size() < 50) {
                return java.util.Optional.empty();
            }
        }
    }

    private Map<String, String> common(String action) {
        Map<String, String> params = new TreeMap<>();
        params.put("Action", action);
        params.put("Version", "2017-05-25");
        params.put("RegionId", "cn-hangzhou");
        params.put("Format", "JSON");
        params.put("AccessKeyId", config.accessKeyId());
        params.put("SignatureMethod", "HMAC-SHA1");
        params.put("SignatureVersion", "1.0");
        params.put("SignatureNonce", UUID.randomUUID().toString());
        params.put("Timestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        return params;
    }

    private JsonNode call(Map<String, String> params) {
        params.put("Signature", sign("POST", params, config.accessKeySecret()));
        String body = params.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(config.endpoint() + "/"))
                            .timeout(config.timeout())
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode answer = json.readTree(response.body().isBlank() ? "{}" : response.body());
            String code = answer.path("Code").asText("HTTP_" + response.statusCode());
            if ("OK".equals(code)) {
                return answer;
            }
            String reason = code + ": " + answer.path("Message").asText("");
            if (PERMANENT.contains(code)) {
                throw new PermanentFailure(reason);
            }
            throw new IllegalStateException(reason);
        } catch (IOException e) {
            throw new IllegalStateException("SMS provider unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Alibaba Cloud's RPC signature: HMAC-SHA1 over METHOD&%2F&encode(sorted, encoded query), key = secret + "&". */
    static String sign(String method, Map<String, String> params, String secret) {
        String canonical = new TreeMap<>(params).entrySet().stream().filter(e -> !e.getKey().equals("Signature"))
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        String stringToSign = method + "&" + encode("/") + "&" + encode(canonical);
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }
}
