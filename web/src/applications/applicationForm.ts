/**
 * The front desk's form model: defaults, client validation (same rules as the server), the request body and
 * the mapping of the server's field errors back onto the form.
 */
import type { ChecklistItem } from '../dataProvider';
import { checkResidentId, localToday, residentIdMessage } from '../validation/residentId';

export type MemberValues = {
  name?: string; residentId?: string; relation?: string; birthDate?: string; sex?: string;
  disabilityKind?: string | null; disabilityGrade?: number | null; workAbility?: string; illness?: string;
  illnessNote?: string; employmentStatus?: string; studentStatus?: string; legalSupport?: string | null;
};
export type PeriodItemValues = {
  memberResidentId?: string | null; kind?: string; periodStart?: string; periodEnd?: string;
  amount?: number | string | null; note?: string;
};
export type AssetValues = { memberResidentId?: string | null; kind?: string; description?: string; value?: number | string | null };

export type ApplicationValues = {
  category?: string;
  streetCode?: string;
  householdMode: 'existing' | 'new';
  householdId?: number | null;
  household: {
    communityCode?: string; address?: string; phone?: string;
    members: MemberValues[]; incomes: PeriodItemValues[]; assets: AssetValues[]; rigidExpenses: PeriodItemValues[];
  };
  applicantResidentId?: string;
  withAgent?: boolean;
  agent?: { name?: string; residentId?: string; relation?: string };
  materials: string[];
  truthPledgeSigned?: boolean;
  verificationConsent?: boolean;
};

export const emptyMember = (): MemberValues => ({
  name: '', residentId: '', relation: undefined, birthDate: '', sex: undefined, disabilityKind: null,
  disabilityGrade: null, workAbility: undefined, illness: 'NONE', illnessNote: '', employmentStatus: undefined,
  studentStatus: 'NONE', legalSupport: null,
});

export const defaultValues = (streetCode?: string): ApplicationValues => ({
  category: 'DIBAO',
  streetCode,
  householdMode: 'new',
  householdId: null,
  household: { communityCode: '', address: '', phone: '', members: [{ ...emptyMember(), relation: 'HEAD' }], incomes: [], assets: [], rigidExpenses: [] },
  applicantResidentId: '',
  withAgent: false,
  agent: { name: '', residentId: '', relation: '' },
  materials: [],
  truthPledgeSigned: false,
  verificationConsent: false,
});

const REQUIRED = 'app.validation.required';
const blank = (v: unknown) => v == null || (typeof v === 'string' && v.trim() === '');
const isNumber = (v: unknown) => !blank(v) && !Number.isNaN(Number(v));

/** Materials a category needs that were not ticked, in checklist order (told all at once). */
export const missingMaterials = (checklist: ChecklistItem[], ticked: string[] = [], withAgent = false) =>
  checklist.filter(item => (item.need === 'ALWAYS' || (withAgent && item.need === 'WITH_AGENT')) && !ticked.includes(item.code));

export const materialName = (item: { name: string; nameEn?: string }, locale: string) =>
  locale === 'en' && item.nameEn ? item.nameEn : item.name;

const checkId = (value: string | undefined, today: string) => {
  if (blank(value)) return REQUIRED;
  const check = checkResidentId(value!, today);
  return check.valid ? undefined : residentIdMessage(check.problem);
};

const checkPeriodItem = (item: PeriodItemValues, memberIds: Set<string>, today: string) => {
  const errors: Record<string, unknown> = {};
  if (blank(item.kind)) errors.kind = REQUIRED;
  for (const field of ['periodStart', 'periodEnd'] as const) {
    if (blank(item[field])) errors[field] = REQUIRED;
    else if (item[field]! > today) errors[field] = 'app.validation.future';
  }
  if (!errors.periodStart && !errors.periodEnd && item.periodEnd! < item.periodStart!) errors.periodEnd = 'app.validation.periodOrder';
  if (!isNumber(item.amount)) errors.amount = REQUIRED;
  else if (Number(item.amount) < 0) errors.amount = 'app.validation.negative';
  if (!blank(item.memberResidentId) && !memberIds.has(item.memberResidentId!)) errors.memberResidentId = 'app.validation.unknownMember';
  return errors;
};

