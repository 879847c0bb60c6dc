package cn.studio.review.reviewer;

import cn.studio.platform.problem.ProblemException;
import cn.studio.platform.web.Caller;
import cn.studio.review.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class ReviewerService {
    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;

    public record Profile(String username, String orgId, String displayName, List<Expertise> expertise) {
        static Profile of(Reviewer r) {
            return new Profile(r.username, r.orgId, r.displayName,
                    r.expertise.stream().map(Expertise::valueOf).toList());
        }
    }

    /** The calling reviewer's profile; org and name from the token, expertise as declared. */
    @Transactional
    public Profile declare(Set<Expertise> expertise, String displayName) {
        Reviewer r = Reviewer.findById(caller.username());
        Profile before = r == null ? null : Profile.of(r);
        if (r == null) {
            r = new Reviewer();
            r.username = caller.username();
        }
        r.orgId = caller.org();
        r.displayName = displayName != null && !displayName.isBlank() ? displayName : caller.displayName();
        r.expertise = expertise.stream().sorted().map(Enum::name).toList();
        r.updatedAt = Instant.now(clock);
        r.persist();
        Profile after = Profile.of(r);
        audit.record("reviewer.profile", "reviewer", r.username, before, after);
        return after;
    }

    public Profile mine() {
        Reviewer r = Reviewer.findById(caller.username());
        if (r == null) {
            throw ProblemException.notFound("评审专家档案");
        }
        return Profile.of(r);
    }

    public List<Profile> all() {
        return Reviewer.<Reviewer>list("order by username").stream().map(Profile::of).toList();
    }

    public Map<String, Reviewer> byUsername(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return Reviewer.<Reviewer>list("username in ?1", usernames).stream()
                .collect(Collectors.toMap(r -> r.username, Function.identity()));
    }
}
