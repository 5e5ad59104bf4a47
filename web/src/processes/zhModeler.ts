/*
 * Our own Simplified Chinese for the bpmn-js modeler and the Camunda 7 properties panel (labels go through the
 * diagram's `translate` service). Texts not listed stay in English; extend this list rather than shipping a
 * community pack (none is complete and correct).
 */
export const zhModeler: Record<string, string> = {
  // palette and context pad
  'Activate hand tool': '抓手工具', 'Activate lasso tool': '套索工具',
  'Activate create/remove space tool': '插入/删除空间', 'Activate global connect tool': '连线工具',
  'Create start event': '创建开始事件', 'Create StartEvent': '创建开始事件', 'Create end event': '创建结束事件',
  'Create EndEvent': '创建结束事件', 'Create task': '创建任务', 'Create Task': '创建任务',
  'Create gateway': '创建网关', 'Create intermediate/boundary event': '创建中间/边界事件',
  'Create expanded sub-process': '创建展开的子流程', 'Create expanded SubProcess': '创建展开的子流程',
  'Create data object reference': '创建数据对象引用', 'Create data store reference': '创建数据存储引用',
  'Create pool/participant': '创建池/参与者', 'Create Pool/Participant': '创建池/参与者', 'Create group': '创建分组',
  'Append task': '追加任务', 'Append Task': '追加任务', 'Append end event': '追加结束事件', 'Append EndEvent': '追加结束事件',
  'Append gateway': '追加网关', 'Append Gateway': '追加网关', 'Append intermediate/boundary event': '追加中间/边界事件',
  'Append user task': '追加用户任务', 'Append service task': '追加服务任务',
  'Append text annotation': '追加文本注释', 'Append TextAnnotation': '追加文本注释', 'Change type': '更改类型',
  'Change element': '更改元素类型', 'Delete': '删除', 'Remove': '删除', 'Connect to other element': '连接到其他元素',
  'Connect using sequence/message flow or association': '使用顺序流/消息流或关联连接',
  'Connect using association': '使用关联连接', 'Connect using data input association': '使用数据输入关联连接',
  'Search in diagram': '在图中搜索', 'Add lane above': '在上方添加泳道', 'Add lane below': '在下方添加泳道',
  'Divide into two lanes': '分为两条泳道', 'Divide into three lanes': '分为三条泳道',
  // element types (replace menu, headers)
  'Task': '任务', 'User task': '用户任务', 'User Task': '用户任务', 'Service task': '服务任务', 'Service Task': '服务任务',
  'Send task': '发送任务', 'Receive task': '接收任务', 'Manual task': '手工任务', 'Business rule task': '业务规则任务',
  'Script task': '脚本任务', 'Call activity': '调用活动', 'Sub-process': '子流程', 'Sub-process (collapsed)': '子流程（折叠）',
  'Sub-process (expanded)': '子流程（展开）', 'Event sub-process': '事件子流程', 'Transaction': '事务',
  'Start event': '开始事件', 'End event': '结束事件', 'Intermediate throw event': '中间抛出事件',
  'Exclusive gateway': '排他网关', 'Parallel gateway': '并行网关', 'Inclusive gateway': '包容网关',
  'Event-based gateway': '事件网关', 'Complex gateway': '复杂网关', 'Sequence flow': '顺序流',
  'Sequence Flow': '顺序流', 'Start Event': '开始事件', 'End Event': '结束事件', 'Exclusive Gateway': '排他网关',
  'Parallel Gateway': '并行网关', 'Inclusive Gateway': '包容网关', 'Sub Process': '子流程', 'Boundary Event': '边界事件',
  'Intermediate Catch Event': '中间捕获事件', 'Intermediate Throw Event': '中间抛出事件', 'Call Activity': '调用活动',
  'Default flow': '默认流', 'Conditional flow': '条件流', 'Process': '流程', 'Gateway': '网关',
  'Message start event': '消息开始事件', 'Timer start event': '定时开始事件', 'Message end event': '消息结束事件',
  'Error end event': '错误结束事件', 'Terminate end event': '终止结束事件', 'Timer boundary event': '定时边界事件',
  'Message boundary event': '消息边界事件', 'Error boundary event': '错误边界事件',
  'Message intermediate catch event': '消息中间捕获事件', 'Timer intermediate catch event': '定时中间捕获事件',
  // properties panel: groups
  'General': '常规', 'Documentation': '文档', 'Element documentation': '元素文档', 'Process documentation': '流程文档',
  'History cleanup': '历史清理', 'Tasklist': '任务列表', 'Candidate starter': '可发起人', 'External task': '外部任务',
  'Job execution': '作业执行', 'Asynchronous continuations': '异步延续', 'Inputs': '输入', 'Outputs': '输出',
  'Execution listeners': '执行监听器', 'Task listeners': '任务监听器', 'Extension properties': '扩展属性',
  'Field injections': '字段注入', 'User assignment': '办理人分配', 'Form': '表单', 'Forms': '表单',
  'Implementation': '实现', 'Details': '详情', 'Conditions': '条件', 'Multi-instance': '多实例', 'Timer': '定时器',
  'Message': '消息', 'Signal': '信号', 'Error': '错误', 'Escalation': '升级', 'Link': '链接',
  'Business key': '业务键', 'Start initiator': '发起人', 'In mappings': '输入映射', 'Out mappings': '输出映射',
  'Process variables': '流程变量',
  // properties panel: fields
  'Name': '名称', 'ID': '标识', 'Version tag': '版本标签', 'Executable': '可执行', 'Time to live': '保留时间',
  'Startable': '可在任务列表发起', 'Candidate starter groups': '可发起的组', 'Candidate starter users': '可发起的用户',
  'Assignee': '办理人', 'Candidate groups': '候选组', 'Candidate users': '候选用户', 'Due date': '到期时间',
  'Follow up date': '跟进时间', 'Priority': '优先级', 'Type': '类型', 'Form key': '表单键', 'Form reference': '表单引用',
  'Form ref': '表单引用', 'Binding': '绑定', 'Version': '版本', 'Topic': '主题', 'Retry time cycle': '重试周期',
  'Before': '之前', 'After': '之后', 'Exclusive': '独占', 'Expression': '表达式', 'Script': '脚本', 'Format': '格式',
  'Condition type': '条件类型', 'Condition expression': '条件表达式', 'Variable name': '变量名', 'Local': '局部',
  'Event type': '事件类型', 'Listener type': '监听器类型', 'Java class': 'Java 类', 'Delegate expression': '委托表达式',
  'Loop cardinality': '循环次数', 'Completion condition': '完成条件', 'Collection': '集合', 'Element variable': '元素变量',
  'Initiator': '发起人变量', 'Value': '值', 'Add': '添加', 'Create new ...': '新建……', '<none>': '<无>',
  'Process variable name': '流程变量名', 'Local variable name': '局部变量名', 'Assignment type': '赋值类型',
  'List': '列表', 'Map': '映射', 'String or expression': '字符串或表达式', 'Task priority': '任务优先级',
  'Job priority': '作业优先级', 'Camunda Forms': 'Camunda 表单（form-js）', 'Embedded or External Task Forms': '嵌入或外部表单',
  'Generated Task Forms': '生成的表单', 'latest': '最新版本', 'deployment': '同一部署', 'version': '指定版本',
  'versionTag': '版本标签', 'Global message reference': '全局消息引用', 'Global signal reference': '全局信号引用',
  'Global error reference': '全局错误引用', 'Code': '代码', 'Timer type': '定时器类型', 'Date': '日期',
  'Duration': '持续时间', 'Cycle': '周期', 'Property name': '属性名', 'Property value': '属性值',
  'Default': '默认', 'Class': '类', 'Connector': '连接器', 'Variables': '变量', 'Asynchronous before': '之前异步',
  'Asynchronous after': '之后异步', 'Parameter': '参数', 'Result variable': '结果变量', 'Decision reference': '决策引用',
  'Called element': '被调用元素', 'Tenant ID': '租户标识', 'Variable assignment value': '变量赋值',
  'Element must have an unique id.': '标识必须唯一。', 'ID must not contain spaces.': '标识不能包含空格。',
  'ID must not be empty.': '标识不能为空。',
  'Must be a configured task form key, e.g. camunda-forms:deployment:form.json': '须为表单键，例如 builtin:first-opinion',
};

/** A bpmn-js `translate` service with {@link zhModeler}; placeholders `{name}` are filled as bpmn-js does. */
export const zhTranslateModule = (language: string) => ({
  translate: ['value', (template: string, replacements?: Record<string, string>) => {
    const text = language === 'en' ? template : (zhModeler[template] ?? template);
    return text.replace(/{([^}]+)}/g, (_, key) => replacements?.[key] ?? `{${key}}`);
  }],
});