/** Removes empty branches so that react-admin sees a valid form as valid. */
const prune = (value: any): any => {
  if (Array.isArray(value)) {
    const items = value.map(v => prune(v) ?? {});
    return items.some(v => Object.keys(v).length > 0) ? items : undefined;
  }
  if (value && typeof value === 'object' && !('message' in value)) {
    const entries = Object.entries(value).map(([k, v]) => [k, prune(v)]).filter(([, v]) => v !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value;
};

export type ValidationContext = { checklist: ChecklistItem[]; locale: string; today?: string };

/** Client-side validation of the whole form; messages are translation keys (or {message, args}). */
export const validateApplication = (values: ApplicationValues, ctx: ValidationContext) => {
  const today = ctx.today ?? localToday();
  const errors: Record<string, any> = {};
  if (blank(values.category)) errors.category = REQUIRED;
  if (blank(values.streetCode)) errors.streetCode = REQUIRED;

  const members = values.household?.members ?? [];
  const memberIds = new Set(members.map(m => m.residentId).filter(Boolean) as string[]);
  if (values.householdMode === 'existing') {
    if (values.householdId == null) errors.householdId = 'app.frontDesk.pickHousehold';
  } else {
    const h = values.household ?? ({} as ApplicationValues['household']);
    const he: Record<string, any> = {};
    if (blank(h.communityCode)) he.communityCode = REQUIRED;
    if (blank(h.address)) he.address = REQUIRED;
    if (!blank(h.phone) && !/^[0-9+\- ]{7,20}$/.test(h.phone!)) he.phone = 'app.validation.phone';
    const heads = members.filter(m => m.relation === 'HEAD').length;
    const seen = new Set<string>();
    he.members = members.map(m => {
      const me: Record<string, unknown> = {};
      if (blank(m.name)) me.name = REQUIRED;
      const idError = checkId(m.residentId, today);
      if (idError) me.residentId = idError;
      else if (seen.has(m.residentId!)) me.residentId = 'app.validation.duplicateMember';
      if (m.residentId) seen.add(m.residentId);
      if (blank(m.relation)) me.relation = REQUIRED;
      else if (heads !== 1 && (heads === 0 || m.relation === 'HEAD')) me.relation = 'app.validation.oneHead';
      const decoded = idError ? undefined : checkResidentId(m.residentId!, today);
      if (blank(m.birthDate)) me.birthDate = REQUIRED;
      else if (m.birthDate! > today) me.birthDate = 'app.validation.future';
      else if (decoded?.valid && decoded.birthDate !== m.birthDate) me.birthDate = 'app.validation.birthDateMismatch';
      if (blank(m.sex)) me.sex = REQUIRED;
      else if (decoded?.valid && decoded.sex !== m.sex) me.sex = 'app.validation.sexMismatch';
      if (blank(m.disabilityKind) !== blank(m.disabilityGrade)) me.disabilityGrade = 'app.validation.disabilityBoth';
      for (const field of ['workAbility', 'illness', 'employmentStatus', 'studentStatus'] as const) {
        if (blank(m[field])) me[field] = REQUIRED;
      }
      return me;
    });
    he.incomes = (h.incomes ?? []).map(i => checkPeriodItem(i, memberIds, today));
    he.rigidExpenses = (h.rigidExpenses ?? []).map(i => checkPeriodItem(i, memberIds, today));
    he.assets = (h.assets ?? []).map(a => {
      const ae: Record<string, unknown> = {};
      if (blank(a.kind)) ae.kind = REQUIRED;
      if (blank(a.description)) ae.description = REQUIRED;
      if (!isNumber(a.value)) ae.value = REQUIRED;
      else if (Number(a.value) < 0) ae.value = 'app.validation.negative';
      if (!blank(a.memberResidentId) && !memberIds.has(a.memberResidentId!)) ae.memberResidentId = 'app.validation.unknownMember';
      return ae;
    });
    errors.household = he;
  }

  const applicantError = checkId(values.applicantResidentId, today);
  if (applicantError) errors.applicantResidentId = applicantError;
  else if (values.householdMode === 'new' && !memberIds.has(values.applicantResidentId!)) {
    errors.applicantResidentId = 'app.validation.applicantNotMember';
  }
  if (values.withAgent) {
    const a = values.agent ?? {};
    errors.agent = {
      name: blank(a.name) ? REQUIRED : undefined,
      residentId: checkId(a.residentId, today),
      relation: blank(a.relation) ? REQUIRED : undefined,
    };
  }
  const missing = missingMaterials(ctx.checklist, values.materials, !!values.withAgent);
  if (missing.length) {
    errors.materials = {
      message: 'app.validation.materialsMissing',
      args: { names: missing.map(item => materialName(item, ctx.locale)).join('、') },
    };
  }
  if (!values.truthPledgeSigned) errors.truthPledgeSigned = 'app.validation.mustConfirm';
  if (!values.verificationConsent) errors.verificationConsent = 'app.validation.mustConfirm';
  return prune(errors) ?? {};
};

const clean = (value: unknown) => (blank(value) ? undefined : typeof value === 'string' ? value.trim() : value);

const cleanObject = <T extends Record<string, unknown>>(item: T) =>
  Object.fromEntries(Object.entries(item).map(([k, v]) => [k, clean(v)]).filter(([, v]) => v !== undefined));

/** The body of POST /api/applications. */
export const toRequestBody = (values: ApplicationValues) => {
  const body: Record<string, unknown> = {
    category: values.category,
    streetCode: values.streetCode,
    applicantResidentId: clean(values.applicantResidentId),
    truthPledgeSigned: !!values.truthPledgeSigned,
    verificationConsent: !!values.verificationConsent,
    materials: values.materials ?? [],
  };
  if (values.householdMode === 'existing') {
    body.householdId = values.householdId;
  } else {
    const h = values.household;
    body.household = {
      ...cleanObject({ communityCode: h.communityCode, address: h.address, phone: h.phone }),
      members: h.members.map(m => cleanObject({ ...m, illnessNote: m.illness === 'NONE' ? undefined : m.illnessNote })),
      incomes: h.incomes.map(i => ({ ...cleanObject(i), amount: Number(i.amount) })),
      assets: h.assets.map(a => ({ ...cleanObject(a), value: Number(a.value) })),
      rigidExpenses: h.rigidExpenses.map(i => ({ ...cleanObject(i), amount: Number(i.amount) })),
    };
  }
  if (values.withAgent && values.agent) body.agent = cleanObject(values.agent);
  return body;
};

const FORM_FIELD = /^(category|streetCode|applicantResidentId|truthPledgeSigned|verificationConsent|household\.(communityCode|address|phone)|household\.(members|incomes|assets|rigidExpenses)\.\d+\.\w+|agent\.(name|residentId|relation))$/;

/** Converts a server path such as household.members[1].residentId to the form's household.members.1.residentId. */
export const toFormPath = (field: string) => field.replace(/\[(\d+)\]/g, '.$1');

export type MappedProblem = {
  fieldErrors: { path: string; message: string }[];
  general: string[];
  missing: { code: string; name: string; nameEn?: string }[];
};

/** Spreads an RFC 7807 problem over the form: field errors on their inputs, the rest as general messages. */
export const mapServerErrors = (problem: any, locale: string): MappedProblem => {
  const result: MappedProblem = { fieldErrors: [], general: [], missing: problem?.missing ?? [] };
  const materialMessages: string[] = [];
  for (const error of problem?.errors ?? []) {
    const path = toFormPath(String(error.field ?? ''));
    const message = error.message || error.code;
    if (path.startsWith('materials.')) {
      const code = path.substring('materials.'.length);
      const item = result.missing.find(m => m.code === code);
      materialMessages.push(item ? materialName(item, locale) : code);
    } else if (FORM_FIELD.test(path)) {
      result.fieldErrors.push({ path, message });
    } else {
      result.general.push(path ? `${path}: ${message}` : message);
    }
  }
  if (materialMessages.length === 0 && result.missing.length) {
    materialMessages.push(...result.missing.map(m => materialName(m, locale)));
  }
  if (materialMessages.length) result.fieldErrors.push({ path: 'materials', message: materialMessages.join('、') });
  return result;
};

/** The step (0-2) of the stepper that shows a form path. */
export const stepOf = (path: string) =>
  path === 'category' || path === 'streetCode' ? 0 : path.startsWith('household') ? 1 : 2;
