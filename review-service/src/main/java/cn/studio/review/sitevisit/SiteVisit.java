package cn.studio.review.sitevisit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** 实地考察: a visit to a shortlisted unit, its checklist, findings and verdict. */
@Entity
@Table(name = "site_visit")
public class SiteVisit extends PanacheEntityBase {
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "SiteVisitState", description = "SCHEDULED 已安排, RECORDED 已记录")
    public enum State { SCHEDULED, RECORDED }

    @Id
    public UUID id;
    public UUID roundId;
    public UUID applicationId;
    public Instant scheduledAt;
    public String address;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> visitors;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<ChecklistItem, Check> checklist;
    public String findings;
    @Enumerated(EnumType.STRING)
    public VisitVerdict verdict;
    @Enumerated(EnumType.STRING)
    public State state;
    public String scheduledBy;
    public String recordedBy;
    public Instant recordedAt;
    @Version
    public int version;

    /** One checklist line: whether it holds (null: not checked) and what was seen. */
    public record Check(Boolean ok, String note) {
    }
}
