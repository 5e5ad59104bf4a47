package cn.gov.civilaffairs.assistance.review;

import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute resumes the campaigns whose starting node died mid-way (still STARTING, lease expired). Safe on two
 * nodes at once: each abandoned campaign is claimed by one node only, and a resumed campaign starts only the
 * households it does not review yet.
 */
@Component
class ReviewCampaignSweep {

  private final ReviewCampaigns campaigns;

  ReviewCampaignSweep(ReviewCampaigns campaigns) {
    this.campaigns = campaigns;
  }

  @Scheduled(fixedDelayString = "${app.review.campaign-sweep:PT1M}",
      initialDelayString = "${app.review.campaign-sweep:PT1M}")
  List<Long> sweep() {
    return campaigns.resumeAbandoned();
  }
}
