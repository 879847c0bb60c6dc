package cn.studio.review.decision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** A round's decision: 区总工会's proposal (the first key) and reading it. */
@Path("/api/v1/reviews/rounds/{roundId}/decision")
@Tag(name = "decisions", description = "认定决定（两把钥匙）")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoundDecisionResource {
    @Inject
    DecisionService service;

    @POST
    @RolesAllowed("union-admin")
    @Operation(summary = "提出拟命名名单 / propose the named list",
            description = "名称按领军人命名：「<领军人姓名>职工创新工作室」，区级。退回后可重新提出。422: CASE_NOT_IN_ROUND, "
                    + "DUPLICATE_ENTRY, SITE_VISIT_FAILED, LEADER_MISSING, MONEY_INVALID, OVER_QUOTA_REASON_REQUIRED；"
                    + "409: DECISION_PENDING, DECISION_FINAL, ROUND_CLOSED。")
    public DecisionView propose(@PathParam("roundId") java.util.UUID roundId, @Valid @NotNull(message = "请求体必填") DecisionResource.Proposal body) {
        return service.propose(roundId, new DecisionService.Proposal(body.entries().stream()
                .map(e -> new DecisionService.ProposedEntry(e.applicationId(), e.fundingWanYuan(), e.cityRecommended())).toList(),
                body.overQuotaReason()));
    }

    @GET
    @RolesAllowed({"union-admin", "commission"})
    @Operation(summary = "本轮的认定决定 / the round's decision")
    public DecisionView ofRound(@PathParam("roundId") UUID roundId) {
        return service.ofRound(roundId);
    }
}
