import { apiFetch, Problem } from '../dataProvider/http';

export type HelpKind = 'LIVING' | 'EMPLOYMENT' | 'SCHOOLING' | 'HOUSING' | 'MEDICAL' | 'CONTRIBUTIONS';
export const HELP_KINDS: HelpKind[] = ['LIVING', 'EMPLOYMENT', 'SCHOOLING', 'HOUSING', 'MEDICAL', 'CONTRIBUTIONS'];

export type CatalogueMeasure = {
  code: string; name: string; kind: HelpKind; department: string; departmentName: string; deadlineDays: number;
  fields: { code: string; label: string; type: string }[];
};
export type Catalogue = { version: string; helps: { kind: HelpKind; name: string; measures: CatalogueMeasure[] }[]; departments: Record<string, string> };

export type VisitStatus = { lastVisitOn: string | null; intervalDays: number; nextVisitDue: string | null; overdue: boolean };
export type Pairing = { id: number; cadre: string; assignedBy: string; assignedAt: string; endedAt?: string | null; endedBy?: string | null; endReason?: string | null };
export type PlanMeasure = {
  id: number; memberId: number | null; memberName: string | null; measureCode: string; measureName: string; kind: HelpKind;
  department: string; departmentName: string; dueOn: string; status: 'PLANNED' | 'REFERRED' | 'DONE' | 'NOT_DONE';
  evidenceNote: string | null; details: Record<string, unknown>;
};
export type Plan = {
  id: number; householdId: number; caseNumber: string; streetCode: string; version: number; goals: string[];
  obligations: string[]; reviewOn: string; measures: PlanMeasure[]; cadre: Pairing | null; cadreHistory: Pairing[];
  updatedBy: string; updatedAt: string; visits: VisitStatus | null;
};
export type MeasureInput = { id?: number; memberId: number | null; measureCode: string; dueOn?: string | null; details: Record<string, unknown> };

export type Referral = {
  id: number; planId: number; measureId: number; caseNumber: string; householdId: number; streetCode: string; streetName: string;
  department: string; departmentName: string; measureCode: string; measureName: string; kind: HelpKind | null;
  memberName: string | null; householdHead: string | null; details: Record<string, unknown>; referredAt: string | null;
  dueAt: string | null; overdue: boolean; status: 'OPEN' | 'ANSWERED' | 'CLOSED'; delivered: boolean | null;
  answerNote: string | null; answeredBy: string | null; answeredOn: string | null; enteredBy: string | null;
  enteredAs: 'DEPARTMENT' | 'STREET' | null; enteredAt: string | null;
};

export type CadreLoad = {
  cadre: string; households: number; max: number;
  pairings: { householdId: number; planId: number | null; caseNumber: string | null; assignedAt: string; visits: VisitStatus | null }[];
};

export type Visit = { id: number; householdId: number; visitedOn: string; place: string; notes: string; visitor: string; recordedAt: string; photoDocumentIds: number[] };
export type VisitLog = { status: VisitStatus; visits: Visit[] };

/** A failed call with the server's problem (status, code, field errors). */
export class ApiProblem extends Error {
  constructor(public status: number, public problem: Problem) {
    super(problem.title || `HTTP ${status}`);
  }
}

const read = async <T>(response: Response): Promise<T> => {
  const text = await response.text();
  const body = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw new ApiProblem(response.status, (body ?? {}) as Problem);
  return body as T;
};

export const getJson = async <T>(url: string): Promise<T> => read<T>(await apiFetch(url));
export const sendJson = async <T>(url: string, method: string, body?: unknown): Promise<T> =>
  read<T>(await apiFetch(url, { method, body: JSON.stringify(body ?? {}) }));
export const sendForm = async <T>(url: string, form: FormData): Promise<T> =>
  read<T>(await apiFetch(url, { method: 'POST', body: form }));

/** The household's plan, or null when it has none yet. */
export const planOfHousehold = async (householdId: number): Promise<Plan | null> => {
  const response = await apiFetch(`/api/agreements/households/${householdId}/plan`);
  if (response.status === 404) return null;
  return read<Plan>(response);
};

/** A document's content as an object URL (the content needs the bearer token, so an <a href> cannot fetch it). */
export const documentUrl = async (householdId: number, documentId: number): Promise<string> => {
  const response = await apiFetch(`/api/households/${householdId}/documents/${documentId}/content`, { headers: { Accept: '*/*' } });
  if (!response.ok) throw new ApiProblem(response.status, {});
  return URL.createObjectURL(await response.blob());
};

/** Field errors of a problem by field, for showing at the inputs. */
export const fieldErrors = (error: unknown): Record<string, string> => {
  if (!(error instanceof ApiProblem)) return {};
  return Object.fromEntries((error.problem.errors ?? []).map(e => [e.field, e.message || e.code]));
};

/** Lines of a text area as a list, blank lines dropped. */
export const lines = (text: string) => text.split('\n').map(line => line.trim()).filter(Boolean);
