package cn.studio.lifecycle.delisting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** 通报: the public notice of a studio's delisting, written once when the commission approves it. */
@Entity
@Table(name = "delisting_notice")
public class DelistingNotice extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID studioId;
    public String title;
    public String body;
    public String proposedBy;
    public String approvedBy;
    public Instant publishedAt;
}
