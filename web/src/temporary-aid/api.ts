import { apiFetch, callApi, toHttpError } from '../dataProvider/http';

const BASE = '/api/temporary-aid';

export type AidType = 'EMERGENCY' | 'EXPENDITURE';
export type AidReason = 'ACCIDENT' | 'SUDDEN_ILLNESS' | 'DISASTER' | 'SPENDING_SHOCK' | 'OTHER';
export type AidForm = 'CASH' | 'GOODS' | 'REFERRAL';

export const AID_TYPES: AidType[] = ['EMERGENCY', 'EXPENDITURE'];
export const AID_REASONS: AidReason[] = ['ACCIDENT', 'SUDDEN_ILLNESS', 'DISASTER', 'SPENDING_SHOCK', 'OTHER'];
export const AID_FORMS: AidForm[] = ['CASH', 'GOODS', 'REFERRAL'];

export type AidDetails = {
  aidType: AidType; reason: AidReason; reasonDetail?: string | null; amountRequested: number; aidForm: AidForm;
};

export type Person = {
  householdId: number; memberId: number; name: string; residentIdMasked: string; communityCode: string;
  communityName: string | null; streetName: string | null; registeredElsewhere: boolean;
};

export type Payment = {
  id: number; caseNumber: string; source: 'RESERVE_FUND' | 'COUNTY'; stage: number; amount: number;
  status: 'PAID' | 'FAILED'; failureReason?: string; reserveFundEntryId?: number; payeeMemberId: number;
  payeeName: string; recordedBy: string; recordedAt: string;
};

/** A member of the aided person's household: who is paid, or who could be paid instead. */
export type AidMember = { memberId: number; name: string; relation: string; residentIdMasked: string; active: boolean };

export type PayeeChangeStatus = 'PROPOSED' | 'APPROVED' | 'REJECTED';

/** A proposed change of payee and its decision (people by name). */
export type PayeeChange = {
  id: number; from: AidMember; to: AidMember; reason: string; proposedBy: string; proposedByName: string;
  proposedAt: string; status: PayeeChangeStatus; decidedBy?: string | null; decidedByName?: string | null;
  decidedAt?: string | null; opinion?: string | null;
};

/** The ways out of a failed payment: the payee now, who could be paid instead, the changes, the closure. */
export type PaymentResolution = {
  payee: AidMember; candidates: AidMember[]; pending?: PayeeChange | null; changes: PayeeChange[];
  closure?: { closedAt: string; closedBy: string; closedByName: string; reason: string } | null;
};

export type Resolution = 'RETRY' | 'CHANGE_PAYEE' | 'CLOSE';
export const RESOLUTIONS: Resolution[] = ['RETRY', 'CHANGE_PAYEE', 'CLOSE'];

/** What the failed-payment step submits for a choice: only the fields that choice needs. */
export const resolutionData = (choice: Resolution, form: { payeeMemberId?: number | ''; note?: string; closeReason?: string }) => {
  if (choice === 'CLOSE') return { resolution: choice, closeReason: form.closeReason ?? '' };
  if (choice === 'CHANGE_PAYEE') {
    return { resolution: choice, payeeMemberId: form.payeeMemberId === '' ? undefined : form.payeeMemberId, note: form.note ?? '' };
  }
  return { resolution: choice, note: form.note ?? '' };
};

export type Instalment = { stage: number; amount: number; dueOn: string; paymentId?: number | null };

export type CaseAid = {
  request: { caseNumber: string; streetCode: string; details: AidDetails; repeatOfCase?: string | null };
  limits: { streetCeiling: number; conferenceThreshold: number; approvalDueAt: string };
  fundBalance: number;
  account: { approvedAmount?: number; paidAmount: number; instalments: Instalment[]; payments: Payment[] };
  resolution: PaymentResolution;
};

export type ReviewStatus = 'FILED' | 'QUERIED' | 'ANSWERED' | 'ACCEPTED';
export type PaperworkStatus = 'PENDING' | 'OVERDUE' | 'COMPLETED';

