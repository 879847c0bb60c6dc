package cn.studio.application.application;

import cn.studio.application.ApplicationTopics;
import cn.studio.application.attachment.AttachmentService;
import cn.studio.application.campaign.Campaign;
import cn.studio.application.campaign.CampaignService;
import cn.studio.application.org.Org;
import cn.studio.application.org.OrgDirectory;
import cn.studio.application.register.NamedStudioRegister;
import cn.studio.platform.events.Outbox;
import cn.studio.platform.problem.ProblemException;
import cn.studio.platform.problem.RuleViolation;
import cn.studio.platform.web.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** The flow of an application: draft → submitted → endorsed or returned → screened; each step recorded and announced. */
@ApplicationScoped
public class ApplicationService {
    @Inject
    Caller caller;

    @Inject
    ApplicationAccess access;

    @Inject
    CampaignService campaigns;

    @Inject
    AttachmentService attachments;

    @Inject
    NamedStudioRegister register;

    @Inject
    OrgDirectory orgs;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Transactional
    public Application create(UUID campaignId, ApplicationForm form) {
        Campaign campaign = campaigns.find(campaignId);
        if (!campaign.acceptsApplications(clock.instant())) {
            throw ProblemException.conflict("CAMPAIGN_NOT_OPEN", "活动“" + campaign.title + "”不在申报期内");
        }
        String org = caller.org();
        if (org == null || orgs.find(org) == null) {
            throw ProblemException.conflict("APPLICANT_ORG_UNKNOWN", "当前账号未关联已登记的单位，无法申报");
        }
        if (Application.count("campaignId = ?1 and applicantOrg = ?2", campaignId, org) > 0) {
            throw ProblemException.conflict("DUPLICATE_APPLICATION", "本单位已在该活动中申报，每个单位每次活动只能申报一份");
        }
        Application app = new Application();
        app.id = UUID.randomUUID();
        app.campaignId = campaignId;
        app.applicantOrg = org;
        app.state = ApplicationState.DRAFT;
        app.createdBy = caller.username();
        app.createdAt = clock.instant();
        fill(app, form == null ? ApplicationForm.empty() : form);
        app.persist();
        record(app, null, ApplicationState.DRAFT, null);
        return app;
    }

    public Application get(UUID id) {
        return access.visibleToCaller(id);
    }

    @Transactional
    public Application saveForm(UUID id, ApplicationForm form) {
        Application app = access.editableByCaller(id);
        fill(app, form);
        return app;
    }

    @Transactional
    public Application submit(UUID id) {
        Application app = access.editableByCaller(id);
        Campaign campaign = campaigns.find(app.campaignId);
        Org applicant = orgs.find(app.applicantOrg);
        Org recommender = orgs.find(app.form.recommenderOrgId());
        boolean named = app.form.leader() != null && app.form.hostUnit() != null
                && register.contains(app.form.leader().name(), app.form.hostUnit().name(), app.applicantOrg);
        List<RuleViolation> broken = SubmissionRules.check(app.form, new SubmissionRules.Facts(campaign, clock.instant(),
                applicant, recommender, attachments.storedCounts(app.id), named));
        if (!broken.isEmpty()) {
            throw ProblemException.invalid(broken);
        }
        move(app, ApplicationState.SUBMITTED, null, "提交");
        app.submittedAt = clock.instant();
        app.recommenderOrg = recommender.id;
        app.submissionCount++;
        announce(app, ApplicationEvents.SUBMITTED,
                new ApplicationEvents.Submitted(summary(app, campaign), app.submissionCount, caller.username()));
        return app;
    }

    @Transactional
    public Application endorse(UUID id, String opinion) {
        Application app = recommendersOwn(id);
        move(app, ApplicationState.ENDORSED, opinion, "推荐");
        app.recommenderOpinion = opinion;
        app.endorsedAt = clock.instant();
        announce(app, ApplicationEvents.ENDORSED, new ApplicationEvents.Endorsed(summary(app), opinion, caller.username()));
        return app;
    }

    @Transactional
    public Application returnForRevision(UUID id, String reason) {
        Application app = recommendersOwn(id);
        move(app, ApplicationState.RETURNED, reason, "退回");
        announce(app, ApplicationEvents.RETURNED, new ApplicationEvents.Returned(summary(app), reason, caller.username()));
        return app;
    }

