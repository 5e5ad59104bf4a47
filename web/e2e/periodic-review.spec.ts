import { expect, test } from '@playwright/test';
import { choose, login, shot } from './helpers';
import { apiAs, Api } from './api';

type TaskRow = { id: string; caseNumber: string; step: string };

/** The review tasks of a step in a user's group inbox. */
const reviewTasks = async (api: Api, step: string): Promise<TaskRow[]> => {
  const query = new URLSearchParams({
    filter: JSON.stringify({ inbox: 'GROUP', processKey: 'periodic-review', step }), range: '[0,49]',
  });
  return api.get(`/api/tasks?${query}`);
};

const waitForReviewTask = async (api: Api, step: string, caseNumber?: string, outcome?: string): Promise<TaskRow> => {
  let found: TaskRow | undefined;
  await expect(async () => {
    for (const task of await reviewTasks(api, step)) {
      if (caseNumber && task.caseNumber !== caseNumber) continue;
      if (outcome && (await api.get(`/api/cases/${encodeURIComponent(task.caseNumber)}/review`)).proposal?.outcome !== outcome) continue;
      found = task;
      return;
    }
    expect(found, `a ${step} task`).toBeTruthy();
  }).toPass({ timeout: 60_000, intervals: [1_000, 2_000] });
  return found as TaskRow;
};

test('a county approver launches a campaign over a street, decides a stop and finds the notice in the case', async ({ page, request }) => {
  test.setTimeout(240_000);
  await login(page, 'approver.110105');
  await page.goto('/#/review-campaigns');
  await page.getByTestId('campaign-name').fill('朝外街道集中核查');
  await choose(page, /^街道/, '朝外街道');
  await expect(page.getByTestId('campaign-preview')).toContainText('3 户');
  await page.getByTestId('campaign-launch').click();
  const campaign = page.getByTestId('campaign-list').locator('tbody tr', { hasText: '朝外街道集中核查' });
  await expect(campaign.getByTestId('progress-started')).toHaveText('3', { timeout: 60_000 });
  await expect(campaign.getByTestId('progress-verified')).toHaveText('3', { timeout: 90_000 });
  await shot(page, 'review-campaign-progress');

  // The street's steps (their form-js forms have their own tests): home visit and the caseworker's review.
  const caseworker = await apiAs(request, 'caseworker.110105002');
  const second = await apiAs(request, 'caseworker2.110105002');
  const visit = await waitForReviewTask(caseworker, 'UserTask_VisitHousehold', undefined, 'STOP');
  await caseworker.post(`/api/tasks/${visit.id}/complete`, {
    visitedOn: new Date().toISOString().slice(0, 10), secondInvestigator: '朝外街道第二经办人',
    findings: '入户核实：家庭在银行存款约30万元', familySigned: true,
  });
  const proposal = await waitForReviewTask(second, 'UserTask_ReviewProposal', visit.caseNumber);
  await second.post(`/api/tasks/${proposal.id}/complete`, { proposedOutcome: 'STOP' });

  // The county decides on its decision screen.
  const approver = await apiAs(request, 'approver.110105');
  const decision = await waitForReviewTask(approver, 'UserTask_CountyReviewDecision', visit.caseNumber);
  await page.goto(`/#/tasks/${decision.id}/show`);
  await expect(page.getByTestId('task-title')).toHaveText('县级核查决定');
  await page.getByTestId('claim-task').click();
  const screen = page.getByTestId('screen-review-decision');
  await expect(screen.getByTestId('proposal-outcome')).toHaveText('停发', { timeout: 20_000 });
  await screen.getByTestId('review-submit').click();
  await expect(screen).toContainText('须写明理由');
  await screen.getByTestId('review-reasons').fill('家庭银行存款300000元，超过低保家庭财产限额\n经入户核实属实');
  await shot(page, 'review-decision-stop');
  await screen.getByTestId('review-submit').click();

  // The notice is generated into the household file and listed with the case's documents.
  await expect(async () => {
    const documents: { kind: string }[] = await approver.get(`/api/cases/${encodeURIComponent(visit.caseNumber)}/documents`);
    expect(documents.map(d => d.kind)).toContain('REVIEW_NOTICE');
  }).toPass({ timeout: 60_000, intervals: [1_000, 2_000] });
  await page.goto(`/#/cases/${encodeURIComponent(visit.caseNumber)}/show`);
  const documents = page.getByTestId('case-documents');
  await expect(documents).toContainText('核查决定通知书', { timeout: 20_000 });
  await expect(documents).toContainText('停发通知书');
  await shot(page, 'review-stop-notice');
});
