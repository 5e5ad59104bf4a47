package cn.gov.civilaffairs.assistance.documents;

import cn.gov.civilaffairs.assistance.documents.CaseDocument.Signature;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;

/**
 * 公示 notice posted in the community. It can show only name, family size and amount of each household: the record
 * has no field for resident IDs, addresses or incomes, so nobody can put them on the notice by mistake.
 */
public record PublicNotice(String noticeNumber, String categoryName, String office, List<Listed> households,
    LocalDate from, LocalDate to, String objectionsTo, String objectionsPhone, LocalDate issuedOn)
    implements DocumentTemplate {

  public static final String KIND = "PUBLIC_NOTICE";

  /** One household on the notice: the applicant's name, the family size and the proposed monthly amount. */
  public record Listed(String name, int familySize, BigDecimal monthlyAmount) {}

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String title() {
    return categoryName + "审核确认公示";
  }

  @Override
  public CaseDocument document() {
    List<List<String>> rows = IntStream.range(0, households.size()).mapToObj(i -> {
      Listed listed = households.get(i);
      return List.of(String.valueOf(i + 1), listed.name(), listed.familySize() + "人",
          ChineseText.yuan(listed.monthlyAmount()));
    }).toList();
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    return CaseDocument.titled(title())
        .number(noticeNumber)
        .footer(office + " " + title())
        .paragraph("根据《社会救助暂行办法》及本市" + categoryName + "审核确认有关规定，经本人申请、家庭经济状况核对和"
            + "入户调查，" + office + "拟对下列家庭给予" + categoryName + "，现予以公示。")
        .table(List.of("序号", "姓名", "家庭人口", "拟保障金额（元/月）"), rows)
        .paragraph("公示期：" + ChineseText.date(from) + "至" + ChineseText.date(to) + "（共" + days + "日）。")
        .paragraph("公示期间，任何单位和个人对公示对象有异议的，可以向" + objectionsTo + "实名反映（联系电话："
            + objectionsPhone + "），也可拨打民政服务热线12349。我们将及时调查核实，并为反映人保密。")
        .signatures(Signature.sealOf(office, issuedOn))
        .build();
  }
}
