package cn.gov.civilaffairs.assistance.review;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.api.BeanChecks;
import cn.gov.civilaffairs.assistance.api.Violations;
import cn.gov.civilaffairs.assistance.applications.ApplicationCases;
import cn.gov.civilaffairs.assistance.identity.AppUser;
import cn.gov.civilaffairs.assistance.identity.DataScope;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReviewController {

  private final PeriodicReviews reviews;
  private final ReviewRecords records;
  private final ReviewCampaigns campaigns;
  private final JobOffers offers;
  private final ApplicationCases cases;
  private final BeanChecks beans;

  ReviewController(PeriodicReviews reviews, ReviewRecords records, ReviewCampaigns campaigns, JobOffers offers,
      ApplicationCases cases, BeanChecks beans) {
    this.beans = beans;
    this.reviews = reviews;
    this.records = records;
    this.campaigns = campaigns;
    this.offers = offers;
    this.cases = cases;
  }

  record ReportedChange(@NotNull Long householdId, @NotBlank @Size(max = 500) String change) {}

  /** A change the household reported, recorded by a clerk: starts a review (409 REVIEW_ALREADY_OPEN if running). */
  @PostMapping("/api/reviews")
  ResponseEntity<Map<String, Object>> reportChange(@Valid @RequestBody ReportedChange change) {
    Optional<String> started = reviews.start(change.householdId(), ReviewReason.REPORTED_CHANGE, null,
        change.change().trim());
    if (started.isEmpty()) {
      throw ApiException.conflict("REVIEW_ALREADY_OPEN", Map.of());
    }
    return ResponseEntity.status(201).body(Map.of("caseNumber", started.get(), "reason", "REPORTED_CHANGE"));
  }

  /** The review of a case: its reason, the automatic proposal with its explanation, and the decisions. */
  @GetMapping("/api/cases/{caseNumber}/review")
  Map<String, Object> review(@PathVariable String caseNumber) {
    cases.require(caseNumber);
    Map<String, Object> review = new HashMap<>();
    review.put("caseNumber", caseNumber);
    review.put("proposal", records.proposal(caseNumber).orElse(null));
    review.put("decisions", records.decisions(caseNumber));
    return review;
  }

  record NewJobOffer(@NotNull Long memberId, @NotNull LocalDate offeredOn,
      @NotBlank @Size(max = 100) String employer, @NotBlank @Size(max = 100) String position,
      @NotNull Boolean refused, @Size(max = 500) String note) {}

  /** A suitable job offered to a member; the third refusal in a row starts a review (WORK_REFUSAL). */
  @PostMapping("/api/households/{householdId}/job-offers")
  ResponseEntity<JobOffers.Recorded> offer(@PathVariable long householdId, @RequestBody NewJobOffer offer) {
    // Constraints and the offer's rules (date, member) are checked together: every problem at once.
    Violations violations = beans.of(offer, "");
    return ResponseEntity.status(201).body(offers.record(householdId, offer.memberId(), offer.offeredOn(),
        offer.employer() == null ? null : offer.employer().trim(),
        offer.position() == null ? null : offer.position().trim(), Boolean.TRUE.equals(offer.refused()),
        offer.note(), violations));
  }

  @GetMapping("/api/households/{householdId}/job-offers")
  List<JobOffers.Offer> offers(@PathVariable long householdId) {
    return offers.ofHousehold(householdId);
  }

  record NewCampaign(@NotBlank @Size(max = 100) String name, String streetCode, String category,
      @Size(max = 7) String dueMonth) {

    ReviewCampaigns.Selection selection() {
      YearMonth month = null;
      if (dueMonth != null && !dueMonth.isBlank()) {
        try {
          month = YearMonth.parse(dueMonth.trim());
        } catch (java.time.format.DateTimeParseException e) {
          throw ApiException.invalid(List.of(cn.gov.civilaffairs.assistance.api.FieldViolation.of("dueMonth",
              "INVALID_VALUE")));
        }
      }
      return new ReviewCampaigns.Selection(blank(streetCode), blank(category), month);
    }
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** How many households a campaign over this selection would review now. */
  @GetMapping("/api/review-campaigns/preview")
  Map<String, Object> preview(@RequestParam(required = false) String streetCode,
      @RequestParam(required = false) String category, @RequestParam(required = false) String dueMonth) {
    NewCampaign selection = new NewCampaign("preview", streetCode, category, dueMonth);
    return Map.of("count", campaigns.preview(user(), selection.selection()));
  }

  @PostMapping("/api/review-campaigns")
  ResponseEntity<ReviewCampaigns.Campaign> launch(@Valid @RequestBody NewCampaign campaign) {
    return ResponseEntity.status(201).body(campaigns.launch(user(), campaign.name().trim(), campaign.selection()));
  }

  @GetMapping("/api/review-campaigns")
  List<ReviewCampaigns.Campaign> campaigns() {
    return campaigns.list(user());
  }

  @GetMapping("/api/review-campaigns/{id}")
  ReviewCampaigns.Campaign campaign(@PathVariable long id) {
    return campaigns.get(user(), id);
  }

  private static AppUser user() {
    return DataScope.currentUser().orElseThrow();
  }
}
