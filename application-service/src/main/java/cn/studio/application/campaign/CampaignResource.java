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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1")
@Tag(name = "campaigns", description = "年度创建活动")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignResource {
    @Inject
    CampaignService service;

    public record Transition(@NotNull(message = "目标状态必填") CampaignState to) {
    }

    @GET
    @Path("public/campaigns")
    @PermitAll
    @Operation(summary = "正在申报的活动（公开）/ campaigns open for applications (public)")
    public List<CampaignView> open() {
        return service.list(true).stream().map(CampaignView::of).toList();
    }

    @GET
    @Path("campaigns")
    @Authenticated
    @Operation(summary = "全部活动 / all campaigns (union-admin and commission); others see open ones")
    public List<CampaignView> list(@jakarta.ws.rs.core.Context io.quarkus.security.identity.SecurityIdentity identity) {
        boolean all = identity.hasRole("union-admin") || identity.hasRole("commission");
        return service.list(!all).stream().map(CampaignView::of).toList();
    }

    @GET
    @Path("campaigns/{id}")
    @Authenticated
    public CampaignView get(@PathParam("id") UUID id) {
        return CampaignView.of(service.find(id));
    }

    @POST
    @Path("campaigns")
    @RolesAllowed("union-admin")
    @Operation(summary = "创建活动（草稿）/ create a campaign as a draft")
    public Response create(@Valid @NotNull(message = "请求体必填") CampaignRequest request) {
        Campaign c = service.create(request);
        return Response.created(URI.create("/api/v1/campaigns/" + c.id)).entity(CampaignView.of(c)).build();
    }

    @PUT
    @Path("campaigns/{id}")
    @RolesAllowed("union-admin")
    public CampaignView update(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体必填") CampaignRequest request) {
        return CampaignView.of(service.update(id, request));
    }

    @POST
    @Path("campaigns/{id}/transitions")
    @RolesAllowed("union-admin")
    @Operation(summary = "变更活动状态 / move the campaign to its next state (409 if illegal)")
    public CampaignView transition(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体必填") Transition transition) {
        return CampaignView.of(service.moveTo(id, transition.to()));
    }
}
