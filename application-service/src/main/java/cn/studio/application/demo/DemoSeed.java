package cn.studio.application.demo;

import cn.studio.application.campaign.Campaign;
import cn.studio.application.campaign.CampaignRequest;
import cn.studio.application.campaign.CampaignService;
import cn.studio.application.campaign.CampaignState;
import cn.studio.application.org.Org;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The local stack's demo data (on with {@code studio.demo.seed=true}, never in production): the org tree matching the
 * realm's demo users and an open campaign with its deadline a month ahead. Idempotent.
 */
@ApplicationScoped
public class DemoSeed {
    @ConfigProperty(name = "studio.demo.seed", defaultValue = "false")
    boolean enabled;

    @Inject
    CampaignService campaigns;

    @Inject
    Clock clock;

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            seed();
        }
    }

    @Transactional
    public void seed() {
        List.of(Org.create("district-union", "区总工会", Org.Kind.DISTRICT, null),
                        Org.create("sys-industry", "区工业系统工会", Org.Kind.RECOMMENDER, "district-union"),
                        Org.create("street-east", "东城街道总工会", Org.Kind.RECOMMENDER, "district-union"),
                        Org.create("unit-001", "区精密机械有限公司工会", Org.Kind.UNIT, "sys-industry"),
                        Org.create("unit-002", "区电力设备厂工会", Org.Kind.UNIT, "sys-industry"),
                        Org.create("unit-003", "东城社区服务中心工会", Org.Kind.UNIT, "street-east"))
                .forEach(org -> {
                    if (Org.findById(org.id) == null) {
                        org.persist();
                    }
                });
        if (Campaign.count() == 0) {
            LocalDate deadline = LocalDate.now(clock.withZone(Campaign.ZONE)).plusMonths(1);
            int year = deadline.getYear();
            Campaign c = campaigns.create(new CampaignRequest(year, year + "年职工创新工作室创建活动", "区总工会、区科委",
                    deadline.atTime(LocalTime.of(17, 0)), 10, "区总工会权益部", "王老师", "010-12345678"));
            campaigns.moveTo(c.id, CampaignState.OPEN);
        }
    }
}
