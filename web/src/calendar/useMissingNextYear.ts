import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';
import { missingNextYear } from './calendarForm';

export const useMissingNextYear = (enabled = true) => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data } = useQuery({
    queryKey: ['calendar', 'years'], queryFn: () => dataProvider.calendarYears(), enabled, staleTime: 60_000,
  });
  return enabled ? missingNextYear(data) : null;
};
