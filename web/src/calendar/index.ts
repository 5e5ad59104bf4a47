import EventIcon from '@mui/icons-material/Event';
import { CalendarList } from './CalendarList';
import { CalendarShow } from './CalendarShow';
import { CalendarEdit } from './CalendarEdit';
import { CalendarCreate } from './CalendarCreate';

export default {
  list: CalendarList,
  show: CalendarShow,
  edit: CalendarEdit,
  create: CalendarCreate,
  icon: EventIcon,
};
