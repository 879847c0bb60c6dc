package cn.studio.application.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Applications (申报). Errors every operation shares (401, 403, 404 on an id, 400 on a body, 500) are documented by
 * platform/web; the annotations here add the answers of this service's own rules and the examples
 * (resources/openapi/examples.yaml). Row rules: what the caller may not see is 404, as if it did not exist.
 */
@Path("/api/v1/applications")
@Tag(name = "applications", description = "申报")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"applicant", "recommender", "union-admin", "commission", "service"})
public class ApplicationResource {
    /** The codes of the submission rules, all reported at once in {@code errors[]} of a 422. */
    static final String SUBMISSION_RULES = "`VALIDATION_FAILED`，`errors[]` 逐项列出每条不符合的规则（field, code, message）"
            + " / every broken rule at once: `CAMPAIGN_NOT_OPEN` 活动已截止（北京时间）, `REQUIRED` 必填项, "
            + "`RECOMMENDER_UNKNOWN`, `RECOMMENDER_NOT_RESPONSIBLE` 推荐单位不是本单位的上级, `HEADCOUNT_INVALID`, "
            + "`HEADCOUNT_OVER_LIMIT` 超过150人, `HEADCOUNT_MISMATCH` 与参与人名单不符, `FUNDING_SUM_MISMATCH` 经费合计不符, "
            + "`MONEY_INVALID` 负数或超过两位小数（万元）, `OTHER_TEXT_REQUIRED` 选“其他”须注明, `AREA_INVALID`, "
            + "`FOUNDED_IN_FUTURE`, `BIRTH_MONTH_INVALID`, `MOBILE_INVALID`, `EMAIL_INVALID`, `EQUIPMENT_MISSING`, "
            + "`EQUIPMENT_LIST_MISSING`, `INNOVATION_FIELD_REQUIRED`, `RESULT_FIELD_REQUIRED`, `PHOTO_COUNT` 照片3–5张, "
            + "`RECOMMENDATION_MATERIAL_MISSING` 缺推荐材料, `ALREADY_NAMED_DECLARED` 曾被命名（申报表自述）, "
            + "`ALREADY_NAMED_REGISTER` 领军人及单位已在已命名名录中";
    static final String NOT_EDITABLE = "`APPLICATION_NOT_EDITABLE` 申报已提交，只有草稿或已退回的可修改 / only a draft or a "
            + "returned application can change";
    static final String ILLEGAL_TRANSITION = "`APPLICATION_ILLEGAL_TRANSITION` 申报不在此操作所需的状态 / not in the state "
            + "this step needs";

    @Inject
    ApplicationService service;

    @Schema(description = "新申报：活动和（可选的）申报表 / a new application: the campaign and, optionally, the form")
    public record NewApplication(
            @Schema(description = "申报的活动（须为申报中）/ the campaign, which must be open") @NotNull(message = "活动必填") UUID campaignId,
            @Schema(nullable = true, description = "申报表，可不完整，以后用 PUT …/form 修改 / the form, may be incomplete") @Valid ApplicationForm form) {
    }

    @Schema(description = "推荐单位意见 / the recommending unit's opinion")
    public record Opinion(@Schema(description = "推荐意见 (≤ 2000 字)", examples = "同意推荐")
                          @NotBlank(message = "意见必填") @Size(max = 2000, message = "意见不超过2000字") String opinion) {
    }

    @Schema(description = "退回理由 / why the application goes back")
    public record Reason(@Schema(description = "退回理由 (≤ 2000 字)", examples = "参与人名单与工作室人数不符，请补充后重新提交")
                         @NotBlank(message = "退回理由必填") @Size(max = 2000, message = "理由不超过2000字") String reason) {
    }

    @Schema(description = "形式审查结论 / the screening decision")
    public record Screening(@Schema(description = "是否通过 / accepted") @NotNull(message = "审查结论必填") Boolean accepted,
                            @Schema(nullable = true, description = "理由；不通过时必填（REASON_REQUIRED）/ the reason, required when rejected")
                            @Size(max = 2000, message = "理由不超过2000字") String reason) {
    }

