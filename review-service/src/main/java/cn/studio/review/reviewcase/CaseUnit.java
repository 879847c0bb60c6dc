package cn.studio.review.reviewcase;

import java.util.UUID;

/** A case's unit and whom to tell: the {@code Unit} of events.md. Names no reviewer. */
public record CaseUnit(UUID applicationId, UUID campaignId, String campaignTitle, String studioName, String leaderName,
                       String applicantOrgId, String applicantOrgName, String recommenderOrgId,
                       String recommenderOrgName, String contactName, String contactPhone, String contactEmail) {
}
