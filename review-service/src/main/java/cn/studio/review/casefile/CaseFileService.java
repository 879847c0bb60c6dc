package cn.studio.review.casefile;

import cn.studio.platform.problem.ProblemException;
import cn.studio.platform.web.Caller;
import cn.studio.review.assignment.Assignment;
import cn.studio.review.assignment.CaseAccess;
import cn.studio.review.conflict.ConflictService;
import cn.studio.review.reviewcase.ReviewCase;
import cn.studio.review.round.ReviewRound;
import cn.studio.review.round.RoundState;
import cn.studio.review.scorecard.Scorecard;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The case file a reviewer works from: the case, and the whole form and media read from application-service after
 * review-service has checked that the caller may see the case.
 */
@ApplicationScoped
public class CaseFileService {
    private static final Logger LOG = Logger.getLogger(CaseFileService.class);

    @Inject
    Caller caller;
    @Inject
    CaseAccess access;
    @Inject
    ConflictService conflicts;
    @Inject
    @RestClient
    ApplicationClient applications;

    /** A line of "my cases": the case, the round, its deadline and my scorecard's state. */
    public record MyCase(UUID roundId, String roundName, UUID applicationId, String studioName, String leaderName,
                         String applicantOrgName, List<String> innovationFields, Instant scoringDeadline,
                         String scorecardState) {
    }

    public List<MyCase> mine() {
        List<MyCase> cases = new ArrayList<>();
        for (Assignment a : Assignment.<Assignment>list("reviewer = ?1 order by assignedAt", caller.username())) {
            ReviewRound round = ReviewRound.findById(a.roundId);
            if (round.state != RoundState.OPEN || conflicts.conflicted(a.applicationId, a.reviewer)) {
                continue;
            }
            ReviewCase c = ReviewCase.findById(a.applicationId);
            Scorecard card = Scorecard.of(a.roundId, a.applicationId, a.reviewer);
            cases.add(new MyCase(round.id, round.name, c.applicationId, c.studioName, c.leaderName, c.applicantOrgName,
                    c.innovationFields, round.scoringDeadline, card == null ? "NOT_STARTED" : card.state.name()));
        }
        return cases;
    }

    public ReviewCase summary(UUID applicationId) {
        return access.visible(applicationId);
    }

    public JsonNode form(UUID applicationId) {
        access.visible(applicationId);
        return call(() -> applications.application(applicationId));
    }

    public JsonNode attachments(UUID applicationId) {
        access.visible(applicationId);
        return call(() -> applications.attachments(applicationId));
    }

    public JsonNode download(UUID applicationId, UUID attachmentId) {
        access.visible(applicationId);
        return call(() -> applications.download(applicationId, attachmentId));
    }

    public byte[] printable(UUID applicationId) {
        access.visible(applicationId);
        return call(() -> applications.printable(applicationId));
    }

    private static <T> T call(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw ProblemException.notFound("申报材料");
            }
            LOG.warnf("application-service answered %d", e.getResponse().getStatus());
            throw unavailable();
        } catch (ProcessingException e) {
            LOG.warnf("application-service unreachable: %s", e.getMessage());
            throw unavailable();
        }
    }

    private static ProblemException unavailable() {
        return new ProblemException(503, "APPLICATION_SERVICE_UNAVAILABLE", "申报服务暂不可用",
                "暂时无法读取申报材料，请稍后重试", List.of());
    }
}
