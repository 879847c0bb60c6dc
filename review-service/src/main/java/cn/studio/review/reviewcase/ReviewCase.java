package cn.studio.review.reviewcase;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** 评审案件: an application accepted by screening, with what review needs to route, match and tell. */
@Entity
@Table(name = "review_case")
public class ReviewCase extends PanacheEntityBase {
    @Id
    public UUID applicationId;
    public UUID campaignId;
    public String campaignTitle;
    public String studioName;
    public String leaderName;
    public String applicantOrgId;
    public String applicantOrgName;
    public String recommenderOrgId;
    public String recommenderOrgName;
    public String contactName;
    public String contactPhone;
    public String contactEmail;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> innovationFields;
    public Instant screenedAt;

    public static List<ReviewCase> ofCampaign(UUID campaignId) {
        return list("campaignId = ?1 order by screenedAt, applicationId", campaignId);
    }

    public CaseUnit unit() {
        return new CaseUnit(applicationId, campaignId, campaignTitle, studioName, leaderName, applicantOrgId,
                applicantOrgName, recommenderOrgId, recommenderOrgName, contactName, contactPhone, contactEmail);
    }
}
