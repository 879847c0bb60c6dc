package cn.studio.lifecycle.studio;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One step of a studio's life: who moved it, from where to where, and why. */
@Entity
@Table(name = "studio_transition")
public class StudioTransition extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID studioId;
    @Enumerated(EnumType.STRING)
    public StudioState fromState;
    @Enumerated(EnumType.STRING)
    public StudioState toState;
    public String reason;
    public String actor;
    public String actorRole;
    public Instant at;
}
