package cn.studio.application.application;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One step of an application's history: who, in which role, when, from, to, and what they said. */
@Entity
@Table(name = "application_transition")
public class Transition extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID applicationId;
    public String actor;
    public String actorRole;
    public Instant at;
    @Enumerated(EnumType.STRING)
    public ApplicationState fromState;
    @Enumerated(EnumType.STRING)
    public ApplicationState toState;
    public String comment;
}
