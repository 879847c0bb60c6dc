package cn.studio.application.org;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/orgs")
@Tag(name = "orgs", description = "单位")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class OrgResource {
    @Schema(description = "单位树中的一个单位 / one organisation of the tree")
    public record OrgView(@Schema(description = "单位 id（令牌的 org 声明）/ the id, as in the token's org claim", examples = "sys-industry") String id,
                          @Schema(description = "名称 / name", examples = "区工业系统工会") String name,
                          @Schema(description = "DISTRICT=区总工会, RECOMMENDER=推荐单位（系统/街道工会）, UNIT=基层单位") Org.Kind kind,
                          @Schema(nullable = true, description = "上级单位 id；区总工会为 null / the parent, null at the top", examples = "district-union") String parentId) {
    }

    @GET
    @Operation(summary = "单位树 / the organisation tree (推荐单位 and their units)")
    @APIResponse(responseCode = "200", description = "全部单位，按 id 排序 / every organisation, by id",
            content = @Content(schema = @Schema(implementation = OrgView.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "tree", ref = "orgTree")))
    public List<OrgView> list() {
        return Org.<Org>listAll(io.quarkus.panache.common.Sort.by("id")).stream()
                .map(o -> new OrgView(o.id, o.name, o.kind, o.parentId)).toList();
    }
}
