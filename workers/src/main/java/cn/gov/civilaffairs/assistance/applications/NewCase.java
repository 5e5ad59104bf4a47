package cn.gov.civilaffairs.assistance.applications;

import java.util.List;

/**
 * What the acceptance window hands over to open a case. {@code materialsReceived} is the human-readable list for
 * the case timeline (names as on the checklist).
 */
public record NewCase(
    Category category,
    String streetCode,
    Long householdId,
    Long applicantMemberId,
    Agent agent,
    boolean truthPledgeSigned,
    boolean verificationConsent,
    List<String> materials,
    String materialsReceived) {

  /** Someone applying on the household's behalf with written authorisation. */
  public record Agent(String name, String residentId, String relation) {}
}
