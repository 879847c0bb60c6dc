package cn.studio.review.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One action in the audit trail; entries of the decision chain also carry their hash and the previous one's. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;
    public Instant at;
    public String actor;
    public String role;
    public String action;
    public String subjectType;
    public String subjectId;
    public String beforeState;
    public String afterState;
    public boolean chained;
    public String prevHash;
    public String hash;
}
