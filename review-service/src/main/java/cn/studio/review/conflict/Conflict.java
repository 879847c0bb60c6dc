package cn.studio.review.conflict;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A declared conflict of interest between a reviewer and a case (回避). */
@Entity
@Table(name = "conflict")
public class Conflict extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID applicationId;
    public String reviewer;
    @Enumerated(EnumType.STRING)
    public ConflictKind kind;
    public String note;
    public String recordedBy;
    public String recordedRole;
    public Instant recordedAt;
}
