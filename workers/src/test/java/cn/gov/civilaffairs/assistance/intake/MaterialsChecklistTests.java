package cn.gov.civilaffairs.assistance.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.applications.Category;
import cn.gov.civilaffairs.assistance.intake.MaterialsChecklist.Item;
import cn.gov.civilaffairs.assistance.intake.MaterialsChecklist.Need;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MaterialsChecklistTests {

  private final MaterialsChecklist checklist = new MaterialsChecklist(Map.of(Category.DIBAO, List.of(
      new Item("APPLICATION_FORM", "申请书", "Application form", Need.ALWAYS),
      new Item("RESIDENT_IDS", "身份证", "IDs", Need.ALWAYS),
      new Item("AGENT_AUTHORISATION", "委托书", "Authorisation", Need.WITH_AGENT),
      new Item("MEDICAL_RECORDS", "病历", "Medical records", Need.OPTIONAL))));

  @Test
  void listsEveryMissingItemAtOnceInChecklistOrder() {
    assertThat(checklist.missing(Category.DIBAO, List.of(), false))
        .extracting(Item::code).containsExactly("APPLICATION_FORM", "RESIDENT_IDS");
  }

  @Test
  void needsNothingMoreWhenAllRequiredItemsAreHandedIn() {
    assertThat(checklist.missing(Category.DIBAO, List.of("RESIDENT_IDS", "APPLICATION_FORM"), false)).isEmpty();
  }

  @Test
  void needsTheAuthorisationOnlyWhenAnAgentApplies() {
    List<String> handedIn = List.of("APPLICATION_FORM", "RESIDENT_IDS");

    assertThat(checklist.missing(Category.DIBAO, handedIn, true))
        .extracting(Item::code).containsExactly("AGENT_AUTHORISATION");
    assertThat(checklist.missing(Category.DIBAO, handedIn, false)).isEmpty();
  }

  @Test
  void neverRequiresOptionalItems() {
    assertThat(checklist.missing(Category.DIBAO, List.of("APPLICATION_FORM", "RESIDENT_IDS"), false))
        .extracting(Item::code).doesNotContain("MEDICAL_RECORDS");
  }

  @Test
  void reportsCodesTheChecklistDoesNotKnow() {
    assertThat(checklist.unknown(Category.DIBAO, List.of("APPLICATION_FORM", "PHOTO", "PHOTO")))
        .containsExactly("PHOTO");
  }

  @Test
  void aCategoryWithoutChecklistNeedsNothing() {
    assertThat(checklist.missing(Category.TEKUN, List.of(), false)).isEmpty();
  }
}
