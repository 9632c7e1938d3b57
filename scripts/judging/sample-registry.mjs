// A random sample of a registry (150 people, 100 places, 100 organizations), each entry with up to three
// snippets of the stories it tags, as JSON for hand-judging: node scripts/judging/sample-registry.mjs ARCHIVE LABEL SEED
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
const [dir, label, seedArg] = process.argv.slice(2);
let seed = Number(seedArg);
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const sizes = { people: 150, places: 100, organizations: 100 };
const files = readdirSync(path.join(dir, 'articles'), { recursive: true }).filter((f) =>
  f.endsWith('.md'),
);
const mentions = new Map();
for (const f of files) {
  const text = readFileSync(path.join(dir, 'articles', f), 'utf8');
  const [, fm, body] = text.split(/^---$/m);
  const data = parse(fm);
  for (const kind of Object.keys(sizes))
    for (const ref of data[kind] ?? []) {
      const name = typeof ref === 'string' ? ref : ref.name;
      const key = `${kind}|${name}`;
      if (!mentions.has(key)) mentions.set(key, []);
      mentions.get(key).push({ f, body });
    }
}
const out = [];
for (const [kind, n] of Object.entries(sizes)) {
  const list = parse(readFileSync(path.join(dir, `${kind}.yaml`), 'utf8')) ?? [];
  const picked = new Set();
  while (picked.size < Math.min(n, list.length)) picked.add(Math.floor(rand() * list.length));
  for (const i of picked) {
    const e = list[i];
    const arts = mentions.get(`${kind}|${e.name}`) ?? [];
    const contexts = [];
    for (const a of arts.slice(0, 3)) {
      const at = a.body.indexOf(e.name.split(',')[0]);
      if (at >= 0)
        contexts.push(
          a.body.slice(Math.max(0, at - 120), at + e.name.length + 120).replace(/\s+/g, ' '),
        );
    }
    out.push({
      kind,
      name: e.name,
      id: e.id,
      placeKind: e.kind,
      country: e.country,
      stories: arts.length,
      contexts,
      version: label,
    });
  }
}
console.log(JSON.stringify(out));
