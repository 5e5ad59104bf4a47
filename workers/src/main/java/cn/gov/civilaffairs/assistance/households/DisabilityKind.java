package cn.gov.civilaffairs.assistance.households;

/** Disability kinds of the national disability certificate. */
public enum DisabilityKind {
  VISUAL,
  HEARING,
  SPEECH,
  PHYSICAL,
  INTELLECTUAL,
  MENTAL,
  MULTIPLE
}
