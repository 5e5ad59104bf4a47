import PeopleIcon from '@mui/icons-material/People';
import { UserList } from './UserList';
import { UserCreate } from './UserCreate';
import { UserEdit } from './UserEdit';

export default {
  list: UserList,
  show: undefined,
  edit: UserEdit,
  create: UserCreate,
  icon: PeopleIcon,
};
