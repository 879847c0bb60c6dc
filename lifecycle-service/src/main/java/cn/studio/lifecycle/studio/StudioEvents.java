package cn.studio.lifecycle.studio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Studio payloads on {@code lifecycle-events} (events.md). */
public final class StudioEvents {
    public static final String NAMED = "studio.named";
    public static final String WARNED = "studio.warned";
    public static final String WARNING_CLEARED = "studio.warning.cleared";
    public static final String DELISTING_PROPOSED = "studio.delisting.proposed";
    public static final String DELISTING_RETURNED = "studio.delisting.returned";
    public static final String DELISTED = "studio.delisted";

    private StudioEvents() {
    }

    /** The studio and whom to tell: its unit's {@code studio} users (org = {@code unitOrgId}) and its contact. */
    public record StudioRef(UUID studioId, String namedTitle, String leaderName, String unitOrgId, String unitOrgName,
                            String recommenderOrgId, String recommenderOrgName, String contactName, String contactPhone,
                            String contactEmail, int year, String level) {
    }

    public record Named(StudioRef studio, UUID applicationId, UUID decisionId, UUID campaignId, String campaignTitle,
                        LocalDate namedOn, BigDecimal fundingWanYuan, boolean cityRecommended,
                        List<String> innovationFields) {
    }

    public record Warned(StudioRef studio, String reason, LocalDate deadline, String warnedBy) {
    }

    public record WarningCleared(StudioRef studio, String note, String clearedBy) {
    }

    public record DelistingProposed(StudioRef studio, String reason, String proposedBy) {
    }

    public record DelistingReturned(StudioRef studio, String reason, String returnedBy) {
    }

    public record Delisted(StudioRef studio, String reason, UUID noticeId, String noticeTitle, OffsetDateTime delistedAt,
                           String proposedBy, String approvedBy) {
    }
}
