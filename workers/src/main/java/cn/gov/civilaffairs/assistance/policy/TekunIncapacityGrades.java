package cn.gov.civilaffairs.assistance.policy;

import cn.gov.civilaffairs.assistance.households.DisabilityKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * 特困人员认定办法 (民发〔2021〕43号) art. 5 as data: the disability grades deemed unable to work whatever else is
 * recorded — intellectual and mental grades 1 to 3, physical 1 and 2, visual 1; hearing, speech and multiple
 * disabilities not at all. Art. 5 (4) lets the province add other cases, never remove one: each kind has a policy
 * parameter {@link #code(DisabilityKind)} (the highest grade deemed, 0 = none) whose catalogue minimum is the national
 * value, and {@link PolicySnapshot#tekunIncapacityMaxGrade(DisabilityKind)} never answers below it. Grade 1 is the
 * most severe, so "up to grade 2" means grades 1 and 2.
 */
public final class TekunIncapacityGrades {

  /** Disability certificate grades run from 1 (most severe) to 4. */
  public static final int LOWEST_GRADE = 4;

  private static final Map<DisabilityKind, Integer> NATIONAL;

  static {
    Map<DisabilityKind, Integer> national = new EnumMap<>(DisabilityKind.class);
    for (DisabilityKind kind : DisabilityKind.values()) {
      national.put(kind, 0);
    }
    national.put(DisabilityKind.INTELLECTUAL, 3);
    national.put(DisabilityKind.MENTAL, 3);
    national.put(DisabilityKind.PHYSICAL, 2);
    national.put(DisabilityKind.VISUAL, 1);
    NATIONAL = Collections.unmodifiableMap(national);
  }

  private static final Map<DisabilityKind, String> NAMES_ZH = Map.of(DisabilityKind.VISUAL, "视力残疾",
      DisabilityKind.HEARING, "听力残疾", DisabilityKind.SPEECH, "言语残疾", DisabilityKind.PHYSICAL, "肢体残疾",
      DisabilityKind.INTELLECTUAL, "智力残疾", DisabilityKind.MENTAL, "精神残疾", DisabilityKind.MULTIPLE, "多重残疾");

  private static final Map<DisabilityKind, String> NAMES_EN = Map.of(DisabilityKind.VISUAL, "visual",
      DisabilityKind.HEARING, "hearing", DisabilityKind.SPEECH, "speech", DisabilityKind.PHYSICAL, "physical",
      DisabilityKind.INTELLECTUAL, "intellectual", DisabilityKind.MENTAL, "mental", DisabilityKind.MULTIPLE,
      "multiple");

  private static final String[] GRADES_ZH = {"", "一级", "二级", "三级", "四级"};

  private TekunIncapacityGrades() {}

  /** The national table: kind → highest grade deemed unable to work (0 = the national rule deems none). */
  public static Map<DisabilityKind, Integer> national() {
    return NATIONAL;
  }

  public static int national(DisabilityKind kind) {
    return NATIONAL.get(kind);
  }

  /** The parameter of a kind, e.g. {@code tekun.incapacity.physicalMaxGrade}. */
  public static String code(DisabilityKind kind) {
    return switch (kind) {
      case VISUAL -> PolicyCatalogue.TEKUN_INCAPACITY_VISUAL;
      case HEARING -> PolicyCatalogue.TEKUN_INCAPACITY_HEARING;
      case SPEECH -> PolicyCatalogue.TEKUN_INCAPACITY_SPEECH;
      case PHYSICAL -> PolicyCatalogue.TEKUN_INCAPACITY_PHYSICAL;
      case INTELLECTUAL -> PolicyCatalogue.TEKUN_INCAPACITY_INTELLECTUAL;
      case MENTAL -> PolicyCatalogue.TEKUN_INCAPACITY_MENTAL;
      case MULTIPLE -> PolicyCatalogue.TEKUN_INCAPACITY_MULTIPLE;
    };
  }

  /** The kind in Chinese, e.g. 肢体残疾. */
  public static String nameZh(DisabilityKind kind) {
    return NAMES_ZH.getOrDefault(kind, kind.name());
  }

  static String nameEn(DisabilityKind kind) {
    return NAMES_EN.getOrDefault(kind, kind.name().toLowerCase(Locale.ROOT));
  }

  /** A grade in Chinese, e.g. 二级. */
  public static String gradeZh(int grade) {
    return grade >= 1 && grade < GRADES_ZH.length ? GRADES_ZH[grade] : grade + "级";
  }
}
