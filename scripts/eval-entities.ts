/**
 * npm run eval:entities [-- --errors]
 * Prints precision and recall of the importer's people, places and
 * organizations on the hand-annotated evaluation set in tests/fixtures/entity-eval/
 * (a surname alone is a partial match: not a hit).
 */
import { evaluateEntities, type Score } from '../src/import/evaluate';

const folder = new URL('../tests/fixtures/entity-eval/', import.meta.url).pathname;
const evaluation = await evaluateEntities(folder);
const line = (label: string, s: Score) =>
  `${label.padEnd(13)} precision ${s.precision.toFixed(3)} (${s.truePositives}/${s.predicted})  recall ${s.recall.toFixed(3)} (${s.truePositives}/${s.gold})` +
  (s.partial > 0 ? `  partial ${s.partial}` : '');
console.log(`entity evaluation on ${evaluation.articles} hand-annotated articles`);
console.log(line('people', evaluation.people));
console.log(line('places', evaluation.places));
console.log(line('organizations', evaluation.organizations));
if (process.argv.includes('--errors')) {
  for (const error of evaluation.errors) console.log(JSON.stringify(error));
}
