package cn.studio.application;

import cn.studio.testsupport.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Test data shared by the application-service tests: callers, campaigns, a complete form, real uploads. */
public final class Fixtures {
    public static final String APPLICANT1 = TestTokens.bearer("applicant1", "unit-001", "applicant");
    public static final String APPLICANT2 = TestTokens.bearer("applicant2", "unit-002", "applicant");
    public static final String APPLICANT3 = TestTokens.bearer("applicant3", "unit-003", "applicant");
    public static final String RECOMMENDER = TestTokens.bearer("recommender1", "sys-industry", "recommender");
    public static final String OTHER_RECOMMENDER = TestTokens.bearer("recommender9", "street-east", "recommender");
    public static final String ADMIN = TestTokens.bearer("admin1", "district-union", "union-admin");
    public static final String COMMISSION = TestTokens.bearer("commission1", "district-commission", "commission");
    public static final String REVIEWER = TestTokens.bearer("reviewer1", "expert-001", "reviewer");
    public static final String STUDIO = TestTokens.bearer("studio1", "unit-001", "studio");

    /** Small but real files: they decode, parse and have whole containers, as the media checks require. */
    public static final byte[] JPEG = cn.studio.application.attachment.SampleFiles.JPEG;
    public static final byte[] PNG = cn.studio.application.attachment.SampleFiles.PNG;
    public static final byte[] PDF = cn.studio.application.attachment.SampleFiles.PDF;
    public static final byte[] MP4 = cn.studio.application.attachment.SampleFiles.MP4;
    public static final byte[] TEXT = "这不是图片，只是一段文字。".repeat(50).getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Fixtures() {
    }

    public static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON);
    }

    /** A fresh open campaign (each test class gets its own, so one unit per campaign never collides across tests). */
    public static String openCampaign() {
        Map<String, Object> body = campaignBody(LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(30));
        String id = as(ADMIN).body(body).post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        as(ADMIN).body(Map.of("to", "OPEN")).post("/api/v1/campaigns/" + id + "/transitions").then().statusCode(200);
        return id;
    }

    public static Map<String, Object> campaignBody(LocalDateTime deadline) {
        Map<String, Object> body = new HashMap<>();
        body.put("year", deadline.getYear());
        body.put("title", deadline.getYear() + "年职工创新工作室创建活动 " + UUID.randomUUID().toString().substring(0, 6));
        body.put("organisers", "区总工会、区科委");
        body.put("deadline", deadline.withNano(0).toString());
        body.put("quota", 10);
        body.put("contactUnit", "区总工会权益部");
        body.put("contactPerson", "王老师");
        body.put("contactPhones", "010-12345678");
        return body;
    }

    /** A form that satisfies every submission rule (with 3 photos and a recommendation letter uploaded). */
    public static Map<String, Object> completeForm(String leaderName, int headcount) {
        Map<String, Object> form = new HashMap<>();
        form.put("recommenderOrgId", "sys-industry");
        form.put("contact", Map.of("name", "李联络", "phone", "010-66668888", "email", "contact@unit001.cn"));
        Map<String, Object> leader = new HashMap<>();
        leader.put("name", leaderName);
        leader.put("gender", "MALE");
        leader.put("birthMonth", "1975-03");
        leader.put("education", "本科");
        leader.put("titleOrSkillLevel", "高级技师");
        leader.put("phone", "010-66668888");
        leader.put("mobile", "13900001111");
        leader.put("email", "leader@unit001.cn");
        leader.put("honours", "全国劳动模范");
        leader.put("modelWorker", true);
        leader.put("previouslyNamedDistrictStudio", false);
        form.put("leader", leader);
        Map<String, Object> studio = new HashMap<>();
        studio.put("foundedMonth", "2012-06");
        studio.put("headcount", headcount);
        studio.put("areaSquareMeters", 120.5);
        studio.put("funding", Map.of("total", 50.00, "unitSupport", 30.00, "external", 10.00, "selfRaised", 5.50,
                "other", 4.50, "otherText", "区科委课题经费"));
        studio.put("equipment", List.of(Map.of("name", "数控加工中心", "model", "VMC850", "quantity", 2, "purpose", "工艺试验")));
        studio.put("innovationFields", List.of("TECHNOLOGY", "MANAGEMENT"));
        studio.put("resultFields", List.of("SCIENCE_TECHNOLOGY"));
        studio.put("publicityMaterials", List.of("AWARD_MATERIAL"));
        form.put("studio", studio);
        form.put("hostUnit", Map.of("name", "区精密机械有限公司", "address", "区工业园路1号", "nature", "PUBLIC"));
        List<Map<String, Object>> participants = new ArrayList<>();
        for (int i = 0; i < headcount; i++) {
            participants.add(Map.of("name", "成员" + i, "birthMonth", "1990-01", "education", "大专",
                    "titleOrSkillLevel", "技师", "department", "机加车间", "role", "工艺改进"));
        }
        form.put("participants", participants);
        form.put("achievements", Map.of("innovationResults", "获得发明专利3项，转化2项", "talentTraining", "培养高级技师12名",
                "benefits", "年节约成本300万元"));
        form.put("thisYearWork", "完成主轴精度提升攻关");
        form.put("nextYearPlan", "开展智能产线改造");
        form.put("hostUnitOpinion", "同意申报");
        return form;
    }

    public static String createDraft(String bearer, String campaignId, Map<String, Object> form) {
        Map<String, Object> body = new HashMap<>();
        body.put("campaignId", campaignId);
        body.put("form", form);
        return as(bearer).body(body).post("/api/v1/applications").then().statusCode(201).extract().path("id");
    }

    /** Uploads through the presigned URL, as a browser would, then asks the service to check it. */
    public static io.restassured.response.Response upload(String bearer, String applicationId, String kind,
                                                         String fileName, byte[] content) {
        io.restassured.response.Response started = as(bearer).body(Map.of("kind", kind, "fileName", fileName))
                .post("/api/v1/applications/" + applicationId + "/attachments");
        if (started.statusCode() != 201) {
            return started;
        }
        put(started.path("uploadUrl"), content);
        return as(bearer).post("/api/v1/applications/" + applicationId + "/attachments/" + started.path("id") + "/complete");
    }

    public static void put(String url, byte[] content) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("presigned PUT answered " + response.statusCode() + ": " + response.body());
            }
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    public static byte[] httpGet(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** A draft with everything a submission needs. */
    public static String readyDraft(String bearer, String campaignId, String leaderName) {
        String id = createDraft(bearer, campaignId, completeForm(leaderName, 3));
        for (int i = 1; i <= 3; i++) {
            upload(bearer, id, "PHOTO", "photo" + i + ".jpg", JPEG).then().statusCode(200);
        }
        upload(bearer, id, "RECOMMENDATION_LETTER", "推荐材料.pdf", PDF).then().statusCode(200);
        return id;
    }
}
