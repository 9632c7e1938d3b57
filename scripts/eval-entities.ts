/**
 * npm run eval:entities [-- --errors]
 * Prints precision and recall of the importer's people and places on the
 * hand-annotated evaluation set in tests/fixtures/entity-eval/.
 */
import { evaluateEntities } from '../src/import/evaluate';

const folder = new URL('../tests/fixtures/entity-eval/', import.meta.url).pathname;
const evaluation = await evaluateEntities(folder);
const line = (label: string, s: { precision: number; recall: number; truePositives: number; predicted: number; gold: number }) =>
  `${label.padEnd(7)} precision ${s.precision.toFixed(3)} (${s.truePositives}/${s.predicted})  recall ${s.recall.toFixed(3)} (${s.truePositives}/${s.gold})`;
console.log(`entity evaluation on ${evaluation.articles} hand-annotated articles`);
console.log(line('people', evaluation.people));
console.log(line('places', evaluation.places));
if (process.argv.includes('--errors')) {
  for (const error of evaluation.errors) console.log(JSON.stringify(error));
}
