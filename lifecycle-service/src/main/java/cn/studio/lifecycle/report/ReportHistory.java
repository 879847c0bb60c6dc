package cn.studio.lifecycle.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Every step of a report: created, saved, submitted, returned, accepted — who, when, with what comment. */
@Entity
@Table(name = "report_history")
public class ReportHistory extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID reportId;
    public String action;
    public Integer versionNumber;
    public String comment;
    public String actor;
    public String actorRole;
    public Instant at;
}
