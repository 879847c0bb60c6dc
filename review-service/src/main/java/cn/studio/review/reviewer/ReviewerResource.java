package cn.studio.review.reviewer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Set;

/** Reviewers' profiles: expertise declared by the reviewer, read by the organisers when they form a panel. */
@Path("/api/v1/reviews/reviewers")
@Tag(name = "reviewers", description = "评审专家")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewerResource {
    @Inject
    ReviewerService service;

    @Schema(description = "评审专家的专长声明 / a reviewer's declared expertise")
    public record Declaration(
            @Schema(description = "擅长的创新工作领域（分配时优先匹配）/ fields of expertise, preferred in assignment")
            @NotNull(message = "专长必填（可为空数组）") @Size(max = 5) Set<Expertise> expertise,
            @Schema(nullable = true, description = "显示名（默认取自令牌）/ display name, default from the token")
            @Size(max = 50, message = "显示名不超过50字") String displayName) {
    }

    @PUT
    @Path("/me")
    @RolesAllowed("reviewer")
    @Operation(summary = "声明本人专长 / declare my expertise",
            description = "单位（用于自动回避）取自令牌的 org，不由请求决定。")
    public ReviewerService.Profile declare(@Valid @NotNull(message = "请求体必填") Declaration body) {
        return service.declare(body.expertise(), body.displayName());
    }

    @GET
    @Path("/me")
    @RolesAllowed("reviewer")
    @Operation(summary = "本人档案 / my profile")
    public ReviewerService.Profile mine() {
        return service.mine();
    }

    @GET
    @RolesAllowed({"union-admin", "commission"})
    @Operation(summary = "全部评审专家 / every reviewer with a profile")
    public List<ReviewerService.Profile> all() {
        return service.all();
    }
}
