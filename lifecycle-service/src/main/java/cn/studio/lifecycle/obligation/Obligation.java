package cn.studio.lifecycle.obligation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One report a studio owes for a year (and quarter), its due date and how far it got. */
@Entity
@Table(name = "obligation")
public class Obligation extends PanacheEntityBase {
    /** OPEN 待报送 → SUBMITTED 已报送 → ACCEPTED 已通过, or RETURNED 已退回 (to be submitted again). */
    public enum State {
        OPEN("待报送"), SUBMITTED("已报送"), RETURNED("已退回"), ACCEPTED("已通过");

        public final String label;

        State(String label) {
            this.label = label;
        }

        public boolean met() {
            return this == SUBMITTED || this == ACCEPTED;
        }
    }

    @Id
    public UUID id;
    public UUID studioId;
    public int year;
    @Enumerated(EnumType.STRING)
    public ObligationKind kind;
    public int quarter;
    public LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    public State state;
    public Instant submittedAt;
    public Instant acceptedAt;
}
