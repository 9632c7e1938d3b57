/**
 * npm run eval:headlines [-- held-out]
 * npm run eval:headlines -- practice round1   (the self-judged practice leads in raw-headlines-practice/)
 * Datelines scored against the annotations, titles and summaries listed with the
 * hand verdicts of tests/fixtures/import/raw-headlines/judged.json (a line marked
 * "re-judge" is output that changed since it was judged).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateHeadlines } from '../src/import/evaluate-headlines';

const args = process.argv.slice(2);
// "practice": the session-written leads the rules are practised on, kept apart from the judged set.
const practice = args[0] === 'practice';
const SET = fileURLToPath(
  new URL(
    practice
      ? '../tests/fixtures/import/raw-headlines-practice/'
      : '../tests/fixtures/import/raw-headlines/',
    import.meta.url,
  ),
);
const named = practice ? args.slice(1) : args;
const subfolders = named.length > 0 ? named : practice ? ['round1'] : ['dev', 'seed'];

interface Judgement {
  file: string;
  headline: string;
  summary: string;
  headlineVerdict: string;
  summaryVerdict: string;
}
const judgedFile = path.join(SET, 'judged.json');
const judged = new Map<string, Judgement>(
  existsSync(judgedFile)
    ? (JSON.parse(readFileSync(judgedFile, 'utf8')) as { judgements: Judgement[] }).judgements.map(
        (j) => [j.file, j],
      )
    : [],
);

const rows = await evaluateHeadlines(SET, subfolders);
let headlinesOk = 0;
let summariesOk = 0;
let judgedRows = 0;
for (const row of rows) {
  const verdict = judged.get(row.file);
  const current = verdict && verdict.headline === row.title && verdict.summary === row.summary;
  if (current) {
    judgedRows += 1;
    if (verdict.headlineVerdict === 'acceptable') headlinesOk += 1;
    if (verdict.summaryVerdict === 'acceptable') summariesOk += 1;
  }
  const dateline = row.dateline
    ? `${row.dateline.place}${row.dateline.agency ? ` (${row.dateline.agency})` : ''}${row.dateline.date ? ` ${row.dateline.date}` : ''}`
    : '-';
  process.stdout.write(
    `${row.file}\n  dateline: ${dateline}${row.datelineCorrect ? '' : `   WRONG, expected ${JSON.stringify(row.expected)}`}\n`,
  );
  process.stdout.write(
    `  headline: ${row.title}  [${row.title.length}${verdict ? `, ${current ? verdict.headlineVerdict : 're-judge'}` : ''}]\n`,
  );
  process.stdout.write(
    `  summary:  ${row.summary}  [${row.summary.length}${verdict ? `, ${current ? verdict.summaryVerdict : 're-judge'}` : ''}]\n`,
  );
  if (row.problems.length > 0) process.stdout.write(`  problems: ${row.problems.join('; ')}\n`);
}
const datelines = rows.filter((row) => row.datelineCorrect).length;
process.stdout.write(
  `\n${subfolders.join(' + ')}: ${rows.length} articles; datelines ${datelines}/${rows.length}; machine problems ${rows.filter((row) => row.problems.length > 0).length}; ` +
    `judged and current ${judgedRows}: headlines acceptable ${headlinesOk}, summaries acceptable ${summariesOk}\n`,
);
