package cn.gov.civilaffairs.assistance.verification;

import java.time.LocalDate;
import java.util.List;

/** What one source knows about one person as of its extract date. No items means: nothing found. */
public record SourceAnswer(SourceCode source, LocalDate extractDate, List<FoundItem> items) {

  public SourceAnswer {
    items = List.copyOf(items);
  }
}