export type Filing = {
  id: number; caseNumber: string; streetCode: string; streetName: string; districtCode: string;
  personName: string; personIdMasked: string; aidType: AidType; reason: AidReason; reasonDetail?: string;
  aidForm: AidForm; amountPaid: number; paidAt: string; paperworkDueAt?: string; filedAt: string;
  /** the paperwork deadline was computed on a year whose holiday schedule is not published yet */
  paperworkDueProvisional?: boolean;
  reviewStatus: ReviewStatus; query?: string; answer?: string; paperworkStatus: PaperworkStatus;
  paperworkCompletedAt?: string;
};

export type FundEntry = {
  id: number; streetCode: string; kind: 'TOP_UP' | 'PAYMENT'; amount: number; balanceAfter: number;
  caseNumber?: string; reason?: string; recordedBy: string; recordedAt: string;
};

export type Statement = {
  streetCode: string; streetName: string; month: string; openingBalance: number; entries: FundEntry[];
  toppedUp: number; paid: number; closingBalance: number;
};

const post = <T>(url: string, body?: unknown) =>
  callApi<T>(url, { method: 'POST', body: body === undefined ? undefined : JSON.stringify(body) });

const query = (filter: Record<string, unknown>) =>
  `filter=${encodeURIComponent(JSON.stringify(Object.fromEntries(Object.entries(filter)
    .filter(([, v]) => v !== undefined && v !== null && v !== ''))))}`;

export const aidApi = {
  lookUpPerson: (residentId: string) => post<Person>(`${BASE}/person-lookup`, { residentId }),
  caseAid: (caseNumber: string) => callApi<CaseAid>(`${BASE}/cases/${encodeURIComponent(caseNumber)}`),
  payInstalment: (caseNumber: string, stage: number) =>
    post<Payment>(`${BASE}/cases/${encodeURIComponent(caseNumber)}/instalments/${stage}/payment`),
  filings: (filter: Record<string, unknown>) =>
    callApi<Filing[]>(`${BASE}/filings?range=${encodeURIComponent('[0,199]')}&${query(filter)}`),
  accept: (id: number, remark?: string) => post<Filing>(`${BASE}/filings/${id}/accept`, { remark }),
  query: (id: number, text: string) => post<Filing>(`${BASE}/filings/${id}/query`, { query: text }),
  answer: (id: number, text: string) => post<Filing>(`${BASE}/filings/${id}/answer`, { answer: text }),
  /** The XLSX summary table of the filter's filings, saved as a file by the browser. */
  exportFilings: async (filter: Record<string, unknown>) => {
    const response = await apiFetch(`${BASE}/filings/export?${query(filter)}`, { headers: { Accept: '*/*' } });
    if (!response.ok) throw toHttpError(response.status, response.statusText, undefined);
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = 'temporary-aid-filings.xlsx';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
  balance: (street: string) => callApi<{ streetCode: string; streetName: string; balance: number }>(
    `/api/reserve-funds/${street}`),
  topUp: (street: string, amount: number, reason: string) =>
    post<FundEntry>(`/api/reserve-funds/${street}/top-ups`, { amount, reason }),
  statement: (street: string, month: string) =>
    callApi<Statement>(`/api/reserve-funds/${street}/statement?month=${month}`),
};

export const canFileEmergency = (roles?: string[]) => !!roles?.includes('window-clerk');
export const canSeeFilings = (roles?: string[]) =>
  !!roles?.some(role => ['street-head', 'county-approver', 'county-auditor'].includes(role));
export const canReviewFilings = (roles?: string[]) => !!roles?.includes('county-auditor');
export const canAnswerFilings = (roles?: string[]) => !!roles?.includes('street-head');
export const canTopUp = (roles?: string[]) => !!roles?.includes('county-approver');

/** Birth date and sex encoded in an 18-digit resident ID (GB 11643), for registering a new person quickly. */
export const decodeResidentId = (id: string): { birthDate: string; sex: 'MALE' | 'FEMALE' } | null => {
  const value = id.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(value)) return null;
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (Number.isNaN(Date.parse(birthDate))) return null;
  return { birthDate, sex: Number(value[16]) % 2 === 1 ? 'MALE' : 'FEMALE' };
};
