package cn.studio.application.campaign;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** 年度创建活动: one campaign a year, with its deadline (Asia/Shanghai), quota and contact. */
@Entity
@Table(name = "campaign")
public class Campaign extends PanacheEntityBase {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Id
    public UUID id;
    public int year;
    public String title;
    public String organisers;
    public Instant deadline;
    public int quota;
    public String contactUnit;
    public String contactPerson;
    public String contactPhones;
    @Enumerated(EnumType.STRING)
    public CampaignState state;
    public Instant createdAt;
    @Version
    public int version;

    public boolean acceptsApplications(Instant now) {
        return state == CampaignState.OPEN && now.isBefore(deadline);
    }
}
