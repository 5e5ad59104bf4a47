package cn.gov.civilaffairs.assistance.verification;

import java.util.Arrays;
import java.util.Optional;

/** The departments whose data the verification reads. The code names the source in files, URLs and settings. */
public enum SourceCode {
  HOUSEHOLD_REGISTRATION("household-registration", "公安户籍（户口登记、死亡）"),
  REAL_ESTATE("real-estate", "不动产登记"),
  WAGES("wages", "人力资源社会保障（就业与工资）"),
  SOCIAL_INSURANCE("social-insurance", "社会保险"),
  BUSINESS_REGISTRATION("business-registration", "市场监管（工商登记）"),
  TAX("tax", "税务"),
  HOUSING_FUND("housing-fund", "住房公积金"),
  VEHICLES("vehicles", "公安交管（机动车）"),
  BANKS("banks", "银行存款"),
  SECURITIES("securities", "证券"),
  COMMERCIAL_INSURANCE("commercial-insurance", "商业保险");

  private final String code;
  private final String zhName;

  SourceCode(String code, String zhName) {
    this.code = code;
    this.zhName = zhName;
  }

  public String code() {
    return code;
  }

  public String zhName() {
    return zhName;
  }

  public static Optional<SourceCode> of(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }
}
