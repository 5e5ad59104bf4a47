import { useTranslate } from 'react-admin';
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useFormatDate } from '../common/fields';

export type TimelineEntry = { occurredAt: string; type: string; step?: string; actor?: string; detail?: string };

/** The case's 办理记录 (GET /api/cases/{caseNumber} timeline), oldest first as the server sends it. */
export const CaseTimeline = ({ timeline }: { timeline?: TimelineEntry[] }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          {['occurredAt', 'type', 'step', 'actor', 'detail'].map(k => <TableCell key={k} sx={{ fontWeight: 600 }}>{translate(`app.case.${k}`)}</TableCell>)}
        </TableRow>
      </TableHead>
      <TableBody>
        {(timeline ?? []).map((e, i) => (
          <TableRow key={i}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(e.occurredAt)}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate(`app.enums.timeline.${e.type}`, { _: e.type })}</TableCell>
            <TableCell>{e.step}</TableCell>
            <TableCell>{e.actor}</TableCell>
            <TableCell>{e.detail}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
