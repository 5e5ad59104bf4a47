import { expect, Page, test } from '@playwright/test';
import { apiAs, fileApplication, hasEndpoint, waitForTask } from './api';
import { login, shot } from './helpers';

const openTask = async (page: Page, taskId: string) => {
  await page.goto(`/#/tasks/${encodeURIComponent(taskId)}/show`);
  await expect(page.getByTestId('task-title')).toHaveText('入户调查', { timeout: 20_000 });
};

test('a comment posted on a task shows on the case timeline', async ({ page, request }) => {
  const caseNumber = await fileApplication(request);
  const caseworker = await apiAs(request, 'caseworker.110105001');
  const task = await waitForTask(caseworker, caseNumber);
  await caseworker.post(`/api/tasks/${task.id}/claim`);

  await login(page, 'caseworker.110105001');
  await openTask(page, task.id);
  const text = `入户前已电话联系户主，约定周三上午上门（${Date.now()}）`;
  const comment = page.getByTestId('comment-text');
  await comment.fill(text);
  await comment.press('Control+Enter');
  await expect(page.getByText('评论已发表')).toBeVisible();
  await expect(comment).toHaveValue('');
  const entry = page.locator('tr').filter({ hasText: text });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('备注');
  await expect(entry).toContainText('caseworker.110105001');
  await shot(page, '10-task-comment');
});

test('a street head reassigns a task through the dialog', async ({ page, request }) => {
  const head = await apiAs(request, 'head.110105001');
  test.skip(!(await hasEndpoint(request, head, '/api/tasks/no-such-task/candidates')),
    'GET /api/tasks/{id}/candidates is not on this server yet');
  const caseNumber = await fileApplication(request);
  const caseworker = await apiAs(request, 'caseworker.110105001');
  const task = await waitForTask(caseworker, caseNumber);

  await login(page, 'head.110105001');
  await openTask(page, task.id);
  await expect(page.getByTestId('task-assignee')).toHaveText('未签收');
  await page.getByTestId('reassign-task').click();
  const dialog = page.getByTestId('reassign-dialog');
  await expect(dialog).toBeVisible();
  // The first field has the focus: typing searches the candidates by name.
  await page.keyboard.type('经办');
  const option = page.getByTestId('candidate-option').filter({ hasText: '建外街道经办人' });
  await expect(option).toContainText('caseworker.110105001');
  await option.click();
  await expect(page.getByRole('combobox', { name: '办理人员' })).toHaveValue(/建外街道经办人/);
  await shot(page, '11-reassign');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/任务已转派给/)).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('task-assignee')).toHaveText('caseworker.110105001');

  expect((await waitForTask(caseworker, caseNumber, 'MINE')).id).toBe(task.id);
});

test('the assignee attaches documents and downloads one; each refused file shows its reason', async ({ page, request }) => {
  const caseworker = await apiAs(request, 'caseworker.110105001');
  test.skip(!(await hasEndpoint(request, caseworker, '/api/tasks/no-such-task/documents')),
    'GET /api/tasks/{id}/documents is not on this server yet');
  const caseNumber = await fileApplication(request);
  const task = await waitForTask(caseworker, caseNumber);
  await caseworker.post(`/api/tasks/${task.id}/claim`);

  await login(page, 'caseworker.110105001');
  await openTask(page, task.id);
  const card = page.getByTestId('task-documents');
  // A new case has only its generated acceptance receipt.
  await expect(card).toContainText('受理回执');
  await expect(card).toContainText('系统生成');
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  await card.getByTestId('task-document-file').setInputFiles([
    { name: '入户调查记录.pdf', mimeType: 'application/pdf', buffer: pdf },
    { name: '说明.txt', mimeType: 'text/plain', buffer: Buffer.from('not allowed') },
    { name: '空白.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) },
  ]);
  const rows = card.getByTestId('upload-row');
  // Refused in the browser (type) and by the server (empty), each at its file.
  await expect(rows.filter({ hasText: '说明.txt' })).toContainText('只能上传 PDF、JPEG 或 PNG 文件');
  await expect(rows.filter({ hasText: '空白.pdf' })).toContainText('文件为空');
  await expect(rows.filter({ hasText: '入户调查记录.pdf' })).toHaveAttribute('data-state', 'done');
  const listed = card.getByTestId('task-document').filter({ hasText: '入户调查记录.pdf' });
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText('本环节');
  const download = page.waitForEvent('download');
  await listed.getByRole('button', { name: '入户调查记录.pdf' }).click();
  expect((await download).suggestedFilename()).toBe('入户调查记录.pdf');
  await shot(page, '12-task-documents');
});
