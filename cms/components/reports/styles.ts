/** The back office's report views: readable tables, visible focus, and an overdue mark that is words and a border, not colour alone. */
export const reportOfficeStyles = `
.report-office table { width: 100%; border-collapse: collapse; margin-bottom: 1.5rem; }
.report-office th, .report-office td { text-align: left; vertical-align: top; padding: 0.5rem; border-bottom: 1px solid var(--theme-elevation-150); }
.report-office td.num, .report-office th.num { text-align: right; }
.report-office input, .report-office select, .report-office textarea { box-sizing: border-box; width: 100%; max-width: 100%; min-height: 2.25rem; padding: 0.35rem 0.5rem; font: inherit; color: var(--theme-elevation-800); background: var(--theme-input-bg, var(--theme-elevation-0)); border: 1px solid var(--theme-elevation-400); border-radius: var(--style-radius-s, 3px); }
.report-office input[type="checkbox"], .report-office input[type="radio"] { width: auto; min-height: 0; margin-right: 0.4rem; }
.report-office textarea { min-height: 4.5rem; }
.report-office input:focus-visible, .report-office select:focus-visible, .report-office textarea:focus-visible, .report-office a:focus-visible, .report-office button:focus-visible { outline: 2px solid var(--theme-success-500, #2f6fdf); outline-offset: 1px; }
.report-office label { font-weight: 600; }
.report-office fieldset { border: 1px solid var(--theme-elevation-150); padding: 0.75rem; margin: 0 0 1rem; }
.report-office legend { font-weight: 600; padding: 0 0.25rem; }
.report-office .overdue { font-weight: 700; border-left: 4px solid var(--theme-error-500, #b00020); padding-left: 0.4rem; }
.report-office .filters { display: flex; gap: 1rem; align-items: flex-end; flex-wrap: wrap; margin-bottom: 1rem; }
.report-office .filters p { margin: 0; min-width: 11rem; }
`
