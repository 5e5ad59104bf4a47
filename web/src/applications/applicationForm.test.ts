import { describe, expect, it } from 'vitest';
import {
  ApplicationValues, defaultValues, mapServerErrors, missingMaterials, stepOf, toFormPath, toRequestBody,
  validateApplication,
} from './applicationForm';
import type { ChecklistItem } from '../dataProvider';

const TODAY = '2026-11-27';
const CHECKLIST: ChecklistItem[] = [
  { code: 'APPLICATION_FORM', name: '申请书', nameEn: 'Application form', need: 'ALWAYS' },
  { code: 'RESIDENT_IDS', name: '居民身份证', nameEn: 'Resident IDs', need: 'ALWAYS' },
  { code: 'AGENT_AUTHORISATION', name: '委托书', nameEn: 'Authorisation', need: 'WITH_AGENT' },
  { code: 'MEDICAL_RECORDS', name: '病历', nameEn: 'Medical records', need: 'OPTIONAL' },
];
const ctx = { checklist: CHECKLIST, locale: 'zh-CN', today: TODAY };

const aFamilyOfTwo = (): ApplicationValues => {
  const values = defaultValues('110105001');
  values.household = {
    communityCode: '110105001001', address: '永安里东区3号楼', phone: '13901010001',
    members: [
      { name: '张伟', residentId: '110105198001010016', relation: 'HEAD', birthDate: '1980-01-01', sex: 'MALE',
        workAbility: 'FULL', illness: 'NONE', employmentStatus: 'UNEMPLOYED', studentStatus: 'NONE' },
      { name: '李娜', residentId: '110105198202020026', relation: 'SPOUSE', birthDate: '1982-02-02', sex: 'FEMALE',
        workAbility: 'PARTIAL', illness: 'CHRONIC', illnessNote: '高血压', employmentStatus: 'FLEXIBLE', studentStatus: 'NONE' },
    ],
    incomes: [{ memberResidentId: '110105198001010016', kind: 'TRANSFER', periodStart: '2026-01-01', periodEnd: '2026-10-31', amount: 4200 }],
    assets: [{ memberResidentId: null, kind: 'DEPOSIT', description: '活期存款', value: 5600 }],
    rigidExpenses: [],
  };
  values.applicantResidentId = '110105198001010016';
  values.materials = ['APPLICATION_FORM', 'RESIDENT_IDS'];
  values.truthPledgeSigned = true;
  values.verificationConsent = true;
  return values;
};

describe('front desk form validation', () => {
  it('accepts a complete application for a new household', () => {
    expect(validateApplication(aFamilyOfTwo(), ctx)).toEqual({});
  });

  it('requires exactly one head of household', () => {
    const values = aFamilyOfTwo();
    values.household.members[1].relation = 'HEAD';
    const errors = validateApplication(values, ctx);
    expect(errors.household.members[0].relation).toBe('app.validation.oneHead');
    expect(errors.household.members[1].relation).toBe('app.validation.oneHead');
  });

  it('rejects an invalid resident ID with the reason', () => {
    const values = aFamilyOfTwo();
    values.household.members[1].residentId = '110105198202020027';
    expect(validateApplication(values, ctx).household.members[1].residentId).toBe('app.validation.residentId.CHECKSUM');
  });

  it('checks birth date and sex against the resident ID', () => {
    const values = aFamilyOfTwo();
    values.household.members[0].birthDate = '1980-01-02';
    values.household.members[0].sex = 'FEMALE';
    const member = validateApplication(values, ctx).household.members[0];
    expect(member.birthDate).toBe('app.validation.birthDateMismatch');
    expect(member.sex).toBe('app.validation.sexMismatch');
  });

  it('rejects negative amounts and dates in the future', () => {
    const values = aFamilyOfTwo();
    values.household.incomes[0].amount = -1;
    values.household.incomes[0].periodEnd = '2026-12-31';
    values.household.assets[0].value = -5;
    const errors = validateApplication(values, ctx);
    expect(errors.household.incomes[0]).toEqual({ amount: 'app.validation.negative', periodEnd: 'app.validation.future' });
    expect(errors.household.assets[0]).toEqual({ value: 'app.validation.negative' });
  });

  it('requires disability kind and grade together', () => {
    const values = aFamilyOfTwo();
    values.household.members[0].disabilityKind = 'PHYSICAL';
    expect(validateApplication(values, ctx).household.members[0].disabilityGrade).toBe('app.validation.disabilityBoth');
  });

  it('names every missing material at once, the agent authorisation only with an agent', () => {
    const values = aFamilyOfTwo();
    values.materials = [];
    values.withAgent = true;
    values.agent = { name: '王五', residentId: '11010519491231002X', relation: '邻居' };
    expect(validateApplication(values, ctx).materials).toEqual({
      message: 'app.validation.materialsMissing', args: { names: '申请书、居民身份证、委托书' },
    });
    expect(missingMaterials(CHECKLIST, [], false).map(i => i.code)).toEqual(['APPLICATION_FORM', 'RESIDENT_IDS']);
  });

  it('requires the pledge, the consent and an applicant who is a member', () => {
    const values = aFamilyOfTwo();
    values.truthPledgeSigned = false;
    values.verificationConsent = false;
    values.applicantResidentId = '11010519491231002X';
    expect(validateApplication(values, ctx)).toMatchObject({
      truthPledgeSigned: 'app.validation.mustConfirm', verificationConsent: 'app.validation.mustConfirm',
      applicantResidentId: 'app.validation.applicantNotMember',
    });
  });

  it('asks for a household to be picked when applying for an existing one', () => {
    const values = { ...aFamilyOfTwo(), householdMode: 'existing' as const };
    expect(validateApplication(values, ctx)).toEqual({ householdId: 'app.frontDesk.pickHousehold' });
  });
});

