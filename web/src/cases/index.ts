import WorkIcon from '@mui/icons-material/Work';
import { CaseList } from './CaseList';
import { CaseShow } from './CaseShow';

export default {
  list: CaseList,
  show: CaseShow,
  edit: undefined,
  create: undefined,
  icon: WorkIcon,
};
