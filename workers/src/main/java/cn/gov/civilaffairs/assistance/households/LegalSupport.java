package cn.gov.civilaffairs.assistance.households;

/** Whether a member has a legal supporter (法定赡养、抚养、扶养义务人) able to support them. */
public enum LegalSupport {
  /** No legal supporter. */
  NONE,
  /** Legal supporters exist but cannot support (no means, themselves in need, ...). */
  UNABLE,
  ABLE
}
