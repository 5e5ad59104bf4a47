import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { AppDataProvider, Jurisdiction } from '../dataProvider';

/** The jurisdiction tree (read once per session). */
export const useJurisdictions = () => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data = [], isPending } = useQuery({
    queryKey: ['jurisdictions'],
    queryFn: () => dataProvider.jurisdictions(),
    staleTime: Infinity,
  });
  const byCode = new Map<string, Jurisdiction>(data.map(j => [j.code, j]));
  return {
    all: data,
    isPending,
    name: (code?: string | null) => (code ? byCode.get(code)?.name ?? code : ''),
    children: (parentCode?: string | null, level?: string) =>
      data.filter(j => j.parentCode === parentCode && (!level || j.level === level)),
    ofLevel: (level: string) => data.filter(j => j.level === level),
    /** The street of a code at street level or below. */
    streetOf: (code?: string | null) => {
      let node = code ? byCode.get(code) : undefined;
      while (node && node.level !== 'STREET') node = node.parentCode ? byCode.get(node.parentCode) : undefined;
      return node?.code;
    },
  };
};
