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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Set;

/**
 * Reviewers' profiles: expertise declared by the reviewer, read by the organisers when they form a panel. Shared errors
 * (401, 403, 400 on a body, 500) come from platform/web; examples in resources/openapi/examples.yaml.
 */
@Path("/api/v1/reviews/reviewers")
@Tag(name = "reviewers", description = "评审专家")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewerResource {
    @Inject
    ReviewerService service;

    @Schema(name = "ExpertiseDeclaration", description = "评审专家的专长声明 / a reviewer's declared expertise")
    public record Declaration(
            @Schema(description = "擅长的创新工作领域（分配时优先匹配，可为空数组）/ fields of expertise, preferred in assignment: "
                    + "TECHNOLOGY=技术创新, MANAGEMENT=管理创新, MARKETING_MODEL=营销模式创新, BRAND_STRATEGY=品牌战略创新, OTHER=其他")
            @NotNull(message = "专长必填（可为空数组）") @Size(max = 5) Set<Expertise> expertise,
            @Schema(nullable = true, description = "显示名（默认取自令牌）/ display name, default from the token")
            @Size(max = 50, message = "显示名不超过50字") String displayName) {
    }

    @PUT
    @Path("/me")
    @RolesAllowed("reviewer")
    @Operation(summary = "声明本人专长 / declare my expertise",
            description = "首次声明即登记为评审专家（之后才能进入专家组）；再次声明覆盖原专长。单位（用于自动回避）取自令牌的 org，"
                    + "不由请求决定。")
    @RequestBody(content = @Content(schema = @Schema(implementation = Declaration.class),
            examples = @ExampleObject(name = "declaration", ref = "expertiseDeclaration")))
    @APIResponse(responseCode = "200", description = "本人档案 / my profile",
            content = @Content(schema = @Schema(implementation = ReviewerService.Profile.class),
                    examples = @ExampleObject(name = "profile", ref = "reviewerProfile")))
    public ReviewerService.Profile declare(@Valid @NotNull(message = "请求体必填") Declaration body) {
        return service.declare(body.expertise(), body.displayName());
    }

    @GET
    @Path("/me")
    @RolesAllowed("reviewer")
    @Operation(summary = "本人档案 / my profile")
    @APIResponse(responseCode = "200", description = "本人档案 / my profile",
            content = @Content(schema = @Schema(implementation = ReviewerService.Profile.class),
                    examples = @ExampleObject(name = "profile", ref = "reviewerProfile")))
    @APIResponse(responseCode = "404", description = "`NOT_FOUND` 尚未声明专长，没有档案 / no profile yet",
            content = @Content(examples = @ExampleObject(name = "NOT_FOUND", ref = "reviewerProfileMissing")))
    public ReviewerService.Profile mine() {
        return service.mine();
    }

    @GET
    @RolesAllowed({"union-admin", "commission"})
    @Operation(summary = "全部评审专家 / every reviewer with a profile", description = "按用户名排序，组建专家组时用。")
    @APIResponse(responseCode = "200", description = "评审专家档案 / the profiles",
            content = @Content(schema = @Schema(implementation = ReviewerService.Profile.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "reviewers", ref = "reviewerProfiles")))
    public List<ReviewerService.Profile> all() {
        return service.all();
    }
}
