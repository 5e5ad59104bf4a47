import { useCallback, useEffect, useRef, useState } from 'react';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import {
  Alert, Box, Button, Card, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem, ListItemText,
  TextField, Typography,
} from '@mui/material';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import '@bpmn-io/form-js/dist/assets/form-js.css';
import '@bpmn-io/form-js/dist/assets/form-js-editor.css';
import { processApi } from './api';
import { lint, type LintIssue } from './lint';
import type { LintConfig } from './ownRules';
import { zhTranslateModule } from './zhModeler';

const EMPTY = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
  xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="Definitions_NewProcess" targetNamespace="http://bpmn.io/schema/bpmn"
  modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.22.0">
  <bpmn:process id="new-process" isExecutable="true" camunda:historyTimeToLive="P3650D">
    <bpmn:startEvent id="StartEvent_Started" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_NewProcess">
    <bpmndi:BPMNPlane id="BPMNPlane_NewProcess" bpmnElement="new-process">
      <bpmndi:BPMNShape id="StartEvent_Started_di" bpmnElement="StartEvent_Started"><dc:Bounds x="180" y="100" width="36" height="36" /></bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>`;

const newForm = (id: string) => ({ id, type: 'default', schemaVersion: 16, components: [] });

/** form-js FormEditor in a dialog for a user task's form; the result joins this deployment as <key>.form. */
const FormEditorDialog = ({ formKey, initial, onClose, onSave }: {
  formKey: string; initial: any; onClose: () => void; onSave: (schema: any) => void;
}) => {
  const translate = useTranslate();
  const container = useRef<HTMLDivElement>(null);
  const editor = useRef<any>(null);
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const { FormEditor } = await import('@bpmn-io/form-js');
      if (cancelled || !container.current) return;
      editor.current = new FormEditor({ container: container.current });
      await editor.current.importSchema({ ...initial, id: formKey });
      (window as any).__formEditor = editor.current;
    })();
    return () => {
      cancelled = true;
      editor.current?.destroy();
    };
  }, [formKey, initial]);
  return (
    <Dialog open fullWidth maxWidth="xl" onClose={onClose}>
      <DialogTitle>{translate('processAdmin.modeler.formEditor')}: {formKey}</DialogTitle>
      <DialogContent><div ref={container} style={{ height: '65vh' }} data-testid="form-editor" /></DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('processAdmin.modeler.cancel')}</Button>
        <Button variant="contained" data-testid="form-save" onClick={() => onSave(editor.current.saveSchema())}>
          {translate('processAdmin.modeler.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

export const ProcessModeler = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { definitionId } = useParams();
  const canvas = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const modeler = useRef<any>(null);
  const config = useRef<LintConfig>({ topics: [], roles: [], screens: [], forms: [] });
  const [issues, setIssues] = useState<LintIssue[]>([]);
  const [forms, setForms] = useState<Record<string, any>>({});
  const [selectedTask, setSelectedTask] = useState<any>();
  const [formDialog, setFormDialog] = useState<{ key: string; schema: any }>();
  const [deployOpen, setDeployOpen] = useState(false);
  const [note, setNote] = useState('');
  const [result, setResult] = useState<{ ok: boolean; text: string; problems?: any[] }>();
  const [fileName, setFileName] = useState('new-process.bpmn');
  const [dryRun, setDryRun] = useState<Awaited<ReturnType<typeof processApi.dryRun>>>();

  const relint = useCallback(async () => {
    if (!modeler.current) return;
    const definitions = modeler.current.getDefinitions();
    setIssues(await lint(definitions, config.current));
  }, []);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const [{ default: BpmnModeler }, panelModule, { default: camundaModdle }, { default: CamundaBehaviors }] =
        await Promise.all([
          import('bpmn-js/lib/Modeler'), import('bpmn-js-properties-panel'),
          import('camunda-bpmn-moddle/resources/camunda.json'),
          // @ts-ignore -- no types shipped
          import('camunda-bpmn-js-behaviors/lib/camunda-platform'),
        ]);
      const lintConfig = await processApi.lintConfig();
      if (cancelled || !canvas.current) return;
      config.current = lintConfig;
      const instance = new BpmnModeler({
        container: canvas.current,
        propertiesPanel: { parent: panel.current },
        additionalModules: [
          panelModule.BpmnPropertiesPanelModule, panelModule.BpmnPropertiesProviderModule,
          panelModule.CamundaPlatformPropertiesProviderModule, CamundaBehaviors, zhTranslateModule(locale),
        ],
        moddleExtensions: { camunda: camundaModdle },
      });
      modeler.current = instance;
      (window as any).__processModeler = instance;
      let xml = EMPTY;
      if (definitionId) {
        const definition = await processApi.definition(definitionId);
        xml = definition.xml;
        setFileName(`${definition.key}.bpmn`);
      }
      await instance.importXML(xml);
      (instance.get('canvas') as any).zoom('fit-viewport', 'auto');
      instance.on('commandStack.changed', relint);
      instance.on('selection.changed', (e: any) => {
        const element = e.newSelection?.[0];
        setSelectedTask(element?.type === 'bpmn:UserTask' ? element : undefined);
      });
      relint();
    })();
    return () => {
      cancelled = true;
      modeler.current?.destroy();
      modeler.current = null;
    };
  }, [definitionId, locale, relint]);

  const download = async () => {
    const { xml } = await modeler.current.saveXML({ format: true });
    const url = URL.createObjectURL(new Blob([xml], { type: 'application/xml' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.click();
    URL.revokeObjectURL(url);
  };

  const openForm = async () => {
    const task = selectedTask.businessObject;
    const key = task.get('camunda:formRef') || `${task.id.replace(/^UserTask_/, '').replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}`;
    let schema = forms[key];
    if (!schema && config.current.forms.includes(key)) schema = await processApi.form(key).catch(() => undefined);
    setFormDialog({ key, schema: schema ?? newForm(key) });
  };

  const saveForm = (schema: any) => {
    const key = formDialog!.key;
    setForms(current => ({ ...current, [key]: { ...schema, id: key } }));
    if (!config.current.forms.includes(key)) config.current = { ...config.current, forms: [...config.current.forms, key] };
    modeler.current.get('modeling').updateProperties(selectedTask, { 'camunda:formRef': key, 'camunda:formRefBinding': 'latest' });
    setFormDialog(undefined);
    relint();
  };

  const deploy = async () => {
    const { xml } = await modeler.current.saveXML({ format: true });
    const files = [{ name: fileName, content: xml },
      ...Object.entries(forms).map(([key, schema]) => ({ name: `${key}.form`, content: JSON.stringify(schema, null, 2) }))];
    try {
      const deployed = await processApi.deploy(files, note);
      setResult({ ok: true, text: translate('processAdmin.modeler.deployed', { ids: deployed.processes.join(', ') }) });
      setDeployOpen(false);
      setForms({});
    } catch (problem: any) {
      setResult({ ok: false, text: problem?.title ?? String(problem), problems: problem?.errors ?? [] });
    }
  };

  const runDryRun = async () => {
    const { xml } = await modeler.current.saveXML({ format: false });
    const process = modeler.current.getDefinitions().rootElements?.find((e: any) => e.$type === 'bpmn:Process');
    setDryRun(await processApi.dryRun(process?.id ?? fileName.replace(/\.bpmn$/, ''), xml));
  };

  const errors = issues.filter(i => i.category === 'error' || i.category === 'rule-error');
  return (
    <Box sx={{ mt: 1 }}>
      <Title title="processAdmin.modeler.title" />
      <Box sx={{ display: 'flex', gap: 1, mb: 1, alignItems: 'center' }}>
        <TextField size="small" label={translate('processAdmin.modeler.file')} value={fileName} onChange={e => setFileName(e.target.value)} />
        <Button variant="outlined" onClick={download} data-testid="download">{translate('processAdmin.modeler.download')}</Button>
        <Button variant="outlined" disabled={!selectedTask} onClick={openForm} data-testid="edit-form">
          {translate('processAdmin.modeler.editForm')}
        </Button>
        <Button variant="outlined" onClick={runDryRun} data-testid="dry-run">{translate('processAdmin.modeler.dryRun')}</Button>
        <Button variant="contained" onClick={() => { setDeployOpen(true); setResult(undefined); }} data-testid="deploy">
          {translate('processAdmin.modeler.deploy')}
        </Button>
        {Object.keys(forms).length > 0 && (
          <Typography variant="body2">{translate('processAdmin.modeler.forms')}: {Object.keys(forms).join(', ')}</Typography>
        )}
      </Box>
      {dryRun && (
        <Alert severity={dryRun.broken ? 'warning' : 'success'} sx={{ mb: 1 }} onClose={() => setDryRun(undefined)} data-testid="dry-run-result">
          {translate('processAdmin.modeler.dryRunResult', { checked: dryRun.checked, broken: dryRun.broken })}
          <ul>{dryRun.paths.slice(0, 20).map(p => (
            <li key={p.processInstanceId}>{p.businessKey ?? p.processInstanceId}: {[...p.missingSteps.map(s => `${s} ✗`),
              ...p.missingTransitions.map(t => `→ ${t.to}`)].join(', ')}</li>
          ))}</ul>
        </Alert>
      )}
      {result?.ok && <Alert severity="success" sx={{ mb: 1 }} data-testid="deploy-result">{result.text}</Alert>}
      <Box sx={{ display: 'flex', gap: 1, height: '70vh' }}>
        <Card sx={{ flex: 1, position: 'relative' }}><div ref={canvas} style={{ height: '100%' }} data-testid="modeler-canvas" /></Card>
        <Card sx={{ width: 340, overflow: 'auto' }}><div ref={panel} data-testid="properties-panel" /></Card>
      </Box>
      <Card sx={{ mt: 1, p: 1 }} data-testid="lint-results">
        <Typography variant="subtitle2">
          {translate('processAdmin.modeler.lint')}: {translate('processAdmin.modeler.errors')} {errors.length},
          {' '}{translate('processAdmin.modeler.warnings')} {issues.length - errors.length}
        </Typography>
        {issues.length === 0 ? <Typography variant="body2">{translate('processAdmin.modeler.noProblems')}</Typography> : (
          <List dense>
            {issues.map((issue, i) => (
              <ListItem key={i} sx={{ color: errors.includes(issue) ? 'error.main' : 'warning.main' }}
                onClick={() => { const el = modeler.current?.get('elementRegistry').get(issue.id); if (el) modeler.current.get('selection').select(el); }}>
                <ListItemText primary={`${issue.id}: ${issue.message}`} secondary={issue.rule} />
              </ListItem>
            ))}
          </List>
        )}
      </Card>
      {formDialog && <FormEditorDialog formKey={formDialog.key} initial={formDialog.schema}
        onClose={() => setFormDialog(undefined)} onSave={saveForm} />}
      <Dialog open={deployOpen} onClose={() => setDeployOpen(false)} fullWidth maxWidth="md">
        <DialogTitle>{translate('processAdmin.modeler.deployTitle')}</DialogTitle>
        <DialogContent>
          <TextField fullWidth multiline minRows={2} required sx={{ mt: 1 }} label={translate('processAdmin.modeler.changeNote')}
            value={note} onChange={e => setNote(e.target.value)} inputProps={{ 'data-testid': 'change-note' }} />
          {result && !result.ok && (
            <Alert severity="error" sx={{ mt: 1 }} data-testid="deploy-problems">
              {translate('processAdmin.modeler.refused')} {result.text}
              <ul>{result.problems?.map((p, i) => <li key={i}>{p.field}: {p.code} {p.message}</li>)}</ul>
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setDeployOpen(false)}>{translate('processAdmin.modeler.cancel')}</Button>
          <Button variant="contained" disabled={!note.trim()} onClick={deploy} data-testid="deploy-confirm">
            {translate('processAdmin.modeler.deploy')}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
};
