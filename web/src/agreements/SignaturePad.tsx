import { useEffect, useRef } from 'react';
import { useTranslate } from 'react-admin';
import { Box, Button, Typography } from '@mui/material';

/** A canvas to sign on with a finger or pen; reports the drawing as a PNG blob (null once cleared). */
export const SignaturePad = ({ label, testId, onChange }: { label: string; testId: string; onChange: (png: Blob | null) => void }) => {
  const translate = useTranslate();
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);

  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.current!.width, canvas.current!.height);
  }, []);

  const point = (event: React.PointerEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    return { x: ((event.clientX - rect.left) * event.currentTarget.width) / rect.width, y: ((event.clientY - rect.top) * event.currentTarget.height) / rect.height };
  };
  const start = (event: React.PointerEvent<HTMLCanvasElement>) => {
    const context = event.currentTarget.getContext('2d')!;
    const { x, y } = point(event);
    drawing.current = true;
    context.lineWidth = 3;
    context.lineCap = 'round';
    context.strokeStyle = '#000';
    context.beginPath();
    context.moveTo(x, y);
  };
  const move = (event: React.PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const context = event.currentTarget.getContext('2d')!;
    const { x, y } = point(event);
    context.lineTo(x, y);
    context.stroke();
  };
  const end = () => {
    if (!drawing.current) return;
    drawing.current = false;
    canvas.current?.toBlob(blob => onChange(blob), 'image/png');
  };
  const clear = () => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.current!.width, canvas.current!.height);
    onChange(null);
  };
  return (
    <Box>
      <Typography variant="body2" sx={{ mb: 0.5 }}>{label}</Typography>
      <canvas ref={canvas} width={480} height={160} data-testid={testId}
        style={{ border: '1px solid #999', borderRadius: 4, touchAction: 'none', width: '100%', maxWidth: 480, background: '#fff' }}
        onPointerDown={start} onPointerMove={move} onPointerUp={end} onPointerLeave={end} />
      <Box><Button size="small" onClick={clear}>{translate('agreements.sign.clear')}</Button></Box>
    </Box>
  );
};
