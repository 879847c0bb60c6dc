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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * A round's decision: 区总工会's proposal (the first key) and reading it. Shared errors (401, 403, 404 on the round, 400 on
 * a body, 500) come from platform/web; examples in resources/openapi/examples.yaml.
 */
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
            description = "名称按领军人命名：「<领军人姓名>职工创新工作室」，区级。超过活动名额须说明理由。退回后可重新提出"
                    + "（替换原名单）。通知区科委审批。")
    @RequestBody(content = @Content(schema = @Schema(implementation = DecisionResource.Proposal.class),
            examples = @ExampleObject(name = "within the quota", ref = "proposal")))
    @APIResponse(responseCode = "200", description = "待区科委审批的决定 / the proposed decision",
            content = @Content(schema = @Schema(implementation = DecisionView.class),
                    examples = @ExampleObject(name = "proposed", ref = "decisionProposed")))
    @APIResponse(responseCode = "409", description = "`DECISION_PENDING` 已提交区科委，待其审批或退回；`DECISION_FINAL` 决定已生效；"
            + "`ROUND_CLOSED` 评审轮次已结束", content = @Content(examples = {
                    @ExampleObject(name = "DECISION_PENDING", ref = "decisionPending"),
                    @ExampleObject(name = "ROUND_CLOSED", ref = "roundClosed")}))
    @APIResponse(responseCode = "422", description = "`VALIDATION_FAILED`，`errors[]` 逐项列出：`CASE_NOT_IN_ROUND` 案件不属于本轮的活动, "
            + "`DUPLICATE_ENTRY` 同一案件重复列入, `SITE_VISIT_FAILED` 实地考察不通过, `LEADER_MISSING` 没有领军人姓名无法命名, "
            + "`MONEY_INVALID` 经费支持须不小于0、最多两位小数（万元）, `OVER_QUOTA_REASON_REQUIRED` 超过名额须说明理由",
            content = @Content(examples = @ExampleObject(name = "VALIDATION_FAILED", ref = "proposalRulesBroken")))
    public DecisionView propose(@PathParam("roundId") java.util.UUID roundId, @Valid @NotNull(message = "请求体必填") DecisionResource.Proposal body) {
        return service.propose(roundId, new DecisionService.Proposal(body.entries().stream()
                .map(e -> new DecisionService.ProposedEntry(e.applicationId(), e.fundingWanYuan(), e.cityRecommended())).toList(),
                body.overQuotaReason()));
    }

    @GET
    @RolesAllowed({"union-admin", "commission"})
    @Operation(summary = "本轮的认定决定 / the round's decision")
    @APIResponse(responseCode = "200", description = "认定决定 / the decision",
            content = @Content(schema = @Schema(implementation = DecisionView.class), examples = {
                    @ExampleObject(name = "proposed", ref = "decisionProposed"),
                    @ExampleObject(name = "returned", ref = "decisionReturned"),
                    @ExampleObject(name = "approved", ref = "decisionApproved")}))
    @APIResponse(responseCode = "404", description = "`NOT_FOUND` 评审轮次不存在，或本轮尚未提出名单 / no such round, or nothing proposed yet",
            content = @Content(examples = @ExampleObject(name = "NOT_FOUND", ref = "decisionNotFound")))
    public DecisionView ofRound(@PathParam("roundId") UUID roundId) {
        return service.ofRound(roundId);
    }
}
