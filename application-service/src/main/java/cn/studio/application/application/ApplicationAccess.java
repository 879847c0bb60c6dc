package cn.studio.application.application;

import cn.studio.application.attachment.ApplicationGate;
import cn.studio.platform.problem.ProblemException;
import cn.studio.platform.web.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Row-level rules: an applicant sees its own org's applications; a recommender those submitted through its org;
 * union-admin, commission and the suite's services (review-service reading for an assigned reviewer) all. Anything else is answered exactly like a missing application (404).
 */
@ApplicationScoped
public class ApplicationAccess implements ApplicationGate {
    @Inject
    Caller caller;

    /** A JPQL condition on {@link Application} with its named parameters. */
    public record Filter(String where, Map<String, Object> params) {
        public Filter and(String condition, String name, Object value) {
            Map<String, Object> more = new HashMap<>(params);
            more.put(name, value);
            return new Filter("(" + where + ") and " + condition, more);
        }
    }

    /** The row rule as a query condition: the one place it is written, for single reads and lists alike. */
    public Filter visibleFilter() {
        // service: another service of the suite (its own client-credentials token) that has decided the user may see it
        if (caller.is("union-admin") || caller.is("commission") || caller.is("service")) {
            return new Filter("1 = 1", Map.of());
        }
        String org = caller.org();
        List<String> any = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (org != null && caller.is("applicant")) {
            any.add("applicantOrg = :callerOrg");
        }
        if (org != null && caller.is("recommender")) {
            any.add("(recommenderOrg = :callerOrg and state <> :draft)");
            params.put("draft", ApplicationState.DRAFT);
        }
        if (any.isEmpty()) {
            return new Filter("1 = 0", Map.of());
        }
        params.put("callerOrg", org);
        return new Filter(String.join(" or ", any), params);
    }

    public Application visibleToCaller(UUID id) {
        return visibleToCaller(id, LockModeType.NONE);
    }

    private Application visibleToCaller(UUID id, LockModeType lock) {
        Filter filter = visibleFilter().and("id = :id", "id", id);
        Application app = Application.<Application>find(filter.where(), filter.params()).withLock(lock).firstResult();
        if (app == null) {
            throw ProblemException.notFound("申报");
        }
        return app;
    }

    /**
     * The applicant unit may change its application only while it is a draft or returned for revision. Holds the
     * application's row lock until the transaction ends: changes to it and to its attachments run one at a time, so a
     * submission's checks (photo count) stay true until it commits.
     */
    public Application editableByCaller(UUID id) {
        Application app = visibleToCaller(id, LockModeType.PESSIMISTIC_WRITE);
        if (!caller.is("applicant") || !app.applicantOrg.equals(caller.org())) {
            throw ProblemException.notFound("申报");
        }
        if (!app.state.editable()) {
            throw ProblemException.conflict("APPLICATION_NOT_EDITABLE", "申报处于“" + app.state.label + "”状态，不能修改");
        }
        return app;
    }

    @Override
    public void requireVisible(UUID applicationId) {
        visibleToCaller(applicationId);
    }

    @Override
    public void requireEditable(UUID applicationId) {
        editableByCaller(applicationId);
    }
}
