import { callApi, toHttpError } from './http';
import { getSession } from './session';
import { acceptLanguage } from '../i18n';

const API = '/api';
const json = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });
const caseUrl = (caseNumber: string, tail: string) => `${API}/cases/${encodeURIComponent(caseNumber)}/${tail}`;

export type TestOutcome = {
  code: string; label: string; inputs: Record<string, unknown>; outcome: 'PASSED' | 'FAILED' | 'NOT_APPLICABLE';
  explanation: string;
};
export type Assessment = {
  id: number; round: number; category: string; eligible: boolean; monthlyBenefit: number | null;
  result: { category: string; eligible: boolean; monthlyBenefit: number | null; tests: TestOutcome[]; rulesVersion: string; parameterVersion: string };
  rulesVersion: string; parameterVersion: string; verificationReportId: number | null; assessedAt: string;
};
export type FoundItem = { category: 'INCOME' | 'ASSET' | string; kind: string; amount: number | null; period?: string | null; description?: string | null };
export type IncomeComparison = { kind: string; declaredMonthly: number; foundMonthly: number | null; sources: string[]; discrepancy?: boolean };
export type AssetComparison = { kind: string; declaredCount: number; declaredValue: number; foundCount: number; foundValue: number; sources: string[] };
/** Assets of one kind of the whole household, declared against found; `discrepancy` when they disagree. */
export type HouseholdAsset = {
  kind: string; declaredCount?: number; declaredValue: number; foundCount: number; foundValue: number;
  foundValueKnown?: boolean; sources?: string[]; discrepancy?: boolean;
};
export type Discrepancy = {
  memberId: number | null; memberName: string | null; code: string; kind: string; sources: string[];
  declared: number | null; found: number | null; difference: number | null;
};
export type VerificationReport = {
  id: number; caseNumber: string; round: number; householdId: number; asOf: string; passed: boolean;
  discrepancyCount: number; toleranceYuan: number; createdAt: string;
  content: {
    assetToleranceYuan: number; sources: { source: string; name: string; extractDate: string }[];
    members: { memberId: number; name: string; residentId: string; sources: { source: string; extractDate: string; items: FoundItem[] }[];
      incomes: IncomeComparison[]; assets: AssetComparison[] }[];
    householdAssets: HouseholdAsset[];
    householdLevelDeclaredMonthly: number; discrepancies: Discrepancy[];
    incomeWindow?: { first: string; last: string; months: number } | null;
  };
};
export type CaseDecision = {
  id: number; kind: 'FIRST_OPINION' | 'DECISION'; level: 'STREET' | 'COUNTY'; decision: 'APPROVE' | 'REFUSE';
  monthlyBenefit: number | null; startMonth: string | null; reasons: string[]; note: string | null;
  parameterVersion: string | null; decidedBy: string; decidedAt: string;
};
export type PublicNotice = {
  id: number; caseNumber: string; round: number; communityCode: string; applicantName: string; familySize: number;
  monthlyAmount: number | null; startsOn: string; endsOn: string; status: 'OPEN' | 'ENDED' | 'INTERRUPTED'; documentId: number | null;
};
export type CaseDocument = {
  id: number; householdId: number; kind: string; fileName: string; contentType: string; sizeBytes: number;
  sha256: string; uploadedAt: string; caseNumber: string | null; taskId: string | null; step: string | null; generated: boolean;
};
export type SourceColumn = { code: string; name: string; type: string; required: boolean; choices: string[] };
export type VerificationSource = { code: string; name: string; connector: string; columns: SourceColumn[] };
export type ExtractImport = {
  id: number; source: string; sourceName: string; extractDate: string; rows: number; sha256: string; fileName: string;
  importedBy: string; importedAt: string;
};
export type SnapshotValue = { code: string; value: string; rowId: number | null; setAt: string | null; effectiveFrom: string | null };
export type PolicySnapshot = { jurisdictionCode: string; day: string; version: string; values: Record<string, SnapshotValue> };
export type ParameterRow = {
  id: number; jurisdictionCode: string; code: string; value: string; effectiveFrom: string; reason: string | null;
  createdBy: string | null; createdAt: string;
};
export type StepLimit = {
  id: number; jurisdictionCode: string; processKey: string; stepId: string; workingDays: number; effectiveFrom: string;
  reason: string | null; createdBy: string | null;
};

