package cn.gov.civilaffairs.assistance.documents;

import cn.gov.civilaffairs.assistance.applications.Category;

/** How documents name a category of assistance. */
public final class CategoryTitles {

  private CategoryTitles() {}

  public static String of(Category category) {
    return switch (category) {
      case DIBAO -> "最低生活保障";
      case TEKUN -> "特困人员救助供养";
      case MARGINAL -> "低保边缘家庭认定";
      case RIGID_EXPENDITURE -> "刚性支出困难家庭认定";
      case TEMPORARY_AID -> "临时救助";
    };
  }
}
