// Issue 15: table 三 of a department with 10,000 cases in its register, and the clocks of all of them, in the domain
// code the server runs (packages/domain/dist). No database: what the register adds on top of reading the rows.
//   node bench/applications-table.mjs [--cases 10000] [--runs 20]
import { performance } from 'node:perf_hooks';
import { parseArgs } from './generate-province.mjs';

const {
  APPLICANT_KINDS,
  APPLICATION_OUTCOMES,
  WorkingDayCalendar,
  applicationClock,
  applicationTableFromCases,
  checkReport,
  emptyReport,
} = await import('../packages/domain/dist/index.js');

const o = parseArgs(process.argv.slice(2), { cases: 10000, runs: 20 });
let seed = 7;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (list) => list[Math.floor(rand() * list.length)];
const day = (base, plus) => {
  const d = new Date(`${base}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + plus);
  return d.toISOString().slice(0, 10);
};
const kinds = APPLICANT_KINDS.filter((k) => k.key !== 'total').map((k) => k.key);
const outcomes = APPLICATION_OUTCOMES.map((x) => x.key);
const cases = Array.from({ length: Number(o.cases) }, (_, i) => {
  const receivedOn = day('2025-11-01', Math.floor(rand() * 420));
  const closed = rand() < 0.8;
  const steps = [{ kind: 'accepted', on: receivedOn }];
  if (rand() < 0.1) steps.push({ kind: 'correctionRequested', on: day(receivedOn, 3) });
  if (closed) steps.push({ kind: 'replied', on: day(receivedOn, 10 + Math.floor(rand() * 30)) });
  return { id: `c${i}`, receivedOn, applicantKind: pick(kinds), steps, outcome: closed ? pick(outcomes) : null };
});

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (fn) => {
  for (let i = 0; i < 3; i++) fn();
  const ts = [];
  for (let i = 0; i < Number(o.runs); i++) {
    const t = performance.now();
    fn();
    ts.push(performance.now() - t);
  }
  return median(ts);
};

let table;
const tableMs = time(() => (table = applicationTableFromCases(cases, 2026)));
const calendar = new WorkingDayCalendar([]);
const clocksMs = time(() => {
  for (const c of cases) applicationClock(c, calendar, '2026-12-01');
});
// The table fills a report whose R1–R3 must hold by construction.
const report = emptyReport(2026, '2021');
for (const [id, v] of Object.entries(table.cells)) report.cells[id] = v;
const filled = Object.values(table.cells).filter((v) => v !== null && v !== '0').length;
const failing = checkReport(report).filter((r) => ['R1', 'R2', 'R3'].includes(r.rule) && r.severity === 'error');
console.log(
  `${cases.length} cases: table 三 ${tableMs.toFixed(1)} ms (median of ${o.runs}), all clocks ${clocksMs.toFixed(1)} ms; ${filled} non-zero cells; R1–R3 errors on the filled report: ${failing.length}`,
);
