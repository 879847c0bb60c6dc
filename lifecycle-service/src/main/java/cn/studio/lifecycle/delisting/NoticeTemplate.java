package cn.studio.lifecycle.delisting;

import cn.studio.lifecycle.studio.Studio;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

/**
 * The zh-CN text of a 通报 from {@code templates/delisting-notice.txt}: the title, a line {@code ---}, then the body;
 * placeholders {@code {unitOrgName} {namedTitle} {namedYear} {reason} {date}}.
 */
@ApplicationScoped
public class NoticeTemplate {
    public record Text(String title, String body) {
    }

    private final String template = load();

    public Text render(Studio s, String reason, LocalDate date) {
        String reasonText = reason.strip();
        while (reasonText.endsWith("。")) {
            reasonText = reasonText.substring(0, reasonText.length() - 1);
        }
        Map<String, String> values = Map.of("unitOrgName", s.unitOrgName, "namedTitle", s.namedTitle,
                "namedYear", String.valueOf(s.namedYear), "reason", reasonText,
                "date", date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日");
        String text = template;
        for (Map.Entry<String, String> v : values.entrySet()) {
            text = text.replace("{" + v.getKey() + "}", v.getValue());
        }
        int split = text.indexOf("\n---\n");
        return new Text(text.substring(0, split).strip(), text.substring(split + 5).strip());
    }

    private static String load() {
        try (InputStream in = NoticeTemplate.class.getClassLoader().getResourceAsStream("templates/delisting-notice.txt")) {
            if (in == null) {
                throw new IllegalStateException("templates/delisting-notice.txt is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
