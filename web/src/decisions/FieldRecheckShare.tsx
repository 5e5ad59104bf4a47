import { useQuery } from '@tanstack/react-query';
import { useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import { Alert } from '@mui/material';
import { hasAnyRole } from '../authProvider';
import { useJurisdictions } from '../common/useJurisdictions';
import { fieldRecheckApi, fieldRecheckSentence } from './fieldRecheck';

/** For county approvers and auditors of a district: the share of this month's 特困 cases re-checked in the field. */
export const FieldRecheckShareNote = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions: roles = [] } = usePermissions<string[]>();
  const { ofLevel } = useJurisdictions();
  const district = identity?.jurisdictionCode as string | undefined;
  const shown = !!district && hasAnyRole(roles, ['county-approver', 'county-auditor'])
    && ofLevel('DISTRICT').some(j => j.code === district);
  const share = useQuery({
    queryKey: ['field-rechecks', district], queryFn: () => fieldRecheckApi.share(district!), enabled: shown,
  });
  if (!shown || !share.data) return null;
  return (
    <Alert severity={share.data.minimumMet ? 'info' : 'warning'} sx={{ mb: 2 }} data-testid="field-recheck-share">
      {fieldRecheckSentence(share.data, translate)}
      {!share.data.minimumMet && <> — {translate('app.decision.fieldRecheck.below')}</>}
    </Alert>
  );
};
