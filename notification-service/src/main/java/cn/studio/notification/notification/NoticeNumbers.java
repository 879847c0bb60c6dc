package cn.studio.notification.notification;

import io.quarkus.qute.TemplateExtension;

import java.math.BigDecimal;

/**
 * Amounts in notices as people write them: {@code {num:plain(about.fundingWanYuan)}} shows 5.00 as {@code 5} and 2.50
 * as {@code 2.5} (events carry amounts as JSON numbers, which reach templates as doubles).
 */
@TemplateExtension(namespace = "num")
public final class NoticeNumbers {
    private NoticeNumbers() {
    }

    public static String plain(Object value) {
        if (value == null) {
            return "";
        }
        try {
            return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return value.toString();
        }
    }
}
