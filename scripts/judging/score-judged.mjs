// Precision per kind (and per importer version, where a key says which version each item came
// from) of a hand-judged registry sample: node scripts/judging/score-judged.mjs judged.json [key.json]
import { readFileSync } from 'node:fs';

const [judgedPath, keyPath] = process.argv.slice(2);
const judged = JSON.parse(readFileSync(judgedPath, 'utf8'));
const versionsOf = new Map(
  keyPath
    ? JSON.parse(readFileSync(keyPath, 'utf8')).map((entry) => [entry.item, entry.versions])
    : [],
);
const totals = new Map();
for (const item of judged) {
  for (const version of versionsOf.get(item.item) ?? ['sample']) {
    const key = `${version} ${item.kind}`;
    const total = totals.get(key) ?? { ok: 0, all: 0, errors: {} };
    total.all += 1;
    if (item.ok) total.ok += 1;
    else total.errors[item.category] = (total.errors[item.category] ?? 0) + 1;
    totals.set(key, total);
  }
}
for (const [key, { ok, all, errors }] of [...totals].sort()) {
  console.log(
    `${key.padEnd(24)} ${(ok / all).toFixed(3)} (${ok}/${all})  ${JSON.stringify(errors)}`,
  );
}
