package cn.gov.civilaffairs.assistance.documents;

import static cn.gov.civilaffairs.assistance.documents.CaseDocument.row;

import cn.gov.civilaffairs.assistance.documents.CaseDocument.Signature;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 脱贫帮扶协议书 between the street office (甲方) and the family (乙方), one per plan version: the household, goals,
 * measures grouped by help kind ({@link MeasureLine#help()}, e.g. 帮就业, in the order given), the paired cadre's
 * responsibilities, the family's rights and obligations, and signature lines for both parties and the cadre.
 */
public record AssistanceAgreement(String documentNumber, String caseNumber, int planVersion, String streetOffice,
    String headName, String address, List<Member> members, List<String> goals, List<MeasureLine> measures,
    String cadreName, List<String> familyObligations, LocalDate reviewOn)
    implements DocumentTemplate {

  public static final String KIND = "ASSISTANCE_AGREEMENT";

  public record Member(String name, String relation) {}

  /** One measure: help kind name, who it is for (blank: the whole household), what, who delivers it, by when. */
  public record MeasureLine(String help, String memberName, String measure, String department, LocalDate dueOn) {}

  public AssistanceAgreement {
    if (goals.isEmpty() || measures.isEmpty()) {
      throw new IllegalArgumentException("An agreement needs goals and measures");
    }
    members = List.copyOf(members);
    goals = List.copyOf(goals);
    measures = List.copyOf(measures);
    familyObligations = List.copyOf(familyObligations);
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String title() {
    return "脱贫帮扶协议书";
  }

  @Override
  public CaseDocument document() {
    var document = CaseDocument.titled(title())
        .number(documentNumber)
        .footer(streetOffice + " " + title() + " " + caseNumber + " 第" + planVersion + "版")
        .keyValues(row("甲方（帮扶单位）", streetOffice), row("乙方（受助家庭户主）", headName), row("家庭住址", address),
            row("结对帮扶干部", ChineseText.orBlank(cadreName)), row("协议版本", "第" + planVersion + "版"),
            row("计划复核日期", ChineseText.date(reviewOn)))
        .paragraph("为落实“一户一档案、一户一计划、一户一措施”的要求，甲乙双方在平等自愿的基础上，就乙方家庭的帮扶目标、帮扶措施"
            + "和双方的权利义务达成如下协议。")
        .heading("一、家庭成员")
        .table(List.of("姓名", "与户主关系"), members.stream().map(m -> List.of(m.name(), m.relation())).toList())
        .heading("二、帮扶目标")
        .numbered(goals)
        .heading("三、帮扶措施");
    byHelp().forEach((help, lines) -> document
        .paragraph(help)
        .table(List.of("帮扶对象", "帮扶措施", "责任部门", "完成时限"), lines.stream()
            .map(l -> List.of(l.memberName() == null ? "全家" : l.memberName(), l.measure(), l.department(),
                ChineseText.date(l.dueOn()))).toList()));
    List<String> obligations = new ArrayList<>(familyObligations);
    obligations.add("家庭人口、收入、财产等状况发生变化的，及时向街道（乡镇）或社区报告。");
    obligations.add("有劳动能力的家庭成员积极参加就业培训，接受与其健康状况、劳动能力相适应的工作推荐。");
    obligations.add("配合帮扶干部走访和定期核查，如实提供有关情况。");
    return document
        .heading("四、甲方责任")
        .numbered(List.of(
            "按本协议落实各项帮扶措施；需其他部门办理的，由甲方转办并跟踪反馈，直至办结。",
            "指定结对帮扶干部" + ChineseText.orBlank(cadreName) + "，定期入户走访，了解家庭情况变化，帮助解决实际困难。",
            "依法保护乙方家庭的个人信息，不得泄露。"))
        .heading("五、乙方权利")
        .numbered(List.of(
            "依法享受已批准的社会救助待遇；是否签订本协议不影响已批准的救助待遇。",
            "了解帮扶措施的办理进度，对帮扶工作提出意见和建议。",
            "对帮扶工作中的违法违规行为进行投诉、举报（12349）。"))
        .heading("六、乙方义务")
        .numbered(obligations)
        .heading("七、其他")
        .paragraph("本协议一式两份，甲乙双方各执一份，自双方签字（盖章）之日起生效。帮扶计划调整的，重新签订协议，"
            + "原协议存入家庭档案。")
        .signatures(Signature.sealOf("甲方：" + streetOffice, null), Signature.signedBy("乙方（户主）", headName, null),
            Signature.signedBy("结对帮扶干部", cadreName, null))
        .build();
  }

  private Map<String, List<MeasureLine>> byHelp() {
    Map<String, List<MeasureLine>> grouped = new LinkedHashMap<>();
    measures.forEach(line -> grouped.computeIfAbsent(line.help(), h -> new ArrayList<>()).add(line));
    return grouped;
  }
}
