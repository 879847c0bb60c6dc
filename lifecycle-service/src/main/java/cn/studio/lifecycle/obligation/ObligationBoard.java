package cn.studio.lifecycle.obligation;

import cn.studio.lifecycle.studio.Studio;
import cn.studio.lifecycle.studio.StudioState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** 区总工会's view across studios: what is overdue, due soon, returned, or waiting for review, for one year. */
@ApplicationScoped
public class ObligationBoard {
    @Inject
    ObligationService obligations;

    /** OVERDUE 逾期未报, DUE_SOON 7日内到期, RETURNED 已退回待重报, SUBMITTED 已报送待审核. */
    public enum Status { OVERDUE, DUE_SOON, RETURNED, SUBMITTED }

    @Schema(description = "看板上的一项 / one entry of the board")
    public record Entry(UUID studioId, String namedTitle, String unitOrgId, String unitOrgName, ObligationView obligation) {
    }

    @Transactional
    public List<Entry> board(int year, Status status) {
        LocalDate today = obligations.today();
        Map<UUID, Studio> studios = Studio.<Studio>list("state <> ?1 and namedYear <= ?2", StudioState.DELISTED, year).stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
        studios.values().forEach(s -> obligations.ensure(s, year));
        List<Obligation> rows = switch (status) {
            case OVERDUE -> Obligation.list("year = ?1 and state in ?2 and dueDate < ?3", year,
                    List.of(Obligation.State.OPEN, Obligation.State.RETURNED), today);
            case DUE_SOON -> Obligation.list("year = ?1 and state = ?2 and dueDate >= ?3 and dueDate <= ?4", year,
                    Obligation.State.OPEN, today, today.plusDays(7));
            case RETURNED -> Obligation.list("year = ?1 and state = ?2", year, Obligation.State.RETURNED);
            case SUBMITTED -> Obligation.list("year = ?1 and state = ?2", year, Obligation.State.SUBMITTED);
        };
        List<Entry> out = new ArrayList<>();
        for (Obligation o : rows) {
            Studio s = studios.get(o.studioId);
            if (s != null) {
                out.add(new Entry(s.id, s.namedTitle, s.unitOrgId, s.unitOrgName, ObligationView.of(o, today)));
            }
        }
        out.sort(Comparator.comparing((Entry e) -> e.obligation().dueDate()).thenComparing(Entry::namedTitle)
                .thenComparing(e -> e.obligation().id()));
        return out;
    }
}
