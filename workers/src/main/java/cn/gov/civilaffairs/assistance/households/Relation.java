package cn.gov.civilaffairs.assistance.households;

/** Relation of a member to the head of the household. */
public enum Relation {
  HEAD,
  SPOUSE,
  CHILD,
  CHILD_IN_LAW,
  GRANDCHILD,
  PARENT,
  PARENT_IN_LAW,
  GRANDPARENT,
  SIBLING,
  OTHER
}
