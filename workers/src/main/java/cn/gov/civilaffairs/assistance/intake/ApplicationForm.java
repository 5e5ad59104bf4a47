package cn.gov.civilaffairs.assistance.intake;

import cn.gov.civilaffairs.assistance.applications.Category;
import cn.gov.civilaffairs.assistance.households.HouseholdForms.NewHousehold;
import cn.gov.civilaffairs.assistance.households.ResidentIdNumber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An application handed in at the unified acceptance window: an existing household ({@code householdId}) or a
 * new one ({@code household}), the applying member, an optional agent, the pledge, the consent and the materials.
 */
public record ApplicationForm(
    @NotNull Category category,
    @NotBlank String streetCode,
    Long householdId,
    @Valid NewHousehold household,
    @NotBlank @ResidentIdNumber String applicantResidentId,
    @Valid AgentForm agent,
    @NotNull Boolean truthPledgeSigned,
    @NotNull Boolean verificationConsent,
    @NotNull List<@NotBlank String> materials) {

  public ApplicationForm {
    applicantResidentId = applicantResidentId == null ? null : applicantResidentId.trim().toUpperCase();
  }

  /** An agent applying with written authorisation (委托代理). */
  public record AgentForm(
      @NotBlank @Size(max = 50) String name,
      @NotBlank @ResidentIdNumber String residentId,
      @NotBlank @Size(max = 50) String relation) {}
}
