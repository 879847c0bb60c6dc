package cn.studio.notification.preference;

import cn.studio.platform.web.Caller;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/notifications/preferences")
@Tag(name = "notifications", description = "通知")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class PreferenceResource {
    @Inject
    PreferenceService preferences;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "我的通知偏好 / which categories the caller gets by e-mail and SMS")
    @APIResponse(responseCode = "200", description = "每个类别 × 渠道（EMAIL、SMS）/ every category × channel",
            content = @Content(schema = @Schema(implementation = PreferenceService.Preference.class, type = SchemaType.ARRAY), examples = @ExampleObject(name = "preferences", ref = "preferences")))
    public List<PreferenceService.Preference> mine() {
        return preferences.of(caller.username());
    }

    @PUT
    @Operation(summary = "修改通知偏好 / change some of them (站内消息 always arrive)")
    @APIResponse(responseCode = "200", description = "修改后的全部偏好 / all preferences after the change",
            content = @Content(schema = @Schema(implementation = PreferenceService.Preference.class, type = SchemaType.ARRAY), examples = @ExampleObject(name = "preferences", ref = "preferences")))
    @APIResponse(responseCode = "400", description = "`PREFERENCE_INVALID` 类别缺失或渠道不是 EMAIL/SMS / a category is missing or a channel is not EMAIL or SMS")
    public List<PreferenceService.Preference> update(@NotNull(message = "请求体必填")
            @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = PreferenceService.Preference.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "preferenceChanges", ref = "preferenceChanges")))
            List<PreferenceService.Preference> changes) {
        if (changes.stream().anyMatch(p -> p.category() == null || p.channel() == null
                || !PreferenceService.CHOOSABLE.contains(p.channel()))) {
            throw cn.studio.platform.problem.ProblemException.badRequest("PREFERENCE_INVALID", "类别必填，渠道只能是 EMAIL 或 SMS");
        }
        return preferences.update(caller.username(), changes);
    }
}
