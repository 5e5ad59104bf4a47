import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { AidPaymentsButton } from './AidPaymentsButton';

afterEach(cleanup);

const renderFor = (category: string) => render(
  <MemoryRouter><AidPaymentsButton caseNumber="LS-110105001-2026-0007" category={category} /></MemoryRouter>,
);

describe('AidPaymentsButton', () => {
  it('links a temporary aid case to its payments page', () => {
    const link = renderFor('TEMPORARY_AID').getByTestId('aid-payments-link');
    expect(link.getAttribute('href')).toBe('/temporary-aid/cases/LS-110105001-2026-0007');
  });

  it('shows nothing for any other category', () => {
    for (const category of ['DIBAO', 'TEKUN', 'MARGINAL', 'RIGID_EXPENDITURE']) {
      expect(renderFor(category).queryByTestId('aid-payments-link')).toBeNull();
      cleanup();
    }
  });
});
