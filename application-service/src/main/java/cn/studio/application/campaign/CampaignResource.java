package cn.studio.application.campaign;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Campaigns. Errors every operation shares (401, 403, 404 on an id, 400 on a body, 500) are documented by platform/web;
 * the annotations here add the answers of this service's own rules and the examples (resources/openapi/examples.yaml).
 */
@Path("/api/v1")
@Tag(name = "campaigns", description = "年度创建活动")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignResource {
    @Inject
    CampaignService service;

    @Schema(name = "CampaignTransition", description = "目标状态 / the state to move to")
    public record Transition(@Schema(description = CampaignView.STATES) @NotNull(message = "目标状态必填") CampaignState to) {
    }

    @GET
    @Path("public/campaigns")
    @PermitAll
    @Operation(summary = "正在申报的活动（公开）/ campaigns open for applications (public)")
    @APIResponse(responseCode = "200", description = "申报中且未过截止时间的活动，按截止时间排序 / open campaigns, by deadline",
            content = @Content(schema = @Schema(implementation = CampaignView.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "open", ref = "campaignList")))
    @APIResponse(responseCode = "406", description = "`NOT_ACCEPTABLE` 只提供 application/json / only JSON is served")
    public List<CampaignView> open() {
        return service.list(true).stream().map(CampaignView::of).toList();
    }

    @GET
    @Path("campaigns")
    @Authenticated
    @Operation(summary = "全部活动 / all campaigns (union-admin and commission); others see open ones")
    @APIResponse(responseCode = "200", description = "活动列表，新年度在前 / campaigns, newest year first",
            content = @Content(schema = @Schema(implementation = CampaignView.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "campaigns", ref = "campaignList")))
    public List<CampaignView> list(@jakarta.ws.rs.core.Context io.quarkus.security.identity.SecurityIdentity identity) {
        boolean all = identity.hasRole("union-admin") || identity.hasRole("commission");
        return service.list(!all).stream().map(CampaignView::of).toList();
    }

    @GET
    @Path("campaigns/{id}")
    @Authenticated
    @Operation(summary = "一个活动 / one campaign")
    @APIResponse(responseCode = "200", description = "活动 / the campaign",
            content = @Content(schema = @Schema(implementation = CampaignView.class),
                    examples = @ExampleObject(name = "open", ref = "campaignOpen")))
    public CampaignView get(@PathParam("id") UUID id) {
        return CampaignView.of(service.find(id));
    }

    @POST
    @Path("campaigns")
    @RolesAllowed("union-admin")
    @Operation(summary = "创建活动（草稿）/ create a campaign as a draft")
    @RequestBody(content = @Content(schema = @Schema(implementation = CampaignRequest.class),
            examples = @ExampleObject(name = "campaign", ref = "campaignRequest")))
    @APIResponse(responseCode = "201", description = "已创建（草稿）/ created as a draft",
            headers = @Header(name = "Location", description = "新活动的地址 / the new campaign", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CampaignView.class),
                    examples = @ExampleObject(name = "draft", ref = "campaignDraft")))
    public Response create(@Valid @NotNull(message = "请求体必填") CampaignRequest request) {
        Campaign c = service.create(request);
        return Response.created(URI.create("/api/v1/campaigns/" + c.id)).entity(CampaignView.of(c)).build();
    }

    @PUT
    @Path("campaigns/{id}")
    @RolesAllowed("union-admin")
    @Operation(summary = "修改活动（草稿或申报中）/ edit a campaign while DRAFT or OPEN")
    @RequestBody(content = @Content(schema = @Schema(implementation = CampaignRequest.class),
            examples = @ExampleObject(name = "campaign", ref = "campaignRequest")))
    @APIResponse(responseCode = "200", description = "修改后的活动 / the campaign as saved",
            content = @Content(schema = @Schema(implementation = CampaignView.class),
                    examples = @ExampleObject(name = "open", ref = "campaignOpen")))
    @APIResponse(responseCode = "409", description = "`CAMPAIGN_NOT_EDITABLE` 活动已截止或更后，不能修改 / past OPEN",
            content = @Content(examples = @ExampleObject(name = "CAMPAIGN_NOT_EDITABLE", ref = "campaignNotEditable")))
    public CampaignView update(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体必填") CampaignRequest request) {
        return CampaignView.of(service.update(id, request));
    }

    @POST
    @Path("campaigns/{id}/transitions")
    @RolesAllowed("union-admin")
    @Operation(summary = "变更活动状态 / move the campaign to its next state",
            description = "DRAFT→OPEN→CLOSED→UNDER_REVIEW→DECIDED→ARCHIVED；CLOSED→OPEN 重新开放。开放时截止时间须在将来。")
    @RequestBody(content = @Content(schema = @Schema(implementation = Transition.class),
            examples = @ExampleObject(name = "open", ref = "campaignTransition")))
    @APIResponse(responseCode = "200", description = "变更后的活动 / the campaign in its new state",
            content = @Content(schema = @Schema(implementation = CampaignView.class),
                    examples = @ExampleObject(name = "open", ref = "campaignOpen")))
    @APIResponse(responseCode = "409", description = "`CAMPAIGN_ILLEGAL_TRANSITION` 不能从当前状态变为目标状态；"
            + "`CAMPAIGN_DEADLINE_PASSED` 截止时间已过，不能开放申报",
            content = @Content(examples = @ExampleObject(name = "CAMPAIGN_ILLEGAL_TRANSITION", ref = "campaignIllegalTransition")))
    public CampaignView transition(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体必填") Transition transition) {
        return CampaignView.of(service.moveTo(id, transition.to()));
    }
}
