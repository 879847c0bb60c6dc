package cn.studio.notification.delivery;

import cn.studio.notification.notification.Channel;
import cn.studio.notification.notification.DeliveryRecord;
import cn.studio.notification.notification.Notification;
import cn.studio.notification.notification.NotificationStore;
import cn.studio.platform.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;

/** Every notice and every attempt to deliver it, searchable by union-admin. */
@Path("/api/v1/notifications/deliveries")
@Tag(name = "notifications", description = "通知")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("union-admin")
public class DeliveryLogResource {
    @Inject
    NotificationStore store;

    @GET
    @Operation(summary = "投递记录 / deliveries by event, recipient, channel, status")
    @APIResponse(responseCode = "200", description = "最多 limit 条（1–1000），最新在前 / at most limit notices, newest first",
            content = @Content(schema = @Schema(implementation = DeliveryRecord.class, type = SchemaType.ARRAY), examples = @ExampleObject(name = "deliveries", ref = "deliveries")))
    @APIResponse(responseCode = "400", description = "`INVALID_CHANNEL` / `INVALID_STATUS` channel 或 status 不是已知的值 / not a known value")
    public List<DeliveryRecord> search(@QueryParam("eventId") String eventId, @QueryParam("recipient") String recipient,
                                       @QueryParam("channel") String channel, @QueryParam("status") String status,
                                       @QueryParam("limit") @DefaultValue("100") int limit) {
        return store.deliveries(new DeliveryRecord.Filter(eventId, recipient, parse(Channel.class, "channel", channel),
                parse(Notification.Status.class, "status", status), Math.max(1, Math.min(limit, 1000))));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("INVALID_" + name.toUpperCase(), name + " 只能是 "
                    + String.join("、", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }
}
