/** The server's enumerations; labels live under app.enums.<name>.<VALUE> in both languages. */
export const ENUMS = {
  category: ['DIBAO', 'TEKUN', 'MARGINAL', 'RIGID_EXPENDITURE', 'TEMPORARY_AID'],
  caseStatus: ['OPEN', 'CLOSED'],
  relation: ['HEAD', 'SPOUSE', 'CHILD', 'CHILD_IN_LAW', 'GRANDCHILD', 'PARENT', 'PARENT_IN_LAW', 'GRANDPARENT', 'SIBLING', 'OTHER'],
  sex: ['MALE', 'FEMALE'],
  disabilityKind: ['VISUAL', 'HEARING', 'SPEECH', 'PHYSICAL', 'INTELLECTUAL', 'MENTAL', 'MULTIPLE'],
  disabilityGrade: ['1', '2', '3', '4'],
  workAbility: ['FULL', 'PARTIAL', 'NONE'],
  illness: ['NONE', 'CHRONIC', 'SERIOUS'],
  employmentStatus: ['EMPLOYED', 'FLEXIBLE', 'UNEMPLOYED', 'RETIRED', 'NOT_OF_WORKING_AGE'],
  studentStatus: ['NONE', 'PRESCHOOL', 'PRIMARY', 'JUNIOR_SECONDARY', 'SENIOR_SECONDARY', 'VOCATIONAL', 'HIGHER'],
  incomeKind: ['WAGES', 'BUSINESS', 'PROPERTY', 'TRANSFER', 'PENSION', 'OTHER', 'SOCIAL_ASSISTANCE', 'PREFERENTIAL_CARE', 'SCHOLARSHIP', 'RESIDENT_BASIC_PENSION'],
  legalSupport: ['NONE', 'UNABLE', 'ABLE'],
  assetKind: ['DEPOSIT', 'VEHICLE', 'REAL_ESTATE', 'SECURITIES', 'BUSINESS', 'OTHER'],
  rigidExpenseKind: ['MEDICAL', 'EDUCATION', 'REHABILITATION'],
  need: ['ALWAYS', 'WITH_AGENT', 'OPTIONAL'],
  level: ['CITY', 'DISTRICT', 'STREET', 'COMMUNITY'],
  timeline: ['ACCEPTED', 'STEP_STARTED', 'STEP_COMPLETED', 'CONFLICT_OF_INTEREST_REGISTERED', 'NO_CONFLICT_OF_INTEREST', 'PROCESS_ENDED', 'DEADLINE_UNKNOWN', 'DEADLINE_RECOMPUTED',
    'TIME_LIMIT_EXTENDED', 'COMMENT', 'ASSESSED', 'FIRST_OPINION', 'DECISION', 'NOTICE_PUBLISHED', 'OBJECTION_REGISTERED', 'ENROLLED'],
  dayKind: ['HOLIDAY', 'WORKDAY'],
  documentKind: ['RESIDENT_ID', 'HOUSEHOLD_REGISTER', 'INCOME_PROOF', 'ASSET_PROOF', 'MEDICAL_RECORD', 'DISABILITY_CERTIFICATE', 'APPLICATION_FORM', 'OTHER'],
  auditAction: ['APPLICATION_ACCEPTED', 'HOUSEHOLD_REGISTERED', 'HOUSEHOLD_RELOCATED', 'MEMBER_ADDED', 'MEMBER_UPDATED', 'MEMBER_LEFT', 'INCOME_ADDED', 'INCOME_REMOVED', 'ASSET_ADDED', 'ASSET_REMOVED', 'RIGID_EXPENSE_ADDED', 'RIGID_EXPENSE_REMOVED', 'DOCUMENT_UPLOADED', 'DOCUMENT_VIEWED', 'RESIDENT_ID_REVEALED', 'PHONE_REVEALED', 'DECLARATION_ADDED', 'DECLARATION_WITHDRAWN', 'TASK_CLAIMED', 'TASK_UNCLAIMED', 'TASK_COMPLETED', 'TASK_COMMENTED', 'TASK_REASSIGNED', 'TASK_DELEGATED', 'TASK_RETURNED', 'CALENDAR_YEAR_REPLACED', 'LOGIN_SUCCEEDED', 'LOGIN_FAILED', 'LOGIN_FAILED_LOCKED', 'LOGIN_REFUSED_LOCKED', 'USER_CREATED', 'USER_UPDATED', 'USER_LOCKED', 'USER_UNLOCKED', 'PASSWORD_RESET', 'POLICY_PARAMETER_SET', 'STEP_SLA_SET'],
  entityType: ['user', 'household', 'case', 'member', 'document', 'declaration', 'task', 'calendar-year', 'policy-parameter', 'step-sla'],
  role: ['window-clerk', 'caseworker', 'street-reviewer', 'street-head', 'county-approver', 'county-auditor', 'grid-cadre', 'process-manager', 'admin', 'department-officer'],
} as const;

export type EnumName = keyof typeof ENUMS;

export const enumKey = (name: EnumName, value: string | number | null | undefined): string =>
  `app.enums.${name}.${value}`;

export const choices = (name: EnumName) =>
  ENUMS[name].map(value => ({ id: name === 'disabilityGrade' ? Number(value) : value, name: enumKey(name, value) }));
