import { apiFetch, callApi } from '../dataProvider/http';
import type { LintConfig } from './ownRules';

export type Version = {
  id: string; version: number; versionTag?: string; deploymentId: string; deployedBy: string; deployedAt?: string;
  changeNote?: string; channel: 'SHIPPED' | 'WEB' | 'CAMUNDA_MODELER'; runningInstances: number; incidents: number;
};
export type ProcessEntry = {
  id: string; key: string; name: string; latestVersion: number; latestDefinitionId: string; runningInstances: number;
  incidents: number; versions: Version[];
};
export type Definition = {
  id: string; key: string; name?: string; version: number; xml: string; openTasks: Record<string, number>;
  activeInstances: Record<string, number>; incidentsPerStep: Record<string, number>;
  incidents: { id: string; activityId: string; processInstanceId: string; type: string; message?: string }[];
};
export type Instruction = { source: string; target: string };

export const processApi = {
  processes: () => callApi<ProcessEntry[]>('/api/processes'),
  definition: (id: string) => callApi<Definition>(`/api/processes/definitions/${encodeURIComponent(id)}`),
  lintConfig: () => callApi<LintConfig>('/api/processes/lint-config'),
  form: (key: string) => callApi<any>(`/api/processes/forms/${encodeURIComponent(key)}`),
  /** Resolves with the answer, or rejects with the server's problem (422 MODEL_INVALID lists every problem). */
  deploy: async (files: { name: string; content: string }[], changeNote: string) => {
    const body = new FormData();
    body.append('changeNote', changeNote);
    for (const file of files) body.append('files', new Blob([file.content]), file.name);
    const response = await apiFetch('/api/process-deployments', { method: 'POST', body });
    const json = await response.json().catch(() => undefined);
    if (!response.ok) throw json ?? { title: response.statusText };
    return json as { deploymentId: string; processes: string[] };
  },
  dryRun: (processKey: string, bpmnXml: string, cases = 50) =>
    callApi<{ checked: number; broken: number; paths: { processInstanceId: string; businessKey?: string; missingSteps: string[];
      missingTransitions: { to: string }[] }[] }>('/api/processes/dry-run', { method: 'POST', body: JSON.stringify({ processKey, bpmnXml, cases }) }),
  plan: (source: string, target: string) =>
    callApi<any>(`/api/process-migrations/plan?source=${encodeURIComponent(source)}&target=${encodeURIComponent(target)}`),
  validate: (request: any) => callApi<any>('/api/process-migrations/validation', { method: 'POST', body: JSON.stringify(request) }),
  startMigration: (request: any) => callApi<any>('/api/process-migrations', { method: 'POST', body: JSON.stringify(request) }),
  migration: (id: number) => callApi<any>(`/api/process-migrations/${id}`),
};
