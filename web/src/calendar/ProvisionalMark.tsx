import { useTranslate } from 'react-admin';
import { Box, Tooltip } from '@mui/material';

/**
 * The year a provisional deadline waits for: the first provisional year the server names, else the year the
 * deadline falls in. Null when the deadline is not provisional.
 */
export const provisionalYear = (
  provisional: boolean | null | undefined, due: string | null | undefined, years?: number[] | null,
): number | null => {
  if (!provisional) return null;
  if (years && years.length > 0) return years[0];
  if (!due) return null;
  const year = Number(due.slice(0, 4));
  return Number.isFinite(year) ? year : null;
};

/**
 * （暂定） after a due date computed on a year whose holiday schedule is not published yet, with a tooltip saying
 * so; nothing for any other due date.
 */
export const ProvisionalMark = ({ provisional, due, years }: {
  provisional?: boolean | null; due?: string | null; years?: number[] | null;
}) => {
  const translate = useTranslate();
  const year = provisionalYear(provisional, due, years);
  if (year == null) return null;
  return (
    <Tooltip title={translate('app.calendar.provisionalHint', { year })}>
      <Box component="span" data-testid="due-provisional" aria-label={translate('app.calendar.provisionalHint', { year })}
        sx={{ color: 'warning.dark', whiteSpace: 'nowrap', cursor: 'help' }}>
        {translate('app.calendar.provisional')}
      </Box>
    </Tooltip>
  );
};
