package cn.studio.lifecycle.register;

import cn.studio.lifecycle.delisting.DelistingNotice;
import cn.studio.lifecycle.studio.Page;
import cn.studio.lifecycle.studio.Studio;
import cn.studio.lifecycle.studio.StudioService;
import cn.studio.lifecycle.studio.StudioState;
import cn.studio.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The public register (no login): named studios with their results count, and the delisting notices (通报). */
@ApplicationScoped
public class RegisterService {
    @Inject
    EntityManager em;

    public Page<PublicStudio> studios(Integer year, PublicStudio.PublicState state, String q, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (year != null) {
            where.append(" and namedYear = :year");
            params.put("year", year);
        }
        if (state == PublicStudio.PublicState.DELISTED) {
            where.append(" and state = :delisted");
            params.put("delisted", StudioState.DELISTED);
        } else if (state == PublicStudio.PublicState.LISTED) {
            where.append(" and state <> :delisted");
            params.put("delisted", StudioState.DELISTED);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (lower(namedTitle) like :q or lower(leaderName) like :q or lower(unitOrgName) like :q)");
            params.put("q", "%" + q.trim().toLowerCase(Locale.ROOT) + "%");
        }
        var query = Studio.<Studio>find(where + " order by namedOn desc, namedTitle, id", params);
        long total = query.count();
        List<Studio> rows = query.page(page, size).list();
        Map<UUID, Long> counts = resultCounts(rows.stream().map(s -> s.id).toList());
        Map<UUID, UUID> notices = noticeIds(rows.stream().filter(s -> s.state == StudioState.DELISTED).map(s -> s.id).toList());
        return new Page<>(rows.stream().map(s -> view(s, counts.getOrDefault(s.id, 0L), notices.get(s.id))).toList(),
                page, size, total);
    }

    public PublicStudio studio(UUID id) {
        Studio s = Studio.findById(id);
        if (s == null) {
            throw ProblemException.notFound("工作室");
        }
        return view(s, resultCounts(List.of(id)).getOrDefault(id, 0L), noticeIds(List.of(id)).get(id));
    }

    public Page<PublicNotice> notices(int page, int size) {
        var query = DelistingNotice.<DelistingNotice>find("order by publishedAt desc, id");
        long total = query.count();
        List<DelistingNotice> rows = query.page(page, size).list();
        Map<UUID, Studio> studios = rows.isEmpty() ? Map.of() : Studio.<Studio>list("id in ?1", rows.stream().map(n -> n.studioId).toList())
                .stream().collect(Collectors.toMap(s -> s.id, s -> s));
        return new Page<>(rows.stream().map(n -> notice(n, studios.get(n.studioId))).toList(), page, size, total);
    }

    public PublicNotice notice(UUID id) {
        DelistingNotice n = DelistingNotice.findById(id);
        if (n == null) {
            throw ProblemException.notFound("通报");
        }
        return notice(n, Studio.findById(n.studioId));
    }

    private static PublicNotice notice(DelistingNotice n, Studio s) {
        return new PublicNotice(n.id, n.studioId, s.namedTitle, s.unitOrgName, n.title, n.body,
                OffsetDateTime.ofInstant(n.publishedAt, StudioService.ZONE));
    }

    private static PublicStudio view(Studio s, long results, UUID noticeId) {
        PublicStudio.PublicState state = s.state == StudioState.DELISTED ? PublicStudio.PublicState.DELISTED : PublicStudio.PublicState.LISTED;
        return new PublicStudio(s.id, s.namedTitle, s.leaderName, s.unitOrgName, s.recommenderOrgName, s.level,
                s.namedYear, s.namedOn, s.innovationFields, state, state.label, results, noticeId);
    }

    private Map<UUID, Long> resultCounts(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<?> rows = em.createNativeQuery("select studio_id, count(*) from innovation_result where studio_id = any(?1) group by studio_id")
                .setParameter(1, ids.toArray(UUID[]::new)).getResultList();
        Map<UUID, Long> out = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.put((UUID) r[0], ((Number) r[1]).longValue());
        }
        return out;
    }

    private static Map<UUID, UUID> noticeIds(List<UUID> studioIds) {
        if (studioIds.isEmpty()) {
            return Map.of();
        }
        return DelistingNotice.<DelistingNotice>list("studioId in ?1", studioIds).stream()
                .collect(Collectors.toMap(n -> n.studioId, n -> n.id));
    }
}
