import { useState } from 'react';
import { HttpError, useDataProvider, useNotify, usePermissions, useTranslate } from 'react-admin';
import { Box, Button, Tooltip } from '@mui/material';
import VisibilityIcon from '@mui/icons-material/Visibility';
import type { AppDataProvider } from '../dataProvider';
import { hasAnyRole, PERSONAL_DATA_ROLES } from '../authProvider';

/** Roles that may see full resident ID and phone numbers (the server decides; 403 is shown as a message). */
export const REVEAL_ROLES = PERSONAL_DATA_ROLES;

/** Shows a masked value with a button that asks the server for the full one (an audited view). */
export const RevealValue = ({ masked, fetchFull, label, testId }: {
  masked?: string | null; fetchFull: (dp: AppDataProvider) => Promise<string>; label: string; testId?: string;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { permissions: roles } = usePermissions<string[]>();
  const [full, setFull] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const allowed = hasAnyRole(roles, REVEAL_ROLES);
  const reveal = async () => {
    setBusy(true);
    try {
      setFull(await fetchFull(dataProvider));
    } catch (e) {
      const error = e as HttpError;
      notify(error.status === 403 ? (error.message || 'app.household.revealForbidden') : error.message, { type: 'warning' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1, whiteSpace: 'nowrap' }}>
      <span data-testid={testId} style={{ fontFamily: 'monospace' }}>{full ?? masked ?? ''}</span>
      {masked && allowed && (
        full ? (
          <Button size="small" onClick={() => setFull(null)}>{translate('app.household.hide')}</Button>
        ) : (
          <Tooltip title={translate(label)}>
            <span>
              <Button size="small" startIcon={<VisibilityIcon />} onClick={reveal} disabled={busy}>{translate(label)}</Button>
            </span>
          </Tooltip>
        )
      )}
    </Box>
  );
};
