package cn.studio.review.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/**
 * The audit trail of review actions, for the two organisers only. Shared errors (401, 403, 500) come from platform/web;
 * examples in resources/openapi/examples.yaml.
 */
@Path("/api/v1/reviews/audit")
@Tag(name = "audit", description = "审计记录")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"union-admin", "commission"})
public class AuditResource {
    @Inject
    AuditLog log;

    @Schema(name = "AuditEntry", description = "一条审计记录 / one audited action")
    public record Entry(@Schema(description = "序号（递增）/ sequence number") long seq,
                        @Schema(description = "时间 (UTC，微秒)") Instant at,
                        @Schema(description = "操作人用户名", examples = "commission1") String actor,
                        @Schema(description = "操作人角色", examples = "commission") String role,
                        @Schema(description = "操作，如 round.opened, assignment.manual, scorecard.submitted, conflict.declared, "
                                + "sitevisit.recorded, decision.proposed, decision.approved", examples = "decision.approved") String action,
                        @Schema(description = "对象类型：round, case, reviewer, decision", examples = "decision") String subjectType,
                        @Schema(description = "对象 id（轮次、案件、决定的 id，或专家用户名）") String subjectId,
                        @Schema(nullable = true, description = "之前的状态（JSON 文本），新建时为 null") String before,
                        @Schema(nullable = true, description = "之后的状态（JSON 文本），删除时为 null") String after,
                        @Schema(description = "是否为决定哈希链中的记录") boolean chained,
                        @Schema(nullable = true, description = "哈希（SHA-256，十六进制），仅 chained 记录有") String hash) {
        static Entry of(AuditEntry e) {
            return new Entry(e.seq, e.at, e.actor, e.role, e.action, e.subjectType, e.subjectId, e.beforeState,
                    e.afterState, e.chained, e.hash);
        }
    }

    @GET
    @Operation(summary = "审计记录（新的在前）/ the audit trail, newest first",
            description = "每个操作：谁（及角色）、何时、做了什么、之前与之后的状态（JSON）。可按对象筛选。")
    @APIResponse(responseCode = "200", description = "审计记录 / the entries, newest first",
            content = @Content(schema = @Schema(implementation = Entry.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "an approval", ref = "auditTrail")))
    @APIResponse(responseCode = "400", description = "`VALIDATION_FAILED` limit 须在1到1000之间 / limit out of 1–1000")
    public List<Entry> list(@Parameter(description = "对象类型：round, case, reviewer, decision") @QueryParam("subjectType") String subjectType,
                            @Parameter(description = "对象 id") @QueryParam("subjectId") String subjectId,
                            @Parameter(description = "最多条数（1–1000，默认200）")
                            @QueryParam("limit") @DefaultValue("200") @Min(1) @Max(1000) int limit) {
        return log.list(subjectType, subjectId, limit).stream().map(Entry::of).toList();
    }

    @GET
    @Path("/chain/verify")
    @Operation(summary = "校验决定记录的哈希链 / verify the decision entries' hash chain",
            description = "逐条重算哈希；intact=false 时给出第一条断开的记录序号及原因。")
    @APIResponse(responseCode = "200", description = "校验结果 / the verdict", content = @Content(
            schema = @Schema(implementation = AuditChain.Verification.class), examples = {
                    @ExampleObject(name = "intact", ref = "chainIntact"),
                    @ExampleObject(name = "broken", ref = "chainBroken")}))
    public AuditChain.Verification verify() {
        return log.verifyChain();
    }
}