describe('front desk request body', () => {
  it('sends a new household without empty values', () => {
    const body: any = toRequestBody(aFamilyOfTwo());
    expect(body.householdId).toBeUndefined();
    expect(body.household.members[0]).not.toHaveProperty('illnessNote');
    expect(body.household.members[0]).not.toHaveProperty('disabilityKind');
    expect(body.household.members[1].illnessNote).toBe('高血压');
    expect(body.household.assets[0]).toEqual({ kind: 'DEPOSIT', description: '活期存款', value: 5600 });
    expect(body).not.toHaveProperty('agent');
  });

  it('sends only the id of an existing household', () => {
    const body: any = toRequestBody({ ...aFamilyOfTwo(), householdMode: 'existing', householdId: 7 });
    expect(body.householdId).toBe(7);
    expect(body.household).toBeUndefined();
  });
});

describe('server errors on the form', () => {
  it('puts field errors on their inputs and missing materials together', () => {
    const mapped = mapServerErrors({
      code: 'MATERIALS_INCOMPLETE',
      errors: [
        { field: 'household.members[1].residentId', code: 'INVALID_RESIDENT_ID', message: '身份证号码无效' },
        { field: 'materials.APPLICATION_FORM', code: 'MATERIAL_MISSING', message: '缺少此项材料' },
        { field: 'materials.RESIDENT_IDS', code: 'MATERIAL_MISSING', message: '缺少此项材料' },
        { field: 'household.members', code: 'ONE_HEAD_REQUIRED', message: '家庭须有且只有一名户主' },
      ],
      missing: [
        { code: 'APPLICATION_FORM', name: '申请书', nameEn: 'Application form', need: 'ALWAYS' },
        { code: 'RESIDENT_IDS', name: '居民身份证', nameEn: 'Resident IDs', need: 'ALWAYS' },
      ],
    }, 'en');
    expect(mapped.fieldErrors).toEqual([
      { path: 'household.members.1.residentId', message: '身份证号码无效' },
      { path: 'materials', message: 'Application form、Resident IDs' },
    ]);
    expect(mapped.general).toEqual(['household.members: 家庭须有且只有一名户主']);
    expect(mapped.missing).toHaveLength(2);
  });

  it('converts server paths and finds their step', () => {
    expect(toFormPath('household.incomes[0].amount')).toBe('household.incomes.0.amount');
    expect(stepOf('streetCode')).toBe(0);
    expect(stepOf('household.address')).toBe(1);
    expect(stepOf('agent.residentId')).toBe(2);
  });
});
