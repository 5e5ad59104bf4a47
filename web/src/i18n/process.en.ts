/* English texts of the application process screens. Same keys as process.zh.ts. */
import type processZh from './process.zh';

const processEn: typeof processZh = {
  decision: {
    inputNames: { age: "Age", annualIncome: "Annual income (yuan)", basicLivingFactor: "Basic living factor", basicLivingStandard: "Basic living standard (yuan/month)", count: "Count", declaredCount: "Declared number", deemedBy: "Deemed unable to work by", dibaoEligible: "Dibao eligible", dibaoStandard: "Dibao standard (yuan/person/month)", disabilityKind: "Disability kind", disabilityMaxGrade: "Highest qualifying grade", disposableIncomePerCapita: "Last year's disposable income per capita (yuan/year)", disposableIncomePerCapitaMonthly: "Last year's disposable income per capita (yuan/month)", eligiblePersons: "Eligible persons", excludedMonthlyIncome: "Money not counted as income (yuan/month)", financialAssets: "Financial assets (yuan)", foundCount: "Number found", gap: "Gap (yuan)", incapacityMaxGrade: "Disability grades deemed unable to work up to (0 = none)", incomeWindow: "Income period", increments: "Category increments (yuan)", k: "Factor k", legalSupport: "Legal supporter", limit: "Limit (yuan)", line: "Line (yuan)", marginalEligible: "Near-dibao eligible", marginalFactor: "Near-dibao factor", marginalLine: "Near-dibao line (yuan)", max: "Limit", member: "Member", memberId: "Member id", members: "Co-resident members", mentalDisabilityMaxGrade: "Highest qualifying grade (mental/intellectual)", monthlyBenefit: "Monthly benefit (yuan)", monthlyIncome: "Monthly income (yuan)", monthlyRigidSpending: "Rigid spending (yuan/month)", monthsOfStandard: "Months of the standard", nationalIncapacityMaxGrade: "National grade limit", perCapitaIncome: "Monthly income per capita (yuan)", perCapitaResidualIncome: "Per-capita income after rigid spending (yuan)", rigidShare: "Rigid spending share of income", tekunEligible: "Tekun eligible", threshold: "Threshold", windowMonths: "Months of the period", workAbility: "Work ability" },
    deemedBy: { AGE: "Age (art. 5)", DISABILITY: "Disability grade (art. 5)" },
    fieldRecheck: {
      title: "Extreme poverty field re-checks this month",
      summary: "Extreme poverty field re-checks this month: %{selected} of %{cases} cases (%{share}, minimum %{minimum})",
      none: "Extreme poverty field re-checks this month: no cases yet (minimum %{minimum})",
      below: "The share is below the minimum: please check",
    },
    assessment: 'Assessment explained', verification: 'Economic verification report', form: 'Your opinion',
    approve: 'Approve', refuse: 'Refuse', opinionLabel: 'First opinion', decisionLabel: 'Decision',
    reasons: 'Reasons for refusal (one per line, each printed on the notice)', reason: 'Reason %{n}', addReason: 'Add a reason', removeReason: 'Remove this reason',
    note: 'Note', submit: 'Submit', submitHint: 'Ctrl+Enter submits', refused: 'Not submitted: please correct the marked fields',
    benefit: 'Assessed monthly benefit', eligible: 'Eligible', notEligible: 'Not eligible', round: 'Assessment %{round}',
    noAssessment: 'No assessment yet', noReport: 'No verification report yet', inputs: 'Figures', rules: 'Rules %{rules} · parameters %{params}',
    firstOpinion: "Street's first opinion", noFirstOpinion: 'No first opinion',
    incomeWindow: 'Income period %{first} to %{last} (%{months} months)', item: 'Item', perMonth: ' (yuan/month)', mismatch: 'Differs', notReported: 'Not reported', itemCount: '%{smart_count} item |||| %{smart_count} items',
    passed: 'Consistent', discrepancies: '%{smart_count} discrepancy |||| %{smart_count} discrepancies', declared: 'Declared', found: 'Found', difference: 'Difference',
    member: 'Member', source: 'Source', sources: 'Sources', extractDate: 'Data date', asOf: 'As of',
    incomes: 'Monthly income (yuan)', assets: 'Assets', household: 'Household', items: 'Items found',
    outcome: { PASSED: 'Passed', FAILED: 'Failed', NOT_APPLICABLE: 'Not applicable' },
    discrepancy: {
      INCOME_MISMATCH: 'Income differs from the declaration', UNDECLARED_ASSET: 'Undeclared asset', ASSET_ABOVE_DECLARED: 'Assets above the declaration', ASSET_BELOW_DECLARED: 'Assets below the declaration', ASSET_NOT_FOUND: 'Declared asset not found',
      MEMBER_DECEASED: 'Member deceased', MEMBER_MOVED_OUT: 'Member moved out',
    },
    errors: {
      verdictRequired: 'Choose approve or refuse', reasonsRequired: 'A refusal needs at least one reason',
      tooManyReasons: 'At most %{max} reasons', reasonTooLong: 'At most %{max} characters per reason', noteTooLong: 'At most %{max} characters',
    },
  },
  progress: {
    title: 'Review progress', decisions: 'Opinions and decisions', assessments: 'Assessments', notices: 'Public notice', documents: 'Documents',
    kind: { FIRST_OPINION: 'First opinion', DECISION: 'Decision' }, level: { STREET: 'Street', COUNTY: 'County' },
    decidedBy: '%{who} · %{when}', startMonth: 'from %{month}', none: 'None yet',
    noticeRound: 'Round %{round}', period: '%{from} to %{to}',
    noticeStatus: { OPEN: 'Open', ENDED: 'Ended', INTERRUPTED: 'Interrupted by an objection' },
    objection: 'Register objection', objector: 'Objector (may be anonymous)', content: 'Objection', objectionSaved: 'Objection registered; the case goes to objection handling',
    terminate: 'Terminate review', terminateTitle: 'Terminate the review', terminateReason: 'Reason (e.g. refuses the home visit)',
    terminateConfirm: 'The case will not be worked any further; this cannot be undone. Terminate?', terminated: 'Review terminated',
    outcome: 'Outcome', preview: 'Preview', print: 'Print', generated: 'Generated', attached: 'Uploaded', step: 'Step',
  },
  notices: {
    title: 'Notice board', hint: 'Applications under public notice today in your area (name, family size and amount only)',
    applicantName: 'Applicant', familySize: 'Family size', amount: 'Monthly benefit (yuan)', period: 'Notice period', community: 'Community',
    empty: 'No notices open today', objection: 'Register objection',
    published: 'Approved and published', publishedHint: 'Approved households (name, family size, category and amount only)', publishedEmpty: 'Nobody published yet',
    publishedOn: 'Approved on', category: 'Category',
  },
  policy: {
    title: 'Policy parameters', catalogue: 'Catalogue', snapshot: 'Effective values', history: 'History', stepLimits: 'Step time limits',
    jurisdiction: 'Jurisdiction', day: 'Day', value: 'Value', newValue: 'New value', effectiveFrom: 'Effective from', setAt: 'Set at', source: 'Source',
    catalogueDefault: 'Catalogue default', unit: 'Unit', range: 'Range', levels: 'May be set at', reason: 'Reason',
    createdBy: 'Set by', createdAt: 'Set on', version: 'Parameter version %{version}',
    set: 'Change', setTitle: 'Change: %{name}', saved: 'Saved; effective from %{date}',
    process: 'Process', step: 'Step', workingDays: 'Working days', setStepLimit: 'Set a step time limit', stepSaved: 'Step time limit saved',
    readOnly: 'Only a system administrator may change parameters',
    groups: {
      dibao: 'Minimum living standard', marginal: 'Near-dibao', rigid: 'Rigid spending', asset: 'Assets', increment: 'Category increments', tekun: 'Extreme poverty',
      sla: 'Time limits', notice: 'Public notice', decision: 'Decision', other: 'Other',
    },
    errors: {
      INVALID_VALUE: 'Invalid value', NOT_A_NUMBER: 'Must be a number', NOT_AN_INTEGER: 'Must be a whole number',
      BELOW_MIN: 'At least %{min}', ABOVE_MAX: 'At most %{max}',
    },
  },
  imports: {
    title: 'Verification imports', import: 'Import data', source: 'Source', extractDate: 'Extract date', file: 'File (CSV UTF-8 or XLSX)',
    chooseFile: 'Choose file', columns: 'Columns (* required)', rows: 'Rows', fileName: 'File name', importedBy: 'Imported by',
    importedAt: 'Imported at', uploading: 'Uploading %{percent}%', created: '%{rows} rows imported',
    duplicate: 'Imported before (not imported again)', refused: 'The file was not imported; correct these problems and upload again:', line: 'Line', column: 'Column',
    problem: 'Problem', header: 'Header', empty: 'No verification data imported yet',
  },
};

export default processEn;
