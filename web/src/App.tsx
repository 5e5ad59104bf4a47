import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import {
  authProvider, canEditCalendar, canImportExtracts, canSeeAudit, canSeeCases, canSeeFrontDesk, canSeePolicy,
  canSeeTasks, canSeeUsers, canSeeReferrals, canSeePairing,
} from './authProvider';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import { AppLayout } from './layout/AppLayout';
import { LoginPage } from './layout/LoginPage';
import { Dashboard } from './dashboard/Dashboard';
import { theme } from './theme';
import applications from './applications';
import households from './households';
import cases from './cases';
import tasks from './tasks';
import audit from './audit';
import users from './users';
import calendar from './calendar';
import { PublicNoticeList } from './public-notices/PublicNoticeList';
import { PolicyPage } from './policy/PolicyPage';
import { ImportList } from './verification-imports/ImportList';
import { temporaryAidRoutes } from './temporary-aid';
import { CampaignPage } from './review/CampaignPage';
import { canSeeReviewCampaigns } from './authProvider';
import { ReferralInbox } from './agreements/ReferralInbox';
import { PairingPage } from './agreements/PairingPage';
import { canManageProcesses } from './authProvider';
import { ProcessCatalogue } from './processes/ProcessCatalogue';
import { ProcessModeler } from './processes/ProcessModeler';
import { ProcessMigration } from './processes/ProcessMigration';

export const App = () => (
  <Admin
    disableTelemetry
    requireAuth
    title="app.title"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    layout={AppLayout}
    loginPage={LoginPage}
    dashboard={Dashboard}
    theme={theme}
  >
    {(roles: string[]) => (
      <>
        {canSeeFrontDesk(roles) && <Resource name="applications" {...applications} />}
        {canSeeCases(roles) && <Resource name="households" {...households} recordRepresentation="id" />}
        {canSeeCases(roles) && <Resource name="cases" {...cases} recordRepresentation="caseNumber" />}
        {canSeeTasks(roles) && <Resource name="tasks" {...tasks} recordRepresentation="name" />}
        {canSeeAudit(roles) && <Resource name="audit" {...audit} />}
        {canSeeUsers(roles) && <Resource name="users" {...users} recordRepresentation="username" />}
        <Resource name="calendar" {...calendar} recordRepresentation="year"
          edit={canEditCalendar(roles) ? calendar.edit : undefined} create={canEditCalendar(roles) ? calendar.create : undefined} />
        <CustomRoutes>
          {canSeeCases(roles) && <Route path="/public-notices" element={<PublicNoticeList />} />}
          {canSeePolicy(roles) && <Route path="/policy" element={<PolicyPage />} />}
          {canImportExtracts(roles) && <Route path="/verification-imports" element={<ImportList />} />}
          {temporaryAidRoutes(roles)}
          {canSeeReviewCampaigns(roles) && <Route path="/review-campaigns" element={<CampaignPage />} />}
          {canSeeReferrals(roles) && <Route path="/agreements/referrals" element={<ReferralInbox />} />}
          {canSeePairing(roles) && <Route path="/agreements/pairing" element={<PairingPage />} />}
          {canManageProcesses(roles) && <Route path="/processes" element={<ProcessCatalogue />} />}
          {canManageProcesses(roles) && <Route path="/processes/modeler" element={<ProcessModeler />} />}
          {canManageProcesses(roles) && <Route path="/processes/modeler/:definitionId" element={<ProcessModeler />} />}
          {canManageProcesses(roles) && <Route path="/processes/migration/:source/:target" element={<ProcessMigration />} />}
        </CustomRoutes>
      </>
    )}
  </Admin>
);
