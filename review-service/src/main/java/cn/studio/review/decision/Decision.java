package cn.studio.review.decision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** 认定决定: the named list of a round, proposed by 区总工会 and approved by 区科委 (two keys), then final. */
@Entity
@Table(name = "decision")
public class Decision extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID roundId;
    public UUID campaignId;
    public int quota;
    @Enumerated(EnumType.STRING)
    public DecisionState state;
    public String overQuotaReason;
    public String proposedBy;
    public Instant proposedAt;
    public String returnedBy;
    public Instant returnedAt;
    public String returnReason;
    public String decidedBy;
    public Instant decidedAt;
    @Version
    public int version;
}
