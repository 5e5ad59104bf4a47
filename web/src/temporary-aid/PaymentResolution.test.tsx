import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nContextProvider } from 'react-admin';
import type { ReactNode } from 'react';
import { i18nProvider } from '../i18n';
import { CaseAid, PayeeChange, resolutionData } from './api';
import { PaymentResolutionView } from './PaymentResolution';
import { FailedPaymentForm } from './FailedPaymentScreen';
import { PayeeChangeApprovalForm } from './PayeeChangeApprovalScreen';

afterEach(cleanup);

const wrap = (node: ReactNode) => render(<I18nContextProvider value={i18nProvider}>{node}</I18nContextProvider>);

const spouse = { memberId: 12, name: '李秀英', relation: 'SPOUSE', residentIdMasked: '110105**********22', active: false };
const head = { memberId: 11, name: '王建国', relation: 'HEAD', residentIdMasked: '110105**********11', active: true };

const change = (status: PayeeChange['status'], decided = status !== 'PROPOSED'): PayeeChange => ({
  id: status === 'PROPOSED' ? 2 : 1, from: spouse, to: head, reason: '原收款人已迁出', proposedBy: 'cw.110105001',
  proposedByName: '张敏', proposedAt: '2026-12-07T02:00:00Z', status,
  decidedBy: decided ? 'head.110105001' : null, decidedByName: decided ? '刘强' : null,
  decidedAt: decided ? '2026-12-07T03:00:00Z' : null, opinion: decided ? '同意由户主领取' : null,
});

const anAid = (resolution: Partial<CaseAid['resolution']> = {}): CaseAid => ({
  request: { caseNumber: 'LS-110105001-2026-000007', streetCode: '110105001', details: { aidType: 'EMERGENCY', reason: 'ACCIDENT', amountRequested: 1000, aidForm: 'CASH' } },
  limits: { streetCeiling: 4350, conferenceThreshold: 14500, approvalDueAt: '2026-12-08T02:00:00Z' },
  fundBalance: 5000,
  account: {
    approvedAmount: 1000, paidAmount: 0, instalments: [], payments: [{
      id: 5, caseNumber: 'LS-110105001-2026-000007', source: 'RESERVE_FUND', stage: 1, amount: 1000, status: 'FAILED',
      failureReason: '收款人已不是本户在册成员（迁出或死亡），请核实收款人', payeeMemberId: 12, payeeName: '李秀英',
      recordedBy: 'system', recordedAt: '2026-12-07T01:00:00Z',
    }],
  },
  resolution: { payee: spouse, candidates: [head], pending: null, changes: [], closure: null, ...resolution },
});

describe('PaymentResolutionView', () => {
  it('shows the failed attempts with their reasons, the payee, the pending change and who proposed it', () => {
    wrap(<PaymentResolutionView aid={anAid({ pending: change('PROPOSED'), changes: [change('PROPOSED')] })} />);
    expect(screen.getByTestId('aid-failed-attempts').textContent).toContain('收款人已不是本户在册成员');
    expect(screen.getByTestId('aid-failed-attempts').textContent).toContain('李秀英');
    expect(screen.getByTestId('aid-payee').textContent).toContain('李秀英（配偶，110105**********22）');
    expect(screen.getByTestId('aid-payee').textContent).toContain('已迁出或死亡');
    const pending = screen.getByTestId('aid-pending-change').textContent;
    expect(pending).toContain('李秀英 → 王建国');
    expect(pending).toContain('张敏');
    expect(pending).not.toContain('cw.110105001');
  });

  it('names who approved an earlier change and shows a request closed unpaid with its reason', () => {
    wrap(<PaymentResolutionView aid={anAid({ payee: head, changes: [change('APPROVED')],
      closure: { closedAt: '2026-12-07T04:00:00Z', closedBy: 'cw.110105001', closedByName: '张敏', reason: '受助人已去世' } })} />);
    expect(screen.getByTestId('payee-change-APPROVED').textContent).toContain('刘强');
    expect(screen.getByTestId('payee-change-APPROVED').textContent).toContain('批准');
    expect(screen.getByTestId('aid-closure').textContent).toContain('受助人已去世');
    expect(screen.queryByTestId('aid-pending-change')).toBeNull();
  });
});

