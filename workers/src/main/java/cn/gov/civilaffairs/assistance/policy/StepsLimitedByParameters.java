package cn.gov.civilaffairs.assistance.policy;

import java.util.Optional;

/**
 * The human steps whose working-day limit is a policy parameter rather than a {@code step_slas} row: the county's
 * 审批 of an application ({@link PolicyCatalogue#SLA_COUNTY_DECISION}, for 特困
 * {@link PolicyCatalogue#SLA_TEKUN_COUNTY_DECISION}) and the delivery of a refusal's written reasons
 * ({@link PolicyCatalogue#SLA_REFUSAL_DELIVERY}). The one place that binds step ids to parameters: step rows of
 * these steps are refused on entry and ignored where older versions stored them.
 */
final class StepsLimitedByParameters {

  static final String APPLICATION = "assistance-application";
  static final String COUNTY_DECISION = "UserTask_CountyDecision";
  static final String CONFIRM_REFUSAL_DELIVERY = "UserTask_ConfirmRefusalDelivery";

  private StepsLimitedByParameters() {}

  /**
   * The parameter that limits {@code stepId} of {@code processKey}, if one does; {@code stepId} may carry a
   * category ({@code UserTask_CountyDecision@TEKUN}), as the task deadline asks for it.
   */
  static Optional<ParameterDefinition> parameterFor(String processKey, String stepId) {
    if (!APPLICATION.equals(processKey) || stepId == null) {
      return Optional.empty();
    }
    int at = stepId.indexOf('@');
    String step = at < 0 ? stepId : stepId.substring(0, at);
    String category = at < 0 ? null : stepId.substring(at + 1);
    String code = switch (step) {
      case COUNTY_DECISION -> "TEKUN".equals(category) ? PolicyCatalogue.SLA_TEKUN_COUNTY_DECISION
          : PolicyCatalogue.SLA_COUNTY_DECISION;
      case CONFIRM_REFUSAL_DELIVERY -> PolicyCatalogue.SLA_REFUSAL_DELIVERY;
      default -> null;
    };
    return code == null ? Optional.empty() : PolicyCatalogue.find(code);
  }
}
