package cn.studio.application.register;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A studio already named at district level or above: its leader and unit may not apply again. */
@Entity
@Table(name = "named_studio")
public class NamedStudio extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String leaderName;
    public String unitName;
    public String studioName;
    public String level;
    public Integer namedYear;
    public String source;
}
