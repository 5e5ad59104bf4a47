import { Menu } from 'react-admin';
import { Route } from 'react-router-dom';
import LocalHospitalIcon from '@mui/icons-material/LocalHospital';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import AccountBalanceWalletIcon from '@mui/icons-material/AccountBalanceWallet';
import { canFileEmergency, canSeeFilings } from './api';
import { EmergencyIntake } from './EmergencyIntake';
import { FilingList } from './FilingList';
import { ReserveFundPage } from './ReserveFundPage';
import { AidCasePage } from './AidCasePage';

const CASE_ROLES = ['window-clerk', 'caseworker', 'street-reviewer', 'street-head', 'county-approver', 'county-auditor'];

/** The temporary-aid screens: quick intake (clerks), filings and reserve funds (heads, county), payments of a case. */
export const temporaryAidRoutes = (roles?: string[]) => [
  canFileEmergency(roles) && <Route key="aid-intake" path="/temporary-aid/intake" element={<EmergencyIntake />} />,
  canSeeFilings(roles) && <Route key="aid-filings" path="/temporary-aid/filings" element={<FilingList />} />,
  canSeeFilings(roles) && <Route key="aid-fund" path="/temporary-aid/reserve-funds" element={<ReserveFundPage />} />,
  roles?.some(role => CASE_ROLES.includes(role)) &&
    <Route key="aid-case" path="/temporary-aid/cases/:caseNumber" element={<AidCasePage />} />,
].filter(Boolean);

export const TemporaryAidMenuItems = ({ roles }: { roles?: string[] }) => (
  <>
    {canFileEmergency(roles) && (
      <Menu.Item to="/temporary-aid/intake" primaryText="temporaryAid.menu.intake" leftIcon={<LocalHospitalIcon />} />
    )}
    {canSeeFilings(roles) && (
      <Menu.Item to="/temporary-aid/filings" primaryText="temporaryAid.menu.filings" leftIcon={<FactCheckIcon />} />
    )}
    {canSeeFilings(roles) && (
      <Menu.Item to="/temporary-aid/reserve-funds" primaryText="temporaryAid.menu.fund" leftIcon={<AccountBalanceWalletIcon />} />
    )}
  </>
);
