import { useTranslate } from 'react-admin';
import { Chip } from '@mui/material';
import { enumKey } from '../common/enums';

/** 放假 in red, 调休上班 in orange. */
export const DayKindChip = ({ kind }: { kind: string }) => {
  const translate = useTranslate();
  return (
    <Chip size="small" color={kind === 'HOLIDAY' ? 'error' : 'warning'} variant={kind === 'HOLIDAY' ? 'filled' : 'outlined'}
      label={translate(enumKey('dayKind', kind), { _: kind })} data-testid="day-kind" />
  );
};
