import { useEffect, useRef, useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import { Alert, Box, Chip, CircularProgress } from '@mui/material';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import type { AppDataProvider } from '../dataProvider';

/** The case's process drawn with bpmn-js (read-only NavigatedViewer; the bpmn.io watermark stays visible). */
export const CaseDiagram = ({ caseNumber, onStepNames, highlightStep }: {
  caseNumber: string; onStepNames?: (names: Record<string, string>) => void;
  /** a step to mark in addition (the task being worked on) */
  highlightStep?: string;
}) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'error'>('loading');
  const [message, setMessage] = useState<string>('');

  useEffect(() => {
    let viewer: any;
    let cancelled = false;
    (async () => {
      try {
        const diagram = await dataProvider.diagram(caseNumber);
        const { default: NavigatedViewer } = await import('bpmn-js/lib/NavigatedViewer');
        if (cancelled || !container.current) return;
        viewer = new NavigatedViewer({ container: container.current });
        await viewer.importXML(diagram.bpmnXml);
        const canvas = viewer.get('canvas');
        const registry = viewer.get('elementRegistry');
        for (const id of diagram.completedSteps ?? []) if (registry.get(id)) canvas.addMarker(id, 'highlight-completed');
        for (const id of diagram.activeSteps ?? []) if (registry.get(id)) canvas.addMarker(id, 'highlight-active');
        if (highlightStep && registry.get(highlightStep)) canvas.addMarker(highlightStep, 'highlight-task');
        canvas.zoom('fit-viewport', 'auto');
        const names: Record<string, string> = {};
        registry.forEach((element: any) => {
          const name = element.businessObject?.name;
          if (name && !element.labelTarget) names[element.id] = name;
        });
        onStepNames?.(names);
        if (!cancelled) setState('ready');
      } catch (e: any) {
        if (!cancelled) {
          setMessage(e?.message ?? String(e));
          setState('error');
        }
      }
    })();
    return () => {
      cancelled = true;
      viewer?.destroy();
    };
  }, [caseNumber, highlightStep]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <Box>
      {state === 'error' && (
        <Alert severity="info">{translate('app.case.diagramUnavailable')}{message ? ` (${message})` : ''}</Alert>
      )}
      {state !== 'error' && (
        <Box sx={{ display: 'flex', gap: 1, mb: 1 }}>
          <Chip size="small" label={translate('app.case.legendActive')} sx={{ bgcolor: '#fff3cd', border: '2px solid #e65100' }} />
          <Chip size="small" label={translate('app.case.legendCompleted')} sx={{ bgcolor: '#e8f5e9', border: '1px solid #2e7d32' }} />
          {highlightStep && <Chip size="small" label={translate('app.case.legendTask')} sx={{ bgcolor: '#e3f2fd', border: '3px solid #1565c0' }} />}
        </Box>
      )}
      <Box sx={{ position: 'relative', display: state === 'error' ? 'none' : 'block' }}>
        {state === 'loading' && <CircularProgress sx={{ position: 'absolute', top: 16, left: 16 }} />}
        <div ref={container} className="bpmn-container" data-testid="bpmn-diagram" />
      </Box>
    </Box>
  );
};
