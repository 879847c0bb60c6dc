package cn.studio.notification.inbox;

import cn.studio.notification.notification.InboxItem;
import cn.studio.notification.notification.NotificationStore;
import cn.studio.platform.problem.ProblemException;
import cn.studio.platform.web.Caller;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Each user's own notices in the system (站内消息), whatever the other channels did. */
@Path("/api/v1/notifications/inbox")
@Tag(name = "notifications", description = "通知")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class InboxResource {
    @Inject
    NotificationStore store;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public record Count(long unread) {
    }

    @GET
    @Operation(summary = "我的消息 / the caller's notices, newest first")
    @APIResponse(responseCode = "200", description = "最多 limit 条（1–200）/ at most limit notices (1–200)",
            content = @Content(schema = @Schema(implementation = InboxItem.class, type = SchemaType.ARRAY), examples = @ExampleObject(name = "inbox", ref = "inbox")))
    public List<InboxItem> list(@QueryParam("unreadOnly") @DefaultValue("false") boolean unreadOnly,
                                @QueryParam("limit") @DefaultValue("50") int limit) {
        return store.inbox(caller.username(), unreadOnly, Math.max(1, Math.min(limit, 200)));
    }

    @GET
    @Path("unread-count")
    @Operation(summary = "未读数 / how many of the caller's notices are unread")
    @APIResponse(responseCode = "200", description = "未读数 / the unread count after the call",
            content = @Content(schema = @Schema(implementation = Count.class), examples = @ExampleObject(name = "unreadCount", ref = "unreadCount")))
    public Count unread() {
        return new Count(store.unreadCount(caller.username()));
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "标为已读 / mark one notice read")
    @APIResponse(responseCode = "200", description = "未读数 / the unread count after the call",
            content = @Content(schema = @Schema(implementation = Count.class), examples = @ExampleObject(name = "unreadCount", ref = "unreadCount")))
    public Count markRead(@PathParam("id") UUID id) {
        if (!store.markRead(caller.username(), id, clock.instant())) {
            throw ProblemException.notFound("消息");
        }
        return unread();
    }

    @POST
    @Path("read-all")
    @Operation(summary = "全部已读 / mark all the caller's notices read")
    @APIResponse(responseCode = "200", description = "未读数 / the unread count after the call",
            content = @Content(schema = @Schema(implementation = Count.class), examples = @ExampleObject(name = "unreadCount", ref = "unreadCount")))
    public Count markAllRead() {
        store.markAllRead(caller.username(), clock.instant());
        return unread();
    }
}
