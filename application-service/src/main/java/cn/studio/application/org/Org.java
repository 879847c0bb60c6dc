package cn.studio.application.org;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An organisation of the district's tree: 区总工会, recommending units (系统/街道工会) and the units under them. */
@Entity
@Table(name = "org")
public class Org extends PanacheEntityBase {
    public enum Kind { DISTRICT, RECOMMENDER, UNIT }

    @Id
    public String id;
    public String name;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public String parentId;

    public static Org create(String id, String name, Kind kind, String parentId) {
        Org org = new Org();
        org.id = id;
        org.name = name;
        org.kind = kind;
        org.parentId = parentId;
        return org;
    }
}
