package cn.studio.application.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Payloads of the application events on {@code application-events} (documented in events.md). */
public final class ApplicationEvents {
    public static final String SUBMITTED = "application.submitted";
    public static final String RETURNED = "application.returned";
    public static final String ENDORSED = "application.endorsed";
    public static final String SCREENED = "application.screened";

    private ApplicationEvents() {
    }

    /** Who a notifier tells and what it says, common to every application event. */
    public record Summary(UUID applicationId, UUID campaignId, String campaignTitle, String studioName,
                          String leaderName, String applicantOrgId, String applicantOrgName,
                          String recommenderOrgId, String recommenderOrgName, String contactName,
                          String contactPhone, String contactEmail, OffsetDateTime campaignDeadline,
                          List<String> innovationFields) {
    }

    public record Submitted(Summary application, int submissionCount, String submittedBy) {
    }

    public record Returned(Summary application, String reason, String returnedBy) {
    }

    public record Endorsed(Summary application, String opinion, String endorsedBy) {
    }

    public record Screened(Summary application, boolean accepted, String reason, String screenedBy) {
    }
}
