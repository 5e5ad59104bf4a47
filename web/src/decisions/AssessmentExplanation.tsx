import { useTranslate } from 'react-admin';
import { Alert, Box, Chip, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import type { Assessment, TestOutcome } from '../dataProvider/process';
import { formatMoney } from '../common/fields';
import { enumKey } from '../common/enums';

const OUTCOME_COLOR = { PASSED: 'success', FAILED: 'error', NOT_APPLICABLE: 'default' } as const;

const inputValue = (value: unknown): string => {
  if (value == null) return '—';
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
};

/** Inputs whose values are codes: the translation key of a value. */
const ENUM_INPUTS: Record<string, (value: string) => string> = {
  disabilityKind: value => enumKey('disabilityKind', value), workAbility: value => enumKey('workAbility', value),
  legalSupport: value => enumKey('legalSupport', value), deemedBy: value => `app.decision.deemedBy.${value}`,
};

export const OutcomeChip = ({ outcome }: { outcome: TestOutcome['outcome'] }) => {
  const translate = useTranslate();
  return <Chip size="small" color={OUTCOME_COLOR[outcome] ?? 'default'} label={translate(`app.decision.outcome.${outcome}`, { _: outcome })} data-testid="test-outcome" />;
};

/** The eligibility assessment as the rules explain it: each test with its figures, outcome and explanation. */
export const AssessmentExplanation = ({ assessment, dense }: { assessment?: Assessment | null; dense?: boolean }) => {
  const translate = useTranslate();
  if (!assessment) return <Alert severity="info">{translate('app.decision.noAssessment')}</Alert>;
  const tests = assessment.result?.tests ?? [];
  // Lists (the income figures per member and kind) are told in words in the explanation.
  const shownInputs = (inputs: Record<string, unknown> | undefined) => Object.entries(inputs ?? {}).filter(([, value]) => !Array.isArray(value));
  return (
    <Box data-testid="assessment">
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <Chip color={assessment.eligible ? 'success' : 'error'} data-testid="assessment-eligible"
          label={translate(assessment.eligible ? 'app.decision.eligible' : 'app.decision.notEligible')} />
        <Typography variant="body2">{translate(`app.enums.category.${assessment.category}`, { _: assessment.category })}</Typography>
        <Typography variant="body2" sx={{ ml: 'auto' }} data-testid="assessment-benefit">
          {translate('app.decision.benefit')}：<b>{assessment.monthlyBenefit != null ? `${formatMoney(assessment.monthlyBenefit)} 元` : '—'}</b>
        </Typography>
      </Box>
      <Table size="small">
        <TableBody>
          {tests.map(test => (
            <TableRow key={test.code} data-testid={`test-${test.code}`} sx={{ verticalAlign: 'top' }}>
              <TableCell sx={{ width: dense ? undefined : '30%' }}>
                <Typography variant="body2" sx={{ fontWeight: 500 }}>{test.label}</Typography>
                <Box sx={{ mt: 0.5 }}><OutcomeChip outcome={test.outcome} /></Box>
              </TableCell>
              <TableCell>
                <Typography variant="body2">{test.explanation}</Typography>
                {shownInputs(test.inputs).length > 0 && (
                  <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 1.5, rowGap: 0.25, m: 0, mt: 0.5, color: 'text.secondary', fontSize: 12 }}>
                    {shownInputs(test.inputs).map(([name, value]) => (
                      <Box key={name} sx={{ display: 'contents' }}>
                        <Box component="dt">{translate(`app.decision.inputNames.${name}`, { _: name })}</Box>
                        <Box component="dd" sx={{ m: 0, fontFamily: 'monospace' }}>
                          {typeof value === 'string' && ENUM_INPUTS[name] ? translate(ENUM_INPUTS[name](value), { _: value }) : inputValue(value)}
                        </Box>
                      </Box>
                    ))}
                  </Box>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="caption" color="text.secondary">
        {translate('app.decision.rules', { rules: assessment.rulesVersion, params: assessment.parameterVersion })}
      </Typography>
    </Box>
  );
};

