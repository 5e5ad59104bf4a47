import { useQuery } from '@tanstack/react-query';
import { useDataProvider, usePermissions, useTranslate } from 'react-admin';
import {
  Accordion, AccordionDetails, AccordionSummary, Box, Card, CardContent, CardHeader, Chip, Divider, Table, TableBody,
  TableCell, TableHead, TableRow, Typography,
} from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import type { AppDataProvider } from '../dataProvider';
import { hasAnyRole } from '../authProvider';
import { formatMoney, useFormatDate } from '../common/fields';
import { AssessmentExplanation } from '../decisions/AssessmentExplanation';
import { OpinionSummary } from '../tasks/screens/ReviewScreen';
import { ObjectionButton, OBJECTION_ROLES } from '../public-notices/ObjectionButton';
import { CaseDocuments } from './CaseDocuments';

const Section = ({ title, children, action }: { title: string; children: React.ReactNode; action?: React.ReactNode }) => (
  <Box sx={{ mb: 2 }}>
    <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
      <Typography variant="subtitle1" sx={{ fontWeight: 500 }}>{title}</Typography>
      <Box sx={{ ml: 'auto' }}>{action}</Box>
    </Box>
    {children}
  </Box>
);

/** 审核进度: opinions and decisions with reasons, assessments (expandable), 公示 rounds, documents. */
export const ReviewProgress = ({ record }: { record: { caseNumber: string; status: string } }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { permissions: roles } = usePermissions<string[]>();
  const caseNumber = record.caseNumber;
  const { data: decisions = [] } = useQuery({ queryKey: ['decisions', caseNumber], queryFn: () => dataProvider.decisions(caseNumber) });
  const { data: assessments = [] } = useQuery({ queryKey: ['assessments', caseNumber], queryFn: () => dataProvider.assessments(caseNumber) });
  const { data: notices = [] } = useQuery({ queryKey: ['case-notices', caseNumber], queryFn: () => dataProvider.caseNotices(caseNumber) });
  const noticeOpen = notices.some(n => n.status === 'OPEN');
  const none = <Typography variant="body2" color="text.secondary">{translate('app.progress.none')}</Typography>;
  return (
    <Card sx={{ mb: 2 }} data-testid="review-progress">
      <CardHeader title={translate('app.progress.title')} />
      <CardContent>
        <Section title={translate('app.progress.decisions')}>
          {decisions.length === 0 ? none : decisions.map((d, i) => (
            <Box key={d.id} data-testid="case-decision">
              {i > 0 && <Divider sx={{ my: 1 }} />}
              <Box sx={{ display: 'flex', gap: 1, mb: 0.5, alignItems: 'center' }}>
                <Typography variant="body2" sx={{ fontWeight: 500 }}>
                  {translate(`app.progress.level.${d.level}`, { _: d.level })}{translate(`app.progress.kind.${d.kind}`, { _: d.kind })}
                </Typography>
                {d.monthlyBenefit != null && d.decision === 'APPROVE' && d.kind === 'DECISION' && (
                  <Typography variant="body2" color="text.secondary">
                    {formatMoney(d.monthlyBenefit)} 元/月{d.startMonth ? ` · ${translate('app.progress.startMonth', { month: d.startMonth.slice(0, 7) })}` : ''}
                  </Typography>
                )}
              </Box>
              <OpinionSummary opinion={d} />
            </Box>
          ))}
        </Section>
        <Section title={translate('app.progress.assessments')}>
          {assessments.length === 0 ? none : assessments.map(a => (
            <Accordion key={a.id} disableGutters variant="outlined" data-testid="case-assessment">
              <AccordionSummary expandIcon={<ExpandMoreIcon />}>
                <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                  <Typography variant="body2">{translate('app.decision.round', { round: a.round })}</Typography>
                  <Chip size="small" color={a.eligible ? 'success' : 'error'} label={translate(a.eligible ? 'app.decision.eligible' : 'app.decision.notEligible')} />
                  <Typography variant="body2" color="text.secondary">
                    {a.monthlyBenefit != null ? `${formatMoney(a.monthlyBenefit)} 元/月 · ` : ''}{formatDate(a.assessedAt)}
                  </Typography>
                </Box>
              </AccordionSummary>
              <AccordionDetails><AssessmentExplanation assessment={a} /></AccordionDetails>
            </Accordion>
          ))}
        </Section>
        <Section title={translate('app.progress.notices')}
          action={noticeOpen && hasAnyRole(roles, OBJECTION_ROLES) && <ObjectionButton caseNumber={caseNumber} />}>
          {notices.length === 0 ? none : (
            <Table size="small" data-testid="case-notices">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('app.progress.noticeRound', { round: '' }).trim()}</TableCell>
                  <TableCell>{translate('app.notices.period')}</TableCell>
                  <TableCell align="right">{translate('app.notices.amount')}</TableCell>
                  <TableCell>{translate('resources.cases.fields.status')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {notices.map(n => (
                  <TableRow key={n.id}>
                    <TableCell>{translate('app.progress.noticeRound', { round: n.round })}</TableCell>
                    <TableCell>{translate('app.progress.period', { from: n.startsOn, to: n.endsOn })}</TableCell>
                    <TableCell align="right">{n.monthlyAmount != null ? formatMoney(n.monthlyAmount) : '—'}</TableCell>
                    <TableCell>
                      <Chip size="small" color={n.status === 'OPEN' ? 'primary' : 'default'} label={translate(`app.progress.noticeStatus.${n.status}`, { _: n.status })} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </Section>
        <Section title={translate('app.progress.documents')}>
          <CaseDocuments caseNumber={caseNumber} />
        </Section>
      </CardContent>
    </Card>
  );
};
