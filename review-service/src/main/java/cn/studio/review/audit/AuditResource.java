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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/** The audit trail of review actions, for the two organisers only. */
@Path("/api/v1/reviews/audit")
@Tag(name = "audit", description = "审计记录")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"union-admin", "commission"})
public class AuditResource {
    @Inject
    AuditLog log;

    public record Entry(long seq, Instant at, String actor, String role, String action, String subjectType,
                        String subjectId, String before, String after, boolean chained, String hash) {
        static Entry of(AuditEntry e) {
            return new Entry(e.seq, e.at, e.actor, e.role, e.action, e.subjectType, e.subjectId, e.beforeState,
                    e.afterState, e.chained, e.hash);
        }
    }

    @GET
    @Operation(summary = "审计记录（新的在前）/ the audit trail, newest first",
            description = "每个操作：谁（及角色）、何时、做了什么、之前与之后的状态（JSON）。可按对象筛选。")
    public List<Entry> list(@QueryParam("subjectType") String subjectType, @QueryParam("subjectId") String subjectId,
                            @QueryParam("limit") @DefaultValue("200") @Min(1) @Max(1000) int limit) {
        return log.list(subjectType, subjectId, limit).stream().map(Entry::of).toList();
    }

    @GET
    @Path("/chain/verify")
    @Operation(summary = "校验决定记录的哈希链 / verify the decision entries' hash chain",
            description = "逐条重算哈希；intact=false 时给出第一条断开的记录序号及原因。")
    public AuditChain.Verification verify() {
        return log.verifyChain();
    }
}
