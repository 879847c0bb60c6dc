package cn.studio.application.register;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A studio already named at district level or above: its leader and unit may not apply again. */
@Entity
@Table(name = "named_studio")
@NamedQuery(name = NamedStudio.COUNT_OF_LEADER_AND_UNIT, query = "select count(ns) from NamedStudio ns"
        + " where ns.leaderName = ?1 and (ns.unitName = ?2 or ns.unitOrgId = ?3)")
public class NamedStudio extends PanacheEntityBase {
    /** How many entries name this leader (?1) with this unit, by its normalised name (?2) or its org id (?3). */
    public static final String COUNT_OF_LEADER_AND_UNIT = "NamedStudio.countOfLeaderAndUnit";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String leaderName;
    public String unitName;
    public String studioName;
    public String level;
    public Integer namedYear;
    public String source;
    /** lifecycle-service's studio id, for entries fed by its events. */
    public String studioId;
    public String unitOrgId;
    public java.time.Instant delistedAt;
}
