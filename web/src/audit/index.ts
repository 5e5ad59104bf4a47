import HistoryIcon from '@mui/icons-material/History';
import { AuditList } from './AuditList';

/** GET /api/audit: read-only. */
export default {
  list: AuditList,
  show: undefined,
  edit: undefined,
  create: undefined,
  icon: HistoryIcon,
};