describe('FailedPaymentForm', () => {
  it('warns that a retry to a payee who left will fail again', () => {
    wrap(<FailedPaymentForm aid={anAid()} onSubmit={vi.fn()} />);
    expect(screen.getByTestId('retry-will-fail')).toBeTruthy();
  });

  it('proposes another active member of the household as payee with the reason', async () => {
    const onSubmit = vi.fn(async () => ({ ok: true as const }));
    wrap(<FailedPaymentForm aid={anAid()} onSubmit={onSubmit} />);
    fireEvent.click(screen.getByLabelText('变更收款人'));
    const select = screen.getByTestId('new-payee') as HTMLSelectElement;
    expect(Array.from(select.options).map(o => o.textContent)).toEqual(['', '王建国（户主，110105**********11）']);
    fireEvent.change(select, { target: { value: '11' } });
    fireEvent.change(screen.getByTestId('resolution-note'), { target: { value: '改由户主领取' } });
    fireEvent.click(screen.getByTestId('resolution-submit'));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ resolution: 'CHANGE_PAYEE', payeeMemberId: 11, note: '改由户主领取' }));
  });

  it('shows the server\'s error at the close reason when closing without one', async () => {
    const onSubmit = vi.fn(async () => ({ ok: false as const, fieldErrors: [{ field: 'closeReason', code: 'REQUIRED', message: '必填' }] }));
    wrap(<FailedPaymentForm aid={anAid()} onSubmit={onSubmit} />);
    fireEvent.click(screen.getByLabelText('结案不予发放'));
    fireEvent.click(screen.getByTestId('resolution-submit'));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ resolution: 'CLOSE', closeReason: '' }));
    await waitFor(() => expect(screen.getByText('必填')).toBeTruthy());
  });

  it('offers no change of payee when nobody else is an active member', () => {
    wrap(<FailedPaymentForm aid={anAid({ candidates: [] })} onSubmit={vi.fn()} />);
    expect((screen.getByLabelText('变更收款人') as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText('受助人家庭没有其他在册成员，不能变更收款人')).toBeTruthy();
  });
});

describe('PayeeChangeApprovalForm', () => {
  it('tells the proposer that another person must decide and does not let them submit', () => {
    wrap(<PayeeChangeApprovalForm aid={anAid({ pending: change('PROPOSED') })} username="cw.110105001" onSubmit={vi.fn()} />);
    expect(screen.getByTestId('own-proposal').textContent).toContain('岗位分离');
    expect((screen.getByTestId('payee-change-submit') as HTMLButtonElement).disabled).toBe(true);
  });

  it('submits the decision and the opinion of another person', async () => {
    const onSubmit = vi.fn(async () => ({ ok: true as const }));
    wrap(<PayeeChangeApprovalForm aid={anAid({ pending: change('PROPOSED') })} username="head.110105001" onSubmit={onSubmit} />);
    fireEvent.change(screen.getByTestId('payee-change-opinion'), { target: { value: '同意' } });
    fireEvent.click(screen.getByTestId('payee-change-submit'));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ payeeChangeDecision: 'APPROVE', opinion: '同意' }));
  });
});

describe('resolutionData', () => {
  it('sends only the fields of the choice', () => {
    const form = { payeeMemberId: 11 as const, note: '说明', closeReason: '原因' };
    expect(resolutionData('RETRY', form)).toEqual({ resolution: 'RETRY', note: '说明' });
    expect(resolutionData('CHANGE_PAYEE', form)).toEqual({ resolution: 'CHANGE_PAYEE', payeeMemberId: 11, note: '说明' });
    expect(resolutionData('CLOSE', form)).toEqual({ resolution: 'CLOSE', closeReason: '原因' });
  });
});
