package cn.studio.application.application;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static cn.studio.application.application.ApplicationState.ACCEPTED;
import static cn.studio.application.application.ApplicationState.DRAFT;
import static cn.studio.application.application.ApplicationState.ENDORSED;
import static cn.studio.application.application.ApplicationState.REJECTED;
import static cn.studio.application.application.ApplicationState.RETURNED;
import static cn.studio.application.application.ApplicationState.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The transition table alone: the flow's steps are legal, every other pair is not. */
class ApplicationStateTest {

    private static Set<ApplicationState> where(Predicate<ApplicationState> test) {
        return Arrays.stream(ApplicationState.values()).filter(test).collect(Collectors.toSet());
    }

    private static Set<ApplicationState> next(ApplicationState from) {
        return where(from::canMoveTo);
    }

    @Test
    void aDraftCanOnlyBeSubmitted() {
        assertEquals(Set.of(SUBMITTED), next(DRAFT));
    }

    @Test
    void theRecommenderEndorsesOrReturns() {
        assertEquals(Set.of(ENDORSED, RETURNED), next(SUBMITTED));
    }

    @Test
    void aReturnedApplicationIsSubmittedAgain() {
        assertEquals(Set.of(SUBMITTED), next(RETURNED));
    }

    @Test
    void screeningAcceptsOrRejectsAnEndorsedApplication() {
        assertEquals(Set.of(ACCEPTED, REJECTED), next(ENDORSED));
    }

    @Test
    void screenedApplicationsAreFinal() {
        assertEquals(Set.of(), next(ACCEPTED));
        assertEquals(Set.of(), next(REJECTED));
    }

    @Test
    void noStateMovesToItselfOrBackToDraft() {
        for (ApplicationState s : ApplicationState.values()) {
            assertFalse(s.canMoveTo(s), s.name());
            assertFalse(s.canMoveTo(DRAFT), s.name());
        }
    }

    @Test
    void onlyDraftsAndReturnedApplicationsAreEditable() {
        assertEquals(Set.of(DRAFT, RETURNED), where(ApplicationState::editable));
    }
}
