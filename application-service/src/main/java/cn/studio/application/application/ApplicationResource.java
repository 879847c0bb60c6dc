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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/applications")
@Tag(name = "applications", description = "申报")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"applicant", "recommender", "union-admin", "commission"})
public class ApplicationResource {
    @Inject
    ApplicationService service;

    public record NewApplication(@NotNull(message = "活动必填") UUID campaignId, @Valid ApplicationForm form) {
    }

    public record Opinion(@NotBlank(message = "意见必填") @Size(max = 2000, message = "意见不超过2000字") String opinion) {
    }

    public record Reason(@NotBlank(message = "退回理由必填") @Size(max = 2000, message = "理由不超过2000字") String reason) {
    }

    public record Screening(@NotNull(message = "审查结论必填") Boolean accepted,
                            @Size(max = 2000, message = "理由不超过2000字") String reason) {
    }

    @GET
    @Operation(summary = "列出可见的申报 / the applications the caller may see")
    public List<ApplicationView.Row> list(@QueryParam("campaignId") UUID campaignId, @QueryParam("state") ApplicationState state) {
        return service.list(campaignId, state).stream().map(ApplicationView.Row::of).toList();
    }

    @POST
    @RolesAllowed("applicant")
    @Operation(summary = "创建申报草稿 / start a draft for the caller's unit (one per unit per campaign)")
    public Response create(@Valid @NotNull(message = "请求体必填") NewApplication request) {
        Application app = service.create(request.campaignId(), request.form());
        return Response.created(URI.create("/api/v1/applications/" + app.id)).entity(ApplicationView.of(app)).build();
    }

    @GET
    @Path("{id}")
    public ApplicationView get(@PathParam("id") UUID id) {
        return ApplicationView.of(service.get(id));
    }

    @PUT
    @Path("{id}/form")
    @RolesAllowed("applicant")
    @Operation(summary = "保存申报表（草稿可不完整）/ save the form; a draft may be incomplete")
    public ApplicationView saveForm(@PathParam("id") UUID id, @Valid @NotNull(message = "申报表必填") ApplicationForm form) {
        return ApplicationView.of(service.saveForm(id, form));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed("applicant")
    @Operation(summary = "提交至推荐单位 / submit to the recommending unit; 422 lists every broken rule")
    public ApplicationView submit(@PathParam("id") UUID id) {
        return ApplicationView.of(service.submit(id));
    }

    @POST
    @Path("{id}/endorse")
    @RolesAllowed("recommender")
    @Operation(summary = "推荐（附推荐单位意见）/ endorse with the recommending unit's opinion")
    public ApplicationView endorse(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体必填") Opinion opinion) {
        return ApplicationView.of(service.endorse(id, opinion.opinion().strip()));
    }

    @POST
    @Path("{id}/return")
    @RolesAllowed("recommender")
    @Operation(summary = "退回修改 / return for revision with reasons")
    public ApplicationView returnForRevision(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体必填") Reason reason) {
        return ApplicationView.of(service.returnForRevision(id, reason.reason().strip()));
    }

    @POST
    @Path("{id}/screen")
    @RolesAllowed("union-admin")
    @Operation(summary = "形式审查 / screening: accepted, or rejected with reasons")
    public ApplicationView screen(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体必填") Screening screening) {
        return ApplicationView.of(service.screen(id, screening.accepted(), screening.reason()));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "流转记录 / every transition: who, role, when, from, to, comment")
    public List<ApplicationView.HistoryEntry> history(@PathParam("id") UUID id) {
        return service.history(id).stream().map(ApplicationView.HistoryEntry::of).toList();
    }
}
