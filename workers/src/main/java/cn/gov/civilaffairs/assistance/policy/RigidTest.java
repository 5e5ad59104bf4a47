package cn.gov.civilaffairs.assistance.policy;

/** Which formula recognises a 刚性支出困难 household (local choice). */
public enum RigidTest {
  /** Rigid spending of the last 12 months exceeds a share of the household's income. */
  RATIO,
  /** (income - rigid spending) per person per month stays below k times the 低保 standard. */
  RESIDUAL
}
