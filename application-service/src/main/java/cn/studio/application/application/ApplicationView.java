package cn.studio.application.application;

import java.time.Instant;
import java.util.UUID;

/** An application as clients read it: state, key facts, the whole form and the opinions given so far. */
public record ApplicationView(UUID id, UUID campaignId, ApplicationState state, String stateLabel, String applicantOrg,
                              String recommenderOrg, String studioName, String leaderName, ApplicationForm form,
                              String recommenderOpinion, String screeningReason, Instant createdAt, Instant updatedAt,
                              Instant submittedAt, int version) {
    static ApplicationView of(Application a) {
        return new ApplicationView(a.id, a.campaignId, a.state, a.state.label, a.applicantOrg, a.recommenderOrg,
                a.studioName(), a.leaderName, a.form, a.recommenderOpinion, a.screeningReason, a.createdAt,
                a.updatedAt, a.submittedAt, a.version);
    }

    /** A list row: the same without the form. */
    public record Row(UUID id, UUID campaignId, ApplicationState state, String stateLabel, String applicantOrg,
                      String recommenderOrg, String studioName, String leaderName, Instant submittedAt, Instant updatedAt) {
        static Row of(Application a) {
            return new Row(a.id, a.campaignId, a.state, a.state.label, a.applicantOrg, a.recommenderOrg,
                    a.studioName(), a.leaderName, a.submittedAt, a.updatedAt);
        }
    }

    public record HistoryEntry(String actor, String actorRole, Instant at, ApplicationState from, ApplicationState to,
                               String toLabel, String comment) {
        static HistoryEntry of(Transition t) {
            return new HistoryEntry(t.actor, t.actorRole, t.at, t.fromState, t.toState, t.toState.label, t.comment);
        }
    }
}
