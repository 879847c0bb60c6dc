package cn.studio.application.application;

import cn.studio.application.Fixtures;
import cn.studio.application.StatementLog;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static cn.studio.application.Fixtures.APPLICANT1;
import static cn.studio.application.Fixtures.APPLICANT2;
import static cn.studio.application.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What one submission costs the database: the statements it sends, in order. deploy/bench/submission-floor.sql runs
 * exactly these (the benchmark's floor); a change here is a change there.
 */
@QuarkusTest
class SubmissionStatementsTest {
    /** The outbox relay works on its own threads and transactions; its statements are not the submission's. */
    private static final Pattern RELAY = Pattern.compile("pg_try_advisory_xact_lock|from outbox_event|update outbox_event");

    private static final List<String> SUBMISSION = List.of(
            "select .* from application a1_0 where .*a1_0\\.id=\\?.*",        // ApplicationAccess.editableByCaller
            "select .* from campaign c1_0 where c1_0\\.id=\\?",                // CampaignService.find
            "select count\\(.*\\) from named_studio ns1_0 where .*",           // NamedStudioRegister.contains
            "select a1_0\\.kind,count\\(.*\\) from attachment a1_0 where .* group by a1_0\\.kind", // storedCounts
            "insert into application_transition .*",                           // the history row
            "update application set .* where id=\\? and version=\\?",          // only the changed columns
            "insert into outbox_event .*");                                    // Outbox.publish

    @Test
    void aSubmissionSendsSevenStatementsAndLeavesTheFormAlone() {
        String campaign = Fixtures.openCampaign();
        // the process reads each org once (OrgDirectory): after a first submission through sys-industry, none
        String first = Fixtures.readyDraft(APPLICANT2, campaign, "钱七");
        as(APPLICANT2).post("/api/v1/applications/" + first + "/submit").then().statusCode(200);
        String app = Fixtures.readyDraft(APPLICANT1, campaign, "孙八");

        List<StatementLog.Statement> sent = StatementLog.during(() ->
                as(APPLICANT1).post("/api/v1/applications/" + app + "/submit").then().statusCode(200));

        List<String> submission = sent.stream().filter(s -> !RELAY.matcher(s.sql()).find())
                .map(s -> s.sql().toLowerCase().replaceAll("\\s+", " ").strip()).toList();
        submission.forEach(sql -> System.out.println("submission SQL: " + sql));
        assertEquals(SUBMISSION.size(), submission.size(), "statements of one submission: " + submission);
        for (int i = 0; i < SUBMISSION.size(); i++) {
            assertTrue(submission.get(i).matches(SUBMISSION.get(i)), "statement " + (i + 1) + ": " + submission.get(i));
        }
        String update = submission.get(5);
        assertFalse(update.contains("form"), "the state change rewrites the form: " + update);
        assertTrue(update.contains("state=?") && update.contains("submission_count=?"), update);
    }
}
