import { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A labelled value on a show page; an empty value reads as a dash. */
export const Info = ({ label, children }: { label: string; children: ReactNode }) => {
  const translate = useTranslate();
  const empty = children === null || children === undefined || children === '';
  return (
    <Box>
      <Typography variant="caption" color="text.secondary">{translate(label)}</Typography>
      <Typography variant="body1" component="div">{empty ? '—' : children}</Typography>
    </Box>
  );
};
