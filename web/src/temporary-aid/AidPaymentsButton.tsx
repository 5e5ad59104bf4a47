import { Link as RouterLink } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { Button } from '@mui/material';
import PaymentsIcon from '@mui/icons-material/Payments';

/** Link from a case or task to the temporary aid payments page; nothing for any other category. */
export const AidPaymentsButton = ({ caseNumber, category }: { caseNumber?: string; category?: string }) => {
  const translate = useTranslate();
  if (category !== 'TEMPORARY_AID' || !caseNumber) return null;
  return (
    <Button component={RouterLink} to={`/temporary-aid/cases/${encodeURIComponent(caseNumber)}`} size="small"
      startIcon={<PaymentsIcon />} data-testid="aid-payments-link">
      {translate('temporaryAid.payments.open')}
    </Button>
  );
};
