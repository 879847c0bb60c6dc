package cn.studio.lifecycle.studio;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A named studio (区级职工创新工作室), registered from the joint decision; its unit's org links its studio users. */
@Entity
@Table(name = "studio")
public class Studio extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID applicationId;
    public UUID decisionId;
    public UUID campaignId;
    public String campaignTitle;
    public String namedTitle;
    public String studioName;
    public String leaderName;
    public String unitOrgId;
    public String unitOrgName;
    public String recommenderOrgId;
    public String recommenderOrgName;
    public String contactName;
    public String contactPhone;
    public String contactEmail;
    public String level;
    public LocalDate namedOn;
    public int namedYear;
    public BigDecimal fundingWanYuan;
    public boolean cityRecommended;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> innovationFields;
    @Enumerated(EnumType.STRING)
    public StudioState state;
    public Instant stateChangedAt;
    public String warningReason;
    public LocalDate warningDeadline;
    public String delistingReason;
    public String delistingProposedBy;
    @Version
    public int version;
    public Instant createdAt;

    /** What every lifecycle event says about the studio (events.md {@code Studio}). */
    public StudioEvents.StudioRef ref() {
        return new StudioEvents.StudioRef(id, namedTitle, leaderName, unitOrgId, unitOrgName, recommenderOrgId,
                recommenderOrgName, contactName, contactPhone, contactEmail, namedYear, level);
    }
}
