/* 申请审批流程的界面文字（初审、审批、审核进度、公示栏、政策参数、核对数据导入）。与 process.en.ts 保持一致。 */
const processZh = {
  decision: {
    inputNames: { age: "年龄", annualIncome: "年收入（元）", basicLivingFactor: "基本生活标准倍数", basicLivingStandard: "基本生活标准（元/月）", count: "数量", declaredCount: "申报数量", deemedBy: "视为无劳动能力的依据", dibaoEligible: "符合低保", dibaoStandard: "低保标准（元/人·月）", disabilityKind: "残疾类别", disabilityMaxGrade: "残疾等级上限", disposableIncomePerCapita: "上年人均可支配收入（元/年）", disposableIncomePerCapitaMonthly: "上年人均可支配收入（元/月）", eligiblePersons: "符合条件人数", excludedMonthlyIncome: "不计入收入的款项（元/月）", financialAssets: "金融资产（元）", foundCount: "核对发现数量", gap: "差额（元）", incapacityMaxGrade: "视为无劳动能力的残疾等级上限（0 为不认定）", incomeWindow: "收入计算期限", increments: "分类施保增发（元）", k: "系数 k", legalSupport: "法定赡养抚养扶养", limit: "上限（元）", line: "认定线（元）", marginalEligible: "符合低保边缘", marginalFactor: "低保边缘倍数", marginalLine: "低保边缘线（元）", max: "上限", member: "成员", memberId: "成员编号", members: "共同生活成员数", mentalDisabilityMaxGrade: "精神/智力残疾等级上限", monthlyBenefit: "月救助金（元）", monthlyIncome: "月收入（元）", monthlyRigidSpending: "刚性支出（元/月）", monthsOfStandard: "标准的月数", nationalIncapacityMaxGrade: "国家规定的残疾等级上限", perCapitaIncome: "人均月收入（元）", perCapitaResidualIncome: "扣除刚性支出后人均月收入（元）", rigidShare: "刚性支出占收入比例", tekunEligible: "符合特困", threshold: "阈值", windowMonths: "期限月数", workAbility: "劳动能力" },
    deemedBy: { AGE: "按年龄（认定办法第五条）", DISABILITY: "按残疾等级（认定办法第五条）" },
    fieldRecheck: {
      title: "本月特困入户抽查",
      summary: "本月特困入户抽查：%{cases} 件中抽查 %{selected} 件（%{share}，不低于 %{minimum}）",
      none: "本月特困入户抽查：尚无案件（抽查比例不低于 %{minimum}）",
      below: "抽查比例低于下限，请核查",
    },
    assessment: '认定测算说明', verification: '家庭经济状况核对报告', form: '办理意见',
    approve: '同意', refuse: '不同意', opinionLabel: '初审意见', decisionLabel: '审批决定',
    reasons: '不同意理由（每条一行，逐条写入通知书）', reason: '理由 %{n}', addReason: '添加理由', removeReason: '删除此条理由',
    note: '备注', submit: '提交', submitHint: 'Ctrl+Enter 提交', refused: '提交未成功，请修改标出的内容',
    benefit: '测算月救助金', eligible: '符合条件', notEligible: '不符合条件', round: '第 %{round} 次测算',
    noAssessment: '尚无认定测算结果', noReport: '尚无核对报告', inputs: '依据数据', rules: '规则版本 %{rules} · 参数版本 %{params}',
    firstOpinion: '街道初审意见', noFirstOpinion: '无初审意见',
    incomeWindow: '收入计算期限 %{first} 至 %{last}（%{months} 个月）', item: '项目', perMonth: '（元/月）', mismatch: '不一致', notReported: '未查到', itemCount: '%{smart_count} 项',
    passed: '核对一致', discrepancies: '%{smart_count} 处不一致', declared: '申报', found: '核对', difference: '差额',
    member: '成员', source: '数据来源', sources: '核对数据来源', extractDate: '数据日期', asOf: '核对基准日',
    incomes: '月收入（元）', assets: '财产', household: '全户', items: '查得项目',
    outcome: { PASSED: '通过', FAILED: '未通过', NOT_APPLICABLE: '不适用' },
    discrepancy: {
      INCOME_MISMATCH: '收入与申报不符', UNDECLARED_ASSET: '有未申报财产', ASSET_ABOVE_DECLARED: '财产高于申报', ASSET_BELOW_DECLARED: '财产低于申报', ASSET_NOT_FOUND: '申报财产未查到',
      MEMBER_DECEASED: '成员已死亡', MEMBER_MOVED_OUT: '成员已迁出',
    },
    errors: {
      verdictRequired: '请选择同意或不同意', reasonsRequired: '不同意时须填写至少一条理由',
      tooManyReasons: '理由最多 %{max} 条', reasonTooLong: '每条理由不超过 %{max} 个字', noteTooLong: '备注不超过 %{max} 个字',
    },
  },
  progress: {
    title: '审核进度', decisions: '初审与审批', assessments: '认定测算', notices: '公示', documents: '文书与材料',
    kind: { FIRST_OPINION: '初审意见', DECISION: '审批决定' }, level: { STREET: '街道', COUNTY: '区县' },
    decidedBy: '%{who} · %{when}', startMonth: '自 %{month} 起', none: '暂无',
    noticeRound: '第 %{round} 轮', period: '%{from} 至 %{to}',
    noticeStatus: { OPEN: '公示中', ENDED: '公示期满', INTERRUPTED: '因异议中止' },
    objection: '登记异议', objector: '异议人（可匿名）', content: '异议内容', objectionSaved: '异议已登记，案件转异议处理',
    terminate: '终止审核', terminateTitle: '终止审核', terminateReason: '终止原因（如拒不配合入户调查）',
    terminateConfirm: '终止后本案件不再办理，且不可撤销。确定终止吗？', terminated: '已终止审核',
    outcome: '办理结果', preview: '预览', print: '打印', generated: '系统生成', attached: '上传材料', step: '环节',
  },
  notices: {
    title: '公示栏', hint: '本辖区今日在公示期内的申请（仅公示姓名、家庭人口和救助金额）',
    applicantName: '申请人', familySize: '家庭人口', amount: '月救助金（元）', period: '公示期', community: '社区',
    empty: '今日没有公示中的申请', objection: '登记异议',
    published: '批准公布', publishedHint: '已批准的救助对象（仅公布姓名、家庭人口、类别和救助金额）', publishedEmpty: '暂无批准公布的对象',
    publishedOn: '批准日期', category: '类别',
  },
  policy: {
    title: '政策参数', catalogue: '参数目录', snapshot: '生效值', history: '调整记录', stepLimits: '环节时限',
    jurisdiction: '辖区', day: '日期', value: '当前值', newValue: '新值', effectiveFrom: '生效日期', setAt: '设定辖区', source: '来源',
    catalogueDefault: '目录默认值', unit: '单位', range: '取值范围', levels: '可设定层级', reason: '调整原因',
    createdBy: '设定人', createdAt: '设定时间', version: '参数版本 %{version}',
    set: '调整', setTitle: '调整参数：%{name}', saved: '已保存，自 %{date} 起生效',
    process: '流程', step: '环节', workingDays: '时限（工作日）', setStepLimit: '设定环节时限', stepSaved: '环节时限已保存',
    readOnly: '只有系统管理员可以调整参数',
    groups: {
      dibao: '低保标准', marginal: '低保边缘', rigid: '刚性支出', asset: '资产', increment: '分类施保', tekun: '特困',
      sla: '时限', notice: '公示', decision: '审批', other: '其他',
    },
    errors: {
      INVALID_VALUE: '取值无效', NOT_A_NUMBER: '须为数字', NOT_AN_INTEGER: '须为整数',
      BELOW_MIN: '不能小于 %{min}', ABOVE_MAX: '不能大于 %{max}',
    },
  },
  imports: {
    title: '核对数据导入', import: '导入数据', source: '数据来源', extractDate: '数据提取日期', file: '文件（CSV UTF-8 或 XLSX）',
    chooseFile: '选择文件', columns: '文件列（* 为必填）', rows: '行数', fileName: '文件名', importedBy: '导入人',
    importedAt: '导入时间', uploading: '正在上传 %{percent}%', created: '已导入 %{rows} 行',
    duplicate: '已导入过（未重复导入）', refused: '文件未导入，请修改以下问题后重新上传：', line: '行号', column: '列',
    problem: '问题', header: '表头', empty: '尚未导入核对数据',
  },
};

export default processZh;
