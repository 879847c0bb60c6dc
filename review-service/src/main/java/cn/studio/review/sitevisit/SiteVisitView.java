package cn.studio.review.sitevisit;

import cn.studio.review.campaign.Campaign;
import cn.studio.review.reviewcase.ReviewCase;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A site visit as shown, with every checklist line labelled (unchecked lines included). */
public record SiteVisitView(UUID id, UUID roundId, UUID applicationId, String studioName, String applicantOrgName,
                           OffsetDateTime scheduledAt, String address, List<String> visitors,
                           List<Line> checklist, String findings, VisitVerdict verdict, String verdictLabel,
                           SiteVisit.State state, String recordedBy, Instant recordedAt, int version) {
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ChecklistLine", description = "核查清单一项（ok 为 null 表示未核查）")
    public record Line(ChecklistItem item, String label, Boolean ok, String note) {
    }

    static SiteVisitView of(SiteVisit v, ReviewCase c) {
        Map<ChecklistItem, SiteVisit.Check> checks = v.checklist == null ? Map.of() : v.checklist;
        List<Line> lines = java.util.Arrays.stream(ChecklistItem.values()).map(item -> {
            SiteVisit.Check check = checks.get(item);
            return new Line(item, item.label, check == null ? null : check.ok(), check == null ? null : check.note());
        }).toList();
        return new SiteVisitView(v.id, v.roundId, v.applicationId, c.studioName, c.applicantOrgName,
                v.scheduledAt.atZone(Campaign.ZONE).toOffsetDateTime(), v.address, v.visitors, lines, v.findings,
                v.verdict, v.verdict == null ? null : v.verdict.label, v.state, v.recordedBy, v.recordedAt, v.version);
    }
}
