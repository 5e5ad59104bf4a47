import FolderSharedIcon from '@mui/icons-material/FolderShared';
import { HouseholdList } from './HouseholdList';
import { HouseholdShow } from './HouseholdShow';

export default {
  list: HouseholdList,
  show: HouseholdShow,
  edit: undefined,
  create: undefined,
  icon: FolderSharedIcon,
};