    @GET
    @Operation(summary = "列出可见的申报 / the applications the caller may see",
            description = "申报单位看本单位的；推荐单位看经其推荐的（不含草稿）；区总工会、科委看全部。新建的在前。")
    @APIResponse(responseCode = "200", description = "申报列表（不含申报表）/ the list, without forms",
            content = @Content(schema = @Schema(implementation = ApplicationView.Row.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "submitted", ref = "applicationRows")))
    public List<ApplicationView.Row> list(
            @Parameter(description = "只看此活动 / only this campaign") @QueryParam("campaignId") UUID campaignId,
            @Parameter(description = "只看此状态 / only this state") @QueryParam("state") ApplicationState state) {
        return service.list(campaignId, state).stream().map(ApplicationView.Row::of).toList();
    }

    @POST
    @RolesAllowed("applicant")
    @Operation(summary = "创建申报草稿 / start a draft for the caller's unit (one per unit per campaign)")
    @RequestBody(content = @Content(schema = @Schema(implementation = NewApplication.class), examples = {
            @ExampleObject(name = "complete", ref = "newApplication"),
            @ExampleObject(name = "empty", ref = "newEmptyApplication")}))
    @APIResponse(responseCode = "201", description = "草稿已创建 / the draft",
            headers = @Header(name = "Location", description = "新申报的地址 / the new application",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ApplicationView.class),
                    examples = @ExampleObject(name = "draft", ref = "applicationDraft")))
    @APIResponse(responseCode = "404", description = "`NOT_FOUND` 活动不存在 / no such campaign")
    @APIResponse(responseCode = "409", description = "`CAMPAIGN_NOT_OPEN` 活动不在申报期内；`APPLICANT_ORG_UNKNOWN` 账号未关联"
            + "已登记的单位；`DUPLICATE_APPLICATION` 本单位已在该活动中申报",
            content = @Content(examples = @ExampleObject(name = "DUPLICATE_APPLICATION", ref = "duplicateApplication")))
    public Response create(@Valid @NotNull(message = "请求体必填") NewApplication request) {
        Application app = service.create(request.campaignId(), request.form());
        return Response.created(URI.create("/api/v1/applications/" + app.id)).entity(ApplicationView.of(app)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "一份申报（含申报表和意见）/ one application with its form and opinions")
    @APIResponse(responseCode = "200", description = "申报 / the application",
            content = @Content(schema = @Schema(implementation = ApplicationView.class), examples = {
                    @ExampleObject(name = "submitted", ref = "applicationSubmitted"),
                    @ExampleObject(name = "endorsed", ref = "applicationEndorsed")}))
    public ApplicationView get(@PathParam("id") UUID id) {
        return ApplicationView.of(service.get(id));
    }

    @PUT
    @Path("{id}/form")
    @RolesAllowed("applicant")
    @Operation(summary = "保存申报表（草稿可不完整）/ save the form; a draft may be incomplete")
    @RequestBody(content = @Content(schema = @Schema(implementation = ApplicationForm.class),
            examples = @ExampleObject(name = "complete", ref = "completeForm")))
    @APIResponse(responseCode = "200", description = "保存后的申报 / the application as saved",
            content = @Content(schema = @Schema(implementation = ApplicationView.class),
                    examples = @ExampleObject(name = "draft", ref = "applicationDraft")))
    @APIResponse(responseCode = "409", description = NOT_EDITABLE,
            content = @Content(examples = @ExampleObject(name = "APPLICATION_NOT_EDITABLE", ref = "applicationNotEditable")))
    public ApplicationView saveForm(@PathParam("id") UUID id, @Valid @NotNull(message = "申报表必填") ApplicationForm form) {
        return ApplicationView.of(service.saveForm(id, form));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed("applicant")
    @Operation(summary = "提交至推荐单位 / submit to the recommending unit; 422 lists every broken rule")
    @APIResponse(responseCode = "200", description = "已提交 / submitted",
            content = @Content(schema = @Schema(implementation = ApplicationView.class),
                    examples = @ExampleObject(name = "submitted", ref = "applicationSubmitted")))
    @APIResponse(responseCode = "409", description = NOT_EDITABLE,
            content = @Content(examples = @ExampleObject(name = "APPLICATION_NOT_EDITABLE", ref = "applicationNotEditable")))
    @APIResponse(responseCode = "422", description = SUBMISSION_RULES,
            content = @Content(examples = @ExampleObject(name = "VALIDATION_FAILED", ref = "submissionRulesBroken")))
    public ApplicationView submit(@PathParam("id") UUID id) {
        return ApplicationView.of(service.submit(id));
    }

    @POST
    @Path("{id}/endorse")
    @RolesAllowed("recommender")
    @Operation(summary = "推荐（附推荐单位意见）/ endorse with the recommending unit's opinion")
    @RequestBody(content = @Content(schema = @Schema(implementation = Opinion.class),
            examples = @ExampleObject(name = "opinion", ref = "opinion")))
    @APIResponse(responseCode = "200", description = "已推荐 / endorsed",
            content = @Content(schema = @Schema(implementation = ApplicationView.class),
                    examples = @ExampleObject(name = "endorsed", ref = "applicationEndorsed")))
    @APIResponse(responseCode = "409", description = ILLEGAL_TRANSITION,
            content = @Content(examples = @ExampleObject(name = "APPLICATION_ILLEGAL_TRANSITION", ref = "applicationIllegalTransition")))
    public ApplicationView endorse(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体必填") Opinion opinion) {
        return ApplicationView.of(service.endorse(id, opinion.opinion().strip()));
    }

    @POST
    @Path("{id}/return")
    @RolesAllowed("recommender")
    @Operation(summary = "退回修改 / return for revision with reasons")
    @RequestBody(content = @Content(schema = @Schema(implementation = Reason.class),
            examples = @ExampleObject(name = "reason", ref = "reason")))
    @APIResponse(responseCode = "200", description = "已退回 / returned",
            content = @Content(schema = @Schema(implementation = ApplicationView.class),
                    examples = @ExampleObject(name = "returned", ref = "applicationReturned")))
    @APIResponse(responseCode = "409", description = ILLEGAL_TRANSITION,
            content = @Content(examples = @ExampleObject(name = "APPLICATION_ILLEGAL_TRANSITION", ref = "applicationIllegalTransition")))
    public ApplicationView returnForRevision(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体必填") Reason reason) {
        return ApplicationView.of(service.returnForRevision(id, reason.reason().strip()));
    }

    @POST
    @Path("{id}/screen")
    @RolesAllowed("union-admin")
    @Operation(summary = "形式审查 / screening: accepted, or rejected with reasons")
    @RequestBody(content = @Content(schema = @Schema(implementation = Screening.class), examples = {
            @ExampleObject(name = "accepted", ref = "screeningAccepted"),
            @ExampleObject(name = "rejected", ref = "screeningRejected")}))
    @APIResponse(responseCode = "200", description = "审查后的申报 / the screened application",
            content = @Content(schema = @Schema(implementation = ApplicationView.class),
                    examples = @ExampleObject(name = "accepted", ref = "applicationAccepted")))
    @APIResponse(responseCode = "409", description = ILLEGAL_TRANSITION,
            content = @Content(examples = @ExampleObject(name = "APPLICATION_ILLEGAL_TRANSITION", ref = "applicationIllegalTransition")))
    @APIResponse(responseCode = "422", description = "`VALIDATION_FAILED` with `REASON_REQUIRED` 不通过须说明理由",
            content = @Content(examples = @ExampleObject(name = "REASON_REQUIRED", ref = "reasonRequired")))
    public ApplicationView screen(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体必填") Screening screening) {
        return ApplicationView.of(service.screen(id, screening.accepted(), screening.reason()));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "流转记录 / every transition: who, role, when, from, to, comment")
    @APIResponse(responseCode = "200", description = "流转记录，按时间先后 / the transitions, oldest first",
            content = @Content(schema = @Schema(implementation = ApplicationView.HistoryEntry.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "history", ref = "history")))
    public List<ApplicationView.HistoryEntry> history(@PathParam("id") UUID id) {
        return service.history(id).stream().map(ApplicationView.HistoryEntry::of).toList();
    }
}
