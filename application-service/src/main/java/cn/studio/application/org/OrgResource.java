package cn.studio.application.org;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/orgs")
@Tag(name = "orgs", description = "单位")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class OrgResource {
    public record OrgView(String id, String name, Org.Kind kind, String parentId) {
    }

    @GET
    @Operation(summary = "单位树 / the organisation tree (推荐单位 and their units)")
    public List<OrgView> list() {
        return Org.<Org>listAll(io.quarkus.panache.common.Sort.by("id")).stream()
                .map(o -> new OrgView(o.id, o.name, o.kind, o.parentId)).toList();
    }
}
