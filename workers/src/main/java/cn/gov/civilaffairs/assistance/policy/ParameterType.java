package cn.gov.civilaffairs.assistance.policy;

/** How a parameter's value is written and checked. */
public enum ParameterType {
  DECIMAL,
  INTEGER,
  BOOLEAN,
  ENUM
}
