import { useEffect, useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Box, Button, Card, CardContent, TextField, Typography } from '@mui/material';
import { apiFetch } from '../dataProvider/http';
import { ApiProblem, Catalogue, getJson, sendJson } from '../agreements/api';

type Officer = { username: string; department: string; departmentName: string; assignedBy: string; assignedAt: string };

const DEPARTMENT_OFFICER = 'department-officer';

/** A department officer's department, or null when none is set yet. */
const officerOf = async (username: string): Promise<Officer | null> => {
  const response = await apiFetch(`/api/agreements/department-officers/${encodeURIComponent(username)}`);
  if (response.status === 404) return null;
  if (!response.ok) throw new ApiProblem(response.status, {});
  return (await response.json()) as Officer;
};

/**
 * 所属部门 of a department officer (部门经办): which department's referrals they see and answer, chosen from the
 * departments of the measure catalogue. Nothing for users without that role.
 */
export const OfficerDepartment = ({ username, roles }: { username: string; roles: string[] }) => {
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const officer = roles.includes(DEPARTMENT_OFFICER);
  const current = useQuery({ queryKey: ['users', 'department', username], queryFn: () => officerOf(username), enabled: officer });
  const catalogue = useQuery({ queryKey: ['agreements', 'catalogue'], queryFn: () => getJson<Catalogue>('/api/agreements/measure-catalogue'), enabled: officer });
  const [department, setDepartment] = useState('');
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  useEffect(() => setDepartment(current.data?.department ?? ''), [current.data]);
  if (!officer) return null;
  const save = async () => {
    setMessage(null);
    if (!department) return setMessage({ severity: 'error', text: translate('app.validation.required') });
    try {
      await sendJson(`/api/agreements/department-officers/${encodeURIComponent(username)}`, 'PUT', { department });
      setMessage({ severity: 'success', text: translate('agreements.officer.saved') });
      await queryClient.invalidateQueries({ queryKey: ['users', 'department', username] });
    } catch (e) {
      setMessage({ severity: 'error', text: e instanceof ApiProblem ? (e.problem.errors?.[0]?.message || e.message) : translate('app.error.unexpected') });
    }
  };
  const departments = Object.entries(catalogue.data?.departments ?? {});
  return (
    <Card sx={{ ml: 2, alignSelf: 'flex-start', minWidth: 300 }} data-testid="officer-department">
      <CardContent>
        <Typography variant="subtitle1">{translate('agreements.officer.title')}</Typography>
        <Typography variant="body2" color="text.secondary" data-testid="officer-department-current">
          {current.data ? translate('agreements.officer.current', { name: current.data.departmentName }) : translate('agreements.officer.none')}
        </Typography>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mt: 1 }}>
          <TextField select size="small" label={translate('agreements.officer.label')} value={department} sx={{ minWidth: 220 }}
            onChange={e => setDepartment(e.target.value)} slotProps={{ select: { native: true }, inputLabel: { shrink: true },
              htmlInput: { 'data-testid': 'officer-department-select' } }}>
            <option value="" />
            {departments.map(([code, name]) => <option key={code} value={code}>{name}</option>)}
          </TextField>
          <Button variant="contained" onClick={save} data-testid="officer-department-save">{translate('agreements.officer.save')}</Button>
        </Box>
        {message && <Alert severity={message.severity} sx={{ mt: 1 }}>{message.text}</Alert>}
      </CardContent>
    </Card>
  );
};

/** The department card of the user being edited. */
export const UserDepartmentAside = () => {
  const record = useRecordContext<{ id: string; username?: string; roles?: string[] }>();
  if (!record) return null;
  return <OfficerDepartment username={record.username ?? String(record.id)} roles={record.roles ?? []} />;
};
