declare module 'bpmnlint/*';
declare module 'camunda-bpmn-js-behaviors/lib/camunda-platform';
declare module 'bpmn-js-properties-panel';
