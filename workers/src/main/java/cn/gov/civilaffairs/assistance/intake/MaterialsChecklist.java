package cn.gov.civilaffairs.assistance.intake;

import cn.gov.civilaffairs.assistance.applications.Category;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The materials each category needs at the window ({@code app.intake.checklists}, configuration per bureau).
 * An item is needed always, only when an agent applies, or is optional.
 */
@ConfigurationProperties("app.intake")
public record MaterialsChecklist(Map<Category, List<Item>> checklists) {

  public enum Need {
    ALWAYS,
    WITH_AGENT,
    OPTIONAL
  }

  public record Item(String code, String name, String nameEn, Need need) {}

  public List<Item> itemsFor(Category category) {
    return checklists.getOrDefault(category, List.of());
  }

  /** Every needed item not handed in, in checklist order, so the applicant is told all at once (一次性告知). */
  public List<Item> missing(Category category, Collection<String> handedIn, boolean withAgent) {
    Set<String> received = Set.copyOf(handedIn);
    return itemsFor(category).stream()
        .filter(item -> item.need() == Need.ALWAYS || (withAgent && item.need() == Need.WITH_AGENT))
        .filter(item -> !received.contains(item.code()))
        .toList();
  }

  /** Codes handed in that the category's checklist does not know. */
  public List<String> unknown(Category category, Collection<String> handedIn) {
    Set<String> known = itemsFor(category).stream().map(Item::code).collect(java.util.stream.Collectors.toSet());
    return handedIn.stream().filter(code -> !known.contains(code)).distinct().toList();
  }
}
