package cn.studio.notification.delivery;

/** Fired when an event's notifications are recorded; observed after the commit, it wakes the dispatcher. */
public record NotificationsPlanned(String eventId, int count) {
}
