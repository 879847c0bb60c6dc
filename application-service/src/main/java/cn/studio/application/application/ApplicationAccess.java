package cn.studio.application.application;

import cn.studio.application.attachment.ApplicationGate;
import cn.studio.platform.problem.ProblemException;
import cn.studio.platform.web.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * Row-level rules: an applicant sees its own org's applications; a recommender those submitted through its org;
 * union-admin and commission all. Anything else is answered exactly like a missing application (404).
 */
@ApplicationScoped
public class ApplicationAccess implements ApplicationGate {
    @Inject
    Caller caller;

    public Application visibleToCaller(UUID id) {
        Application app = Application.findById(id);
        if (app == null || !visible(app)) {
            throw ProblemException.notFound("申报");
        }
        return app;
    }

    /** The applicant unit may change its application only while it is a draft or returned for revision. */
    public Application editableByCaller(UUID id) {
        Application app = visibleToCaller(id);
        if (!caller.is("applicant") || !app.applicantOrg.equals(caller.org())) {
            throw ProblemException.notFound("申报");
        }
        if (!app.state.editable()) {
            throw ProblemException.conflict("APPLICATION_NOT_EDITABLE", "申报处于“" + app.state.label + "”状态，不能修改");
        }
        return app;
    }

    boolean visible(Application app) {
        if (caller.is("union-admin") || caller.is("commission")) {
            return true;
        }
        if (caller.is("applicant") && app.applicantOrg.equals(caller.org())) {
            return true;
        }
        return caller.is("recommender") && caller.org() != null && caller.org().equals(app.recommenderOrg)
                && app.state != ApplicationState.DRAFT;
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
