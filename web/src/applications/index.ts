import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import { FrontDeskCreate } from './FrontDeskCreate';

/** POST /api/applications: the front desk is the create view of applications. */
export default {
  list: undefined,
  show: undefined,
  edit: undefined,
  create: FrontDeskCreate,
  icon: AssignmentIndIcon,
};
