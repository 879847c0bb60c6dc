package cn.studio.application.register;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.StringReader;
import java.util.List;

@Path("/api/v1/named-studios")
@Tag(name = "named-studios", description = "区级以上已命名工作室名录（申报资格核查用）")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"union-admin", "commission"})
public class NamedStudioResource {
    @Inject
    NamedStudioRegister register;

    @GET
    public List<NamedStudio> list() {
        return register.all();
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed("union-admin")
    @Operation(summary = "导入已命名工作室 CSV / import past named studios (header 领军人,所在单位,工作室名称,级别,命名年度)")
    public NamedStudioRegister.ImportResult importCsv(String csv) {
        return register.importCsv(new StringReader(csv));
    }
}
