/**
 * npm run eval:site [-- --errors]
 * Imports the annotated set of tests/fixtures/entity-eval/ into .cache/eval-site/, builds it,
 * and prints precision and recall of the people, places and organizations each article page
 * shows in "In this story" (site level) next to those the importer wrote (importer level).
 * --errors lists each article's errors, worst first.
 */
import path from 'node:path';
import { ENTITY_KINDS } from '../src/lib/entities/entities';
import { errorWeight, evaluateSiteRun, LEVELS, type Level } from './eval-site/evaluate-site';
import { loadGold } from './eval-site/gold';
import { PARTIAL_CREDIT, precision, recall, type Totals } from './eval-site/score';
import { runSiteEvaluation } from './eval-site/site-run';

const ROOT = path.resolve(import.meta.dirname, '..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/entity-eval');
const WORK = path.join(ROOT, '.cache/eval-site');

const gold = loadGold(FIXTURE);
const run = runSiteEvaluation(FIXTURE, WORK);
const evaluation = evaluateSiteRun(gold, run.articles);

const cell = (totals: Totals) =>
  totals.articles === 0
    ? '   —      —   '
    : `${precision(totals).toFixed(3)}  ${recall(totals).toFixed(3)}`;
const SUBSETS: Record<string, string> = {
  all: 'all',
  gold: 'tuned, gold.json',
  'gold-more': 'gold-more.json (tuned on since)',
  'gold-places': 'held out, gold-places.json',
  'gold-held-out-2': 'held out, gold-held-out-2',
  'gold-held-out-3': 'held out, gold-held-out-3',
  'gold-held-out-4': 'held out, gold-held-out-4',
};
const LEVEL_NAMES: Record<Level, string> = { site: 'site', imported: 'importer' };

console.log(
  `entity evaluation on ${gold.length} hand-annotated articles, at the site level ("In this story" of each built page) and the importer level (its frontmatter)`,
);
console.log(
  `a surname (one word of the name) shown alone counts ${PARTIAL_CREDIT} of a hit; import ${run.importSeconds.toFixed(1)} s, build ${run.buildSeconds.toFixed(1)} s`,
);
console.log('');
console.log(
  `${'articles'.padEnd(32)}${'level'.padEnd(10)}${ENTITY_KINDS.map((kind) => kind.padEnd(16)).join('')}`,
);
console.log(`${''.padEnd(42)}${ENTITY_KINDS.map(() => 'P      R        ').join('')}`);
for (const [subset, label] of Object.entries(SUBSETS)) {
  const byLevel = evaluation.totals[subset];
  if (!byLevel) continue;
  for (const level of LEVELS) {
    const counts = byLevel[level];
    console.log(
      `${`${label} (${counts.people.articles})`.padEnd(32)}${LEVEL_NAMES[level].padEnd(10)}${ENTITY_KINDS.map((kind) => cell(counts[kind]).padEnd(16)).join('')}`,
    );
  }
}
const orgArticles = evaluation.totals['all']?.site.organizations.articles ?? 0;
console.log(`\norganizations are scored on the ${orgArticles} articles whose gold lists them`);

if (process.argv.includes('--errors')) {
  const worstFirst = [...evaluation.articles].sort(
    (a, b) =>
      errorWeight(b, 'site') - errorWeight(a, 'site') || a.sourceId.localeCompare(b.sourceId),
  );
  for (const article of worstFirst) {
    if (errorWeight(article, 'site') === 0 && errorWeight(article, 'imported') === 0) continue;
    console.log(`\n${article.sourceId} (${article.set}) ${article.pagePath}`);
    for (const level of LEVELS) {
      for (const kind of ENTITY_KINDS) {
        const result = article.results[level][kind];
        if (!result) continue;
        const parts = [
          result.wrong.length ? `wrong: ${result.wrong.join('; ')}` : '',
          result.missed.length ? `missed: ${result.missed.join('; ')}` : '',
          result.partial.length ? `partial: ${result.partial.join('; ')}` : '',
        ].filter(Boolean);
        if (parts.length)
          console.log(
            `  ${LEVEL_NAMES[level].padEnd(8)} ${kind.padEnd(13)} ${parts.join('  |  ')}`,
          );
      }
    }
  }
}