    @Transactional
    public Application screen(UUID id, boolean accepted, String reason) {
        Application app = access.visibleToCaller(id);
        if (!accepted && (reason == null || reason.isBlank())) {
            throw ProblemException.invalid(List.of(new RuleViolation("reason", "REASON_REQUIRED", "形式审查不通过须说明理由")));
        }
        move(app, accepted ? ApplicationState.ACCEPTED : ApplicationState.REJECTED, reason, "形式审查");
        app.screeningReason = reason;
        announce(app, ApplicationEvents.SCREENED, new ApplicationEvents.Screened(summary(app), accepted, reason, caller.username()));
        return app;
    }

    @Transactional
    public List<Transition> history(UUID id) {
        Application app = access.visibleToCaller(id);
        return Transition.list("applicationId = ?1 order by id", app.id);
    }

    private Application recommendersOwn(UUID id) {
        Application app = access.visibleToCaller(id);
        if (!caller.is("recommender") || !caller.org().equals(app.recommenderOrg)) {
            throw ProblemException.notFound("申报");
        }
        return app;
    }

    private void move(Application app, ApplicationState to, String comment, String action) {
        if (!app.state.canMoveTo(to)) {
            String expected = Arrays.stream(ApplicationState.values()).filter(s -> s.canMoveTo(to))
                    .map(s -> "“" + s.label + "”").collect(Collectors.joining("或"));
            throw ProblemException.conflict("APPLICATION_ILLEGAL_TRANSITION", "申报处于“" + app.state.label + "”状态，不能"
                    + action + "（需为" + expected + "）");
        }
        ApplicationState from = app.state;
        app.state = to;
        app.updatedAt = clock.instant();
        record(app, from, to, comment);
    }

    private void fill(Application app, ApplicationForm form) {
        app.form = form;
        app.leaderName = form.leader() == null || form.leader().name() == null ? null : form.leader().name().strip();
        app.updatedAt = clock.instant();
    }

    private void record(Application app, ApplicationState from, ApplicationState to, String comment) {
        Transition t = new Transition();
        t.applicationId = app.id;
        t.actor = caller.username();
        t.actorRole = caller.primaryRole();
        t.at = clock.instant();
        t.fromState = from;
        t.toState = to;
        t.comment = comment;
        t.persist();
    }

    private void announce(Application app, String type, Object payload) {
        outbox.publish(ApplicationTopics.EVENTS, type, app.id.toString(), "application/" + app.id, payload);
    }

    private ApplicationEvents.Summary summary(Application app) {
        return summary(app, campaigns.find(app.campaignId));
    }

    private ApplicationEvents.Summary summary(Application app, Campaign campaign) {
        Org applicant = orgs.find(app.applicantOrg);
        Org recommender = orgs.find(app.recommenderOrg);
        ApplicationForm.Contact contact = app.form.contact();
        return new ApplicationEvents.Summary(app.id, campaign.id, campaign.title, app.studioName(), app.leaderName,
                app.applicantOrg, applicant == null ? null : applicant.name,
                app.recommenderOrg, recommender == null ? null : recommender.name,
                contact == null ? null : contact.name(), contact == null ? null : contact.phone(),
                contact == null ? null : contact.email(), campaign.deadline.atZone(Campaign.ZONE).toOffsetDateTime(),
                innovationFields(app.form));
    }

    private static List<String> innovationFields(ApplicationForm form) {
        if (form == null || form.studio() == null || form.studio().innovationFields() == null) {
            return List.of();
        }
        return form.studio().innovationFields().stream().map(Enum::name).sorted().toList();
    }

    /** The applications the caller may see, newest first, optionally of one campaign and state. */
    public List<Application> list(UUID campaignId, ApplicationState state) {
        ApplicationAccess.Filter filter = access.visibleFilter();
        if (campaignId != null) {
            filter = filter.and("campaignId = :campaign", "campaign", campaignId);
        }
        if (state != null) {
            filter = filter.and("state = :state", "state", state);
        }
        return Application.list(filter.where() + " order by createdAt desc", filter.params());
    }
}
