package cn.studio.lifecycle.delisting;

import cn.studio.lifecycle.studio.StudioView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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

import java.time.LocalDate;
import java.util.UUID;

/** Warning and delisting of a studio: 区总工会 warns, clears and proposes; 区科委 approves or returns (two keys). */
@Path("/api/v1/studios/{id}")
@Tag(name = "delisting", description = "警示与通报摘牌")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DelistingResource {
    static final String STATE = "`STUDIO_STATE_CONFLICT` 当前状态不允许此操作；`STALE_VERSION` 查看后工作室已变，请刷新";

    @Inject
    DelistingService service;

    @Schema(description = "警示 / a warning")
    public record Warning(@Schema(description = "查看时的版本", examples = "0") @NotNull(message = "version 必填") Integer version,
                          @Schema(description = "警示理由（≤ 2000 字）", examples = "2026年度未报送第二、三季度工作总结，全年无创新成果")
                          @NotBlank(message = "警示理由必填") @Size(max = 2000, message = "理由不超过2000字") String reason,
                          @Schema(description = "整改期限（北京时间日期，须晚于今天）", examples = "2027-03-31")
                          @NotNull(message = "整改期限必填") LocalDate deadline) {
    }

    @Schema(description = "带理由的状态变化 / a step with its reason")
    public record Step(@Schema(description = "查看时的版本", examples = "1") @NotNull(message = "version 必填") Integer version,
                       @Schema(description = "理由或说明（≤ 2000 字）", examples = "已补报季度总结并登记成果")
                       @NotBlank(message = "理由必填") @Size(max = 2000, message = "理由不超过2000字") String reason) {
    }

    @Schema(description = "审核通过 / approve the version read")
    public record Approval(@Schema(description = "查看时的版本", examples = "2") @NotNull(message = "version 必填") Integer version) {
    }

    @POST
    @Path("/warning")
    @RolesAllowed("union-admin")
    @Operation(summary = "警示 / warn the studio", description = "在册 → 已警示，限期整改；通知工作室所在单位。")
    @RequestBody(content = @Content(schema = @Schema(implementation = Warning.class),
            examples = @ExampleObject(name = "warn", ref = "warning")))
    @APIResponse(responseCode = "200", description = "已警示 / warned", content = @Content(
            schema = @Schema(implementation = StudioView.class), examples = @ExampleObject(name = "warned", ref = "studioWarned")))
    @APIResponse(responseCode = "409", description = STATE)
    @APIResponse(responseCode = "422", description = "`DEADLINE_NOT_IN_FUTURE` 整改期限须晚于今天")
    public StudioView warn(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体必填") Warning body) {
        return service.warn(id, body.version(), body.reason(), body.deadline());
    }

    @POST
    @Path("/warning/clear")
    @RolesAllowed("union-admin")
    @Operation(summary = "整改完成，解除警示 / clear the warning", description = "已警示 → 在册。")
    @RequestBody(content = @Content(schema = @Schema(implementation = Step.class),
            examples = @ExampleObject(name = "clear", ref = "warningCleared")))
    @APIResponse(responseCode = "200", description = "在册 / active again", content = @Content(
            schema = @Schema(implementation = StudioView.class), examples = @ExampleObject(name = "active", ref = "studio")))
    @APIResponse(responseCode = "409", description = STATE)
    public StudioView clear(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体必填") Step body) {
        return service.clear(id, body.version(), body.reason());
    }

    @POST
    @Path("/delisting")
    @RolesAllowed("union-admin")
    @Operation(summary = "提出摘牌（第一把钥匙）/ propose delisting", description = "已警示 → 拟摘牌；通知区科委。理由写入通报。")
    @RequestBody(content = @Content(schema = @Schema(implementation = Step.class),
            examples = @ExampleObject(name = "propose", ref = "delistingProposal")))
    @APIResponse(responseCode = "200", description = "拟摘牌 / proposed", content = @Content(
            schema = @Schema(implementation = StudioView.class), examples = @ExampleObject(name = "proposed", ref = "studioDelistingProposed")))
    @APIResponse(responseCode = "409", description = STATE)
    public StudioView propose(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体必填") Step body) {
        return service.propose(id, body.version(), body.reason());
    }

    @POST
    @Path("/delisting/approve")
    @RolesAllowed("commission")
    @Operation(summary = "区科委审核通过（第二把钥匙）/ approve the delisting",
            description = "拟摘牌 → 已摘牌，按模板生成公开通报；通知所在单位，申报登记随之更新。提出人不能审核。")
    @RequestBody(content = @Content(schema = @Schema(implementation = Approval.class),
            examples = @ExampleObject(name = "approve", ref = "delistingApproval")))
    @APIResponse(responseCode = "200", description = "已摘牌 / delisted", content = @Content(
            schema = @Schema(implementation = StudioView.class), examples = @ExampleObject(name = "delisted", ref = "studioDelisted")))
    @APIResponse(responseCode = "409", description = STATE + "；`SAME_PERSON` 提出人不能同时审核")
    public StudioView approve(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体必填") Approval body) {
        return service.approve(id, body.version());
    }

    @POST
    @Path("/delisting/return")
    @RolesAllowed("commission")
    @Operation(summary = "区科委退回摘牌提议 / return the proposal", description = "拟摘牌 → 已警示；通知区总工会。")
    @RequestBody(content = @Content(schema = @Schema(implementation = Step.class),
            examples = @ExampleObject(name = "return", ref = "delistingReturn")))
    @APIResponse(responseCode = "200", description = "已警示 / back to warned", content = @Content(
            schema = @Schema(implementation = StudioView.class), examples = @ExampleObject(name = "warned", ref = "studioWarned")))
    @APIResponse(responseCode = "409", description = STATE)
    public StudioView returnProposal(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体必填") Step body) {
        return service.returnProposal(id, body.version(), body.reason());
    }
}