/** A ra-data-simple-rest list read without react-admin's resource machinery: the rows of one page. */
const list = <T>(path: string, filter: Record<string, unknown> = {}, sort: [string, string] = ['id', 'DESC'], range: [number, number] = [0, 499]) =>
  callApi<T[]>(`${path}?${new URLSearchParams({
    filter: JSON.stringify(filter), sort: JSON.stringify(sort), range: JSON.stringify(range),
  })}`);

/** Uploads with progress: fetch cannot report upload progress, XMLHttpRequest can. */
const uploadWithProgress = (url: string, form: FormData, onProgress: (fraction: number) => void): Promise<{ status: number; body: any }> =>
  new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('Accept-Language', acceptLanguage());
    const token = getSession()?.token;
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.upload.onprogress = event => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onload = () => {
      let body: any;
      try { body = request.responseText ? JSON.parse(request.responseText) : undefined; } catch { body = undefined; }
      if (request.status >= 200 && request.status < 300) resolve({ status: request.status, body });
      else reject(toHttpError(request.status, request.statusText, body));
    };
    request.onerror = () => reject(new Error('app.error.network'));
    request.send(form);
  });

/** An approved household as published (公布). */
export type Publication = {
  id: number; caseNumber: string; communityCode: string; category: string; applicantName: string; familySize: number;
  monthlyAmount: number; publishedOn: string;
};

/** The calls of the application process screens (assessments, decisions, 公示, policy, verification imports). */
export const processApi = {
  assessments: (caseNumber: string): Promise<Assessment[]> => callApi(caseUrl(caseNumber, 'assessments')),
  verificationReports: (caseNumber: string): Promise<VerificationReport[]> => callApi(caseUrl(caseNumber, 'verification-reports')),
  decisions: (caseNumber: string): Promise<CaseDecision[]> => callApi(caseUrl(caseNumber, 'decisions')),
  caseNotices: (caseNumber: string): Promise<PublicNotice[]> => callApi(caseUrl(caseNumber, 'public-notices')),
  noticeBoard: (): Promise<PublicNotice[]> => callApi(`${API}/public-notices`),
  publications: (): Promise<Publication[]> => callApi(`${API}/publications`),
  registerObjection: (caseNumber: string, body: { objector?: string; content: string }) =>
    callApi(caseUrl(caseNumber, 'objections'), json(body)),
  terminateCase: (caseNumber: string, reason: string) => callApi(caseUrl(caseNumber, 'termination'), json({ reason })),
  caseDocuments: (caseNumber: string): Promise<CaseDocument[]> => callApi(caseUrl(caseNumber, 'documents')),
  policyCatalogue: () => callApi<import('../policy/catalogue').ParameterDefinition[]>(`${API}/policy/catalogue`),
  policySnapshot: (jurisdiction: string, day?: string): Promise<PolicySnapshot> =>
    callApi(`${API}/policy/snapshot?${new URLSearchParams(day ? { jurisdiction, day } : { jurisdiction })}`),
  parameterHistory: (filter: { jurisdictionCode?: string; code?: string }) =>
    list<ParameterRow>(`${API}/policy/parameters`, filter, ['effectiveFrom', 'DESC']),
  setParameter: (body: { jurisdictionCode: string; code: string; value: string | number | boolean; effectiveFrom: string; reason: string }) =>
    callApi<ParameterRow>(`${API}/policy/parameters`, json(body)),
  stepLimits: (filter: Record<string, unknown> = {}) => list<StepLimit>(`${API}/policy/step-slas`, filter),
  setStepLimit: (body: { jurisdictionCode: string; processKey: string; stepId: string; workingDays: number; effectiveFrom: string; reason: string }) =>
    callApi<StepLimit>(`${API}/policy/step-slas`, json(body)),
  verificationSources: (): Promise<VerificationSource[]> => callApi(`${API}/verification/sources`),
  extractImports: () => list<ExtractImport>(`${API}/verification/imports`),
  /** 201 stored, 200 the same file was imported before (nothing stored); a refusal rejects with the problem. */
  importExtract: async (source: string, extractDate: string, file: File, onProgress: (fraction: number) => void): Promise<{ created: boolean; extract: ExtractImport }> => {
    const form = new FormData();
    form.append('source', source);
    form.append('extractDate', extractDate);
    form.append('file', file);
    const { status, body } = await uploadWithProgress(`${API}/verification/imports`, form, onProgress);
    return { created: status === 201, extract: body as ExtractImport };
  },
};
