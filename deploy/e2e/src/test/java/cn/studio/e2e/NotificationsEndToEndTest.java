package cn.studio.e2e;

import cn.studio.stack.LocalStack;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static cn.studio.e2e.WholeStack.as;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An applicant submits through the gateway; the recommending unit hears of it by e-mail and SMS; a return reaches the applicant. */
class NotificationsEndToEndTest {

    @Test
    void submissionAndReturnAreToldByEmailAndSms() {
        LocalStack stack = WholeStack.get();
        String app = WholeStack.readyDraft("applicant1", WholeStack.demoCampaign());
        as("applicant1").post("/api/v1/applications/" + app + "/submit").then().statusCode(200);

        await().atMost(Duration.ofSeconds(60)).until(() -> stack.mail().messages("recommender1@studio.local").stream()
                .anyMatch(m -> m.text().contains(app) && m.subject().contains("张三职工创新工作室")));
        await().atMost(Duration.ofSeconds(60)).until(() -> stack.sms().messages("13800000021").stream()
                .anyMatch(s -> s.templateParam().contains("张三职工创新工作室")));

        as("recommender1").body(Map.of("reason", "请补充专利证书扫描件")).post("/api/v1/applications/" + app + "/return")
                .then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> stack.mail().messages("applicant1@studio.local").stream()
                .anyMatch(m -> m.subject().startsWith("【退回修改】") && m.text().contains("请补充专利证书扫描件")));
        await().atMost(Duration.ofSeconds(60)).until(() -> stack.sms().messages("13800000031").stream()
                .anyMatch(s -> s.templateParam().contains("退回修改")));
        assertTrue(stack.mail().messages("contact@unit001.cn").stream().anyMatch(m -> m.subject().startsWith("【退回修改】")),
                "the form's contact person is told too");
    }
}
