/**
 * The editor's commands (merge, reject, rename, kind) over a small temporary
 * archive: the exact registry YAML and article text after each, nothing changed
 * when a command fails, and rejected names kept out of later imports.
 */
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addToRegistry } from '../../../src/import/entities/registry';
import {
  applyPlan,
  planKindChange,
  planMerge,
  planReject,
  planRename,
  type CommandPlan,
} from '../../../src/import/review/commands';
import { reviewArchive } from '../../../src/import/review/review';
import { writeFilesTogether } from '../../../src/import/review/write-files';
import { isUntouched, serialiseArticle } from '../../../src/import/writer';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const run = promisify(execFile);

const PEOPLE = `# People of the test archive.

- id: abraham-accordsimage
  name: Abraham AccordsImage
  aliases: []
- id: ben-bernanke
  name: Ben Bernanke
  aliases: []
  description: Chair of the Federal Reserve.
- id: ben-bernankeis
  name: Ben Bernankeis
  aliases: [Bernankeis]
- id: li-qiang
  name: Li Qiang
  # Xinhua's copy writes the title.
  aliases: [ Premier Li Qiang ]
- id: xi-jinping
  name: Xi Jinping
  aliases: []
- id: zhuzhou
  name: Zhuzhou
  aliases: []
`;

const PLACES = `# Places of the test archive.

- id: changsha
  name: Changsha
  aliases: []
  kind: city
  latitude: 28.19874
  longitude: 112.97087
  country: CN
- id: clinton
  name: Clinton
  aliases: []
  kind: city
  latitude: 42.41676
  longitude: -71.68284
  country: US
`;

const ORGANIZATIONS = `- id: state-council
  name: State Council
  aliases: []
`;

const SPEECH = serialiseArticle(
  {
    title: 'Bernanke speaks in Clinton',
    date: '2020-01-02',
    source: 'Fixture Wire',
    people: ['Ben Bernankeis', 'Xi Jinping'],
    places: ['Clinton'],
    organizations: [],
    topics: [],
  },
  'Ben Bernankeis said the economy was strong. Residents of Clinton asked about Xi Jinping.',
);

const ACCORDS = serialiseArticle(
  {
    title: 'Leaders sign accords',
    date: '2020-09-15',
    source: 'Fixture Wire',
    people: ['Ben Bernanke', 'Abraham AccordsImage', 'Bernankeis'],
    places: [],
    organizations: ['State Council'],
  },
  'Leaders signed the Abraham AccordsImage: The White House. Ben Bernanke watched.',
);

const FILES = {
  speech: 'articles/2020/01/02-bernanke-speaks.md',
  accords: 'articles/2020/09/15-leaders-sign-accords.md',
  seed: 'articles/2023/03/22-li-qiang-hunan-advanced-manufacturing.md',
};

let archive: string;
let seed: string;

const withoutHash = (text: string) => text.replace(/^importHash: .*\n/m, '');

/** A rewritten article, which the importer still owns (its hash renewed), without that hash. */
function rewritten(file: string): string {
  const text = read(file);
  expect(isUntouched(text), file).toBe(true);
  return withoutHash(text);
}

function listFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true })
    .map(String)
    .filter((file) => statSync(path.join(folder, file)).isFile())
    .sort();
}

function snapshot(): Record<string, string> {
  return Object.fromEntries(
    listFiles(archive).map((file) => [file, readFileSync(path.join(archive, file), 'utf8')]),
  );
}

const read = (file: string) => readFileSync(path.join(archive, file), 'utf8');

async function apply(plan: CommandPlan): Promise<void> {
  await applyPlan(plan);
}

beforeEach(() => {
  archive = mkdtempSync(path.join(tmpdir(), 'entity-review-'));
  writeFileSync(path.join(archive, 'people.yaml'), PEOPLE);
  writeFileSync(path.join(archive, 'places.yaml'), PLACES);
  writeFileSync(path.join(archive, 'organizations.yaml'), ORGANIZATIONS);
  for (const [file, text] of [
    [FILES.speech, SPEECH],
    [FILES.accords, ACCORDS],
  ] as const) {
    mkdirSync(path.dirname(path.join(archive, file)), { recursive: true });
    writeFileSync(path.join(archive, file), text);
  }
  mkdirSync(path.join(archive, 'articles/2023/03'), { recursive: true });
  cpSync(path.join(ROOT, 'tests/fixtures/archive', FILES.seed), path.join(archive, FILES.seed));
  seed = read(FILES.seed);
});

afterEach(() => rmSync(archive, { recursive: true, force: true }));

describe('merge', () => {
  it('makes the from entry an alias of the into entry and rewrites every reference to it', async () => {
    await apply(planMerge(archive, 'people', 'ben-bernankeis', 'ben-bernanke'));
    expect(read('people.yaml')).toBe(`# People of the test archive.

- id: abraham-accordsimage
  name: Abraham AccordsImage
  aliases: []
- id: ben-bernanke
  name: Ben Bernanke
  aliases:
    - Ben Bernankeis
    - Bernankeis
  description: Chair of the Federal Reserve.
  replaces:
    - people/ben-bernankeis
- id: li-qiang
  name: Li Qiang
  # Xinhua's copy writes the title.
  aliases:
    - Premier Li Qiang
- id: xi-jinping
  name: Xi Jinping
  aliases: []
- id: zhuzhou
  name: Zhuzhou
  aliases: []
`);
    expect(rewritten(FILES.speech)).toBe(
      withoutHash(SPEECH.replace('  - "Ben Bernankeis"\n', '  - "Ben Bernanke"\n')),
    );
    // "Bernankeis" meant the from entry; the article already names the into entry once.
    expect(rewritten(FILES.accords)).toBe(withoutHash(ACCORDS.replace('  - "Bernankeis"\n', '')));
    expect(read(FILES.seed)).toBe(seed);
    // An article the importer owned stays its own: a re-import writes the same lists.
    expect(isUntouched(SPEECH)).toBe(true);
    expect(isUntouched(read(FILES.speech))).toBe(true);
    expect(listFiles(archive).filter((file) => file.includes('.tmp'))).toEqual([]);
  });

  it('refuses to merge an entry into itself or into an unknown id, and changes nothing', () => {
    const before = snapshot();
    expect(() => planMerge(archive, 'people', 'ben-bernanke', 'ben-bernanke')).toThrow(
      /into itself/,
    );
    expect(() => planMerge(archive, 'people', 'ben-bernankeis', 'ben-shalom-bernanke')).toThrow(
      /people\.yaml: no entry with id "ben-shalom-bernanke"/,
    );
    expect(snapshot()).toEqual(before);
  });
});

describe('reject', () => {
  it('removes the entry and its references and remembers the name, sorted by kind and name', async () => {
    await apply(planReject(archive, 'people', 'abraham-accordsimage', 'glued words'));
    await apply(planReject(archive, 'places', 'clinton'));
    await apply(planReject(archive, 'people', 'ben-bernankeis'));
    expect(read('rejected.yaml'))
      .toBe(`# Names an editor rejected (npm run entities -- reject), by kind, sorted by name.
# The importer never adds them to the registry or to an article again; delete a line to allow one back.

people:
  - name: Abraham AccordsImage
    id: abraham-accordsimage
    reason: glued words
  - name: Ben Bernankeis
    id: ben-bernankeis
places:
  - name: Clinton
    id: clinton
`);
    expect(read('people.yaml')).not.toMatch(/abraham-accordsimage|ben-bernankeis/);
    expect(read('places.yaml')).toBe(PLACES.slice(0, PLACES.indexOf('- id: clinton')));
    expect(rewritten(FILES.accords)).toBe(
      withoutHash(
        ACCORDS.replace('  - "Abraham AccordsImage"\n', '').replace('  - "Bernankeis"\n', ''),
      ),
    );
    expect(rewritten(FILES.speech)).toBe(
      withoutHash(
        SPEECH.replace('  - "Ben Bernankeis"\n', '').replace(
          'places:\n  - "Clinton"\n',
          'places: []\n',
        ),
      ),
    );
  });

  it('stops on an article whose frontmatter it cannot read, naming the file, and changes nothing', () => {
    writeFileSync(
      path.join(archive, 'articles/2020/01/03-broken.md'),
      '---\ntitle: "Broken\npeople: [\n---\n\nText.\n',
    );
    const before = snapshot();
    expect(() => planReject(archive, 'people', 'abraham-accordsimage')).toThrow(
      /03-broken\.md: frontmatter is not valid YAML/,
    );
    expect(snapshot()).toEqual(before);
  });
});

describe('rename', () => {
  it('keeps the old name as an alias and the id, and leaves articles alone', async () => {
    await apply(planRename(archive, 'people', 'ben-bernanke', 'Ben S. Bernanke'));
    expect(read('people.yaml')).toContain(`- id: ben-bernanke
  name: Ben S. Bernanke
  aliases:
    - Ben Bernanke
  description: Chair of the Federal Reserve.
`);
    expect(read(FILES.speech)).toBe(SPEECH);
    expect(read(FILES.accords)).toBe(ACCORDS);
  });

  it('with a new id, rewrites every reference, turning a flow list into block style', async () => {
    await apply(planRename(archive, 'people', 'xi-jinping', 'Xi Jin-ping', 'xi-jin-ping'));
    expect(read('people.yaml')).toContain(`- id: xi-jin-ping
  name: Xi Jin-ping
  aliases:
    - Xi Jinping
  replaces:
    - people/xi-jinping
- id: zhuzhou
`);
    expect(rewritten(FILES.speech)).toBe(
      withoutHash(SPEECH.replace('  - "Xi Jinping"\n', '  - "Xi Jin-ping"\n')),
    );
    // The seed was made by hand: it stays edited, and only its list changes.
    expect(read(FILES.seed)).toBe(
      seed.replace(
        'people: ["Li Qiang", "Xi Jinping", "Wu Zhenglong"]\n',
        'people:\n  - "Li Qiang"\n  - "Xi Jin-ping"\n  - "Wu Zhenglong"\n',
      ),
    );
    expect(isUntouched(read(FILES.seed))).toBe(false);
  });

  it('refuses a name another entry has, or an id that is taken, and changes nothing', () => {
    const before = snapshot();
    expect(() => planRename(archive, 'people', 'ben-bernankeis', 'Ben Bernanke')).toThrow(
      /already names ben-bernanke \(merge/,
    );
    expect(() =>
      planRename(archive, 'people', 'ben-bernankeis', 'Ben Bernanke Jr', 'li-qiang'),
    ).toThrow(/id "li-qiang" is taken/);
    expect(snapshot()).toEqual(before);
  });
});

describe('kind', () => {
  it('moves an entry out of places, dropping place fields, and moves references to the other list', async () => {
    await apply(planKindChange(archive, 'places', 'clinton', 'people'));
    expect(read('places.yaml')).toBe(PLACES.slice(0, PLACES.indexOf('- id: clinton')));
    expect(read('people.yaml')).toContain(
      '- id: clinton\n  name: Clinton\n  aliases: []\n  replaces:\n    - places/clinton\n- id: li-qiang\n',
    );
    expect(rewritten(FILES.speech)).toBe(
      withoutHash(
        SPEECH.replace('  - "Xi Jinping"\n', '  - "Xi Jinping"\n  - "Clinton"\n').replace(
          'places:\n  - "Clinton"\n',
          'places: []\n',
        ),
      ),
    );
  });

  it('moves into places only what the gazetteer knows, with its coordinates', async () => {
    await apply(planKindChange(archive, 'people', 'zhuzhou', 'places'));
    const places = read('places.yaml');
    expect(places).toMatch(
      /- id: zhuzhou\n {2}name: Zhuzhou\n {2}aliases: \[\]\n {2}kind: city\n {2}parent: china\n {2}latitude: 27\.\d+\n {2}longitude: 113\.\d+\n {2}country: CN\n {2}replaces:\n {4}- people\/zhuzhou\n/,
    );
    expect(read('people.yaml')).not.toContain('zhuzhou');
    const before = snapshot();
    expect(() => planKindChange(archive, 'people', 'abraham-accordsimage', 'places')).toThrow(
      /gazetteer does not know "Abraham AccordsImage"/,
    );
    expect(snapshot()).toEqual(before);
  }, 60_000);

  it('refuses to move an entry onto an id the other file has', async () => {
    await apply(planKindChange(archive, 'places', 'clinton', 'people'));
    await apply(planRename(archive, 'places', 'changsha', 'Changsha', 'clinton'));
    const before = snapshot();
    expect(() => planKindChange(archive, 'places', 'clinton', 'people')).toThrow(
      /people\.yaml already has "clinton": reject places clinton instead/,
    );
    expect(snapshot()).toEqual(before);
  });
});

describe('writing several files', () => {
  it('writes none of them when one cannot be written', async () => {
    const before = snapshot();
    const files = new Map([
      [path.join(archive, 'people.yaml'), 'changed\n'],
      [path.join(archive, 'no-such-folder/places.yaml'), 'changed\n'],
    ]);
    await expect(writeFilesTogether(files)).rejects.toThrow(/ENOENT/);
    expect(snapshot()).toEqual(before);
  });
});

describe('registry files', () => {
  it('writes a new registry file in block style, sorted by id', async () => {
    rmSync(path.join(archive, 'organizations.yaml'));
    await addToRegistry(archive, 'organizations', [
      { id: 'xinhua', name: 'Xinhua', aliases: ['Xinhua News Agency', 'New China News Agency'] },
      { id: 'lens-technology', name: 'Lens Technology', aliases: [] },
    ]);
    expect(read('organizations.yaml')).toBe(`- id: lens-technology
  name: Lens Technology
  aliases: []
- id: xinhua
  name: Xinhua
  aliases:
    - Xinhua News Agency
    - New China News Agency
`);
  });

  it('quotes a value a YAML 1.1 reader takes for a boolean: Norway stays "NO"', async () => {
    await addToRegistry(archive, 'places', [
      { id: 'oslo', name: 'Oslo', aliases: ['On'], kind: 'city', country: 'NO' },
    ]);
    const text = read('places.yaml');
    expect(text).toContain('  aliases:\n    - "On"\n  kind: city\n  country: "NO"\n');
    const oslo = (parse(text, { version: '1.1' }) as { id: string; country: unknown }[]).find(
      (entry) => entry.id === 'oslo',
    );
    expect(oslo?.country).toBe('NO');
    // Those already in the file are quoted on the next write too.
    writeFileSync(path.join(archive, 'places.yaml'), text.replace('"NO"', 'NO'));
    await addToRegistry(archive, 'places', [
      { id: 'bergen', name: 'Bergen', aliases: [], country: 'NO' },
    ]);
    expect(read('places.yaml')).not.toMatch(/country: NO\n/);
  });

  it('never adds an id an editor merged, renamed or moved away', async () => {
    await apply(planMerge(archive, 'people', 'ben-bernankeis', 'ben-bernanke'));
    await apply(planRename(archive, 'people', 'xi-jinping', 'Xi Jin-ping', 'xi-jin-ping'));
    await apply(planKindChange(archive, 'places', 'clinton', 'people'));
    const added = await addToRegistry(archive, 'people', [
      { id: 'ben-bernankeis', name: 'Ben Bernankeis', aliases: [] },
      { id: 'xi-jinping', name: 'Xi Jinping', aliases: [] },
      { id: 'jerome-powell', name: 'Jerome Powell', aliases: [] },
    ]);
    expect(added).toBe(1);
    expect(
      await addToRegistry(archive, 'places', [{ id: 'clinton', name: 'Clinton', aliases: [] }]),
    ).toBe(0);
    expect(read('people.yaml')).not.toMatch(/id: (ben-bernankeis|xi-jinping)\n/);
    expect(read('places.yaml')).not.toContain('id: clinton');
  });

  it('never adds a rejected name again', async () => {
    await apply(planReject(archive, 'people', 'abraham-accordsimage'));
    const added = await addToRegistry(archive, 'people', [
      { id: 'abraham-accordsimage', name: 'Abraham AccordsImage', aliases: [] },
      { id: 'abraham-accordsimage-2', name: 'ABRAHAM ACCORDSIMAGE', aliases: [] },
      { id: 'jerome-powell', name: 'Jerome Powell', aliases: [] },
    ]);
    expect(added).toBe(1);
    expect(read('people.yaml')).not.toMatch(/accordsimage/i);
    expect(read('people.yaml')).toContain('- id: jerome-powell\n');
  });
});

describe('review', () => {
  it('lists the likely wrong entries first, with reasons and the sentences that mention them', () => {
    const { items } = reviewArchive(archive, { kinds: ['people'] });
    const glued = items.find((item) => item.id === 'abraham-accordsimage')!;
    expect(glued.reasons.map((reason) => reason.code)).toEqual(['glued-words', 'one-story']);
    expect(glued.contexts).toEqual([
      { article: FILES.accords, text: 'Leaders signed the Abraham AccordsImage: The White House.' },
    ]);
    const variant = items.find((item) => item.id === 'ben-bernankeis')!;
    // Named by two stories: by its name in one, by its alias "Bernankeis" in the other.
    expect(variant.stories).toBe(2);
    expect(variant.reasons.map((reason) => reason.code)).toEqual(['glued-words', 'near-duplicate']);
    expect(variant.duplicates.map((other) => other.id)).toEqual(['ben-bernanke']);
    expect(items.map((item) => `${item.id} ${item.reasons.length}`)).toEqual([
      // Most reasons first, then most reasons from the name, then most stories; Xi Jinping
      // (two stories, a clean name) is not listed.
      'ben-bernankeis 2',
      'abraham-accordsimage 2',
      'ben-bernanke 2',
      'zhuzhou 2',
      'li-qiang 1',
    ]);
  });
});

describe('rejected names and the importer', () => {
  it('a re-import neither adds a rejected name to the registry nor writes it into an article', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'entity-review-import-'));
    const target = path.join(work, 'archive');
    const input = path.join(ROOT, 'tests/fixtures/import/good/wikinews-two.jsonl');
    const importer = (...args: string[]) =>
      run(TSX, [path.join(ROOT, 'src/import/cli.ts'), '--out', target, ...args, input], {
        cwd: ROOT,
      }).catch((error: { code: number }) => error);
    await importer();
    const [person] = /- id: (\S+)\n {2}name: (.+)\n/
      .exec(readFileSync(path.join(target, 'people.yaml'), 'utf8'))!
      .slice(1);
    const articles = listFiles(path.join(target, 'articles')).map((file) =>
      path.join(target, 'articles', file),
    );
    const naming = articles.filter((file) => readFileSync(file, 'utf8').includes(`people:\n  - "`));
    expect(naming.length).toBeGreaterThan(0);
    await applyPlan(planReject(target, 'people', person!));
    const rejectedText = readFileSync(naming[0]!, 'utf8');
    await importer();
    expect(readFileSync(path.join(target, 'people.yaml'), 'utf8')).not.toContain(`id: ${person}\n`);
    expect(readFileSync(naming[0]!, 'utf8')).toBe(rejectedText);
    await importer('--force');
    expect(readFileSync(path.join(target, 'people.yaml'), 'utf8')).not.toContain(`id: ${person}\n`);
    for (const file of articles)
      expect(readFileSync(file, 'utf8').split('\n---\n')[0]).not.toContain(
        `- "${readFileSync(path.join(target, 'rejected.yaml'), 'utf8').match(/name: (.+)/)![1]}"`,
      );
    expect(existsSync(path.join(target, 'rejected.yaml'))).toBe(true);
    rmSync(work, { recursive: true, force: true });
  }, 180_000);
});

describe('npm run entities', () => {
  const entities = (...args: string[]) =>
    run(TSX, [path.join(ROOT, 'src/import/review/cli.ts'), ...args, '--archive', archive], {
      cwd: ROOT,
    })
      .then(({ stdout, stderr }) => ({ code: 0, stdout, stderr }))
      .catch((error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        stdout: error.stdout,
        stderr: error.stderr,
      }));

  it('prints the review for a terminal and as JSON, and runs a command', async () => {
    const text = await entities('review', '--kind', 'people', '--limit', '2');
    expect(text.code).toBe(0);
    expect(text.stdout)
      .toContain(`1. Ben Bernankeis (also Bernankeis)  [people ben-bernankeis, 2 stories]
   - glued-words: "Bernankeis" looks like "Bernanke" with "is" glued on
   - near-duplicate: near-duplicate of "Ben Bernanke" (ben-bernanke: the same name with "is" glued on)
     > Ben Bernankeis said the economy was strong.  (${FILES.speech})
     > (named in the frontmatter only)  (${FILES.accords})

2. Abraham AccordsImage  [people abraham-accordsimage, 1 story]
   - glued-words: "AccordsImage" looks like "Accords" and "Image" run together
   - one-story: one story only
     > Leaders signed the Abraham AccordsImage: The White House.  (${FILES.accords})
`);
    expect(text.stdout).toMatch(/2 of 5 entries to review/);
    const json = await entities('review', '--json', '--limit', '1');
    // "Clinton" with nothing to say which of the Clintons it is comes first: a place decided on thin
    // evidence; the registry's bare "Clinton" is listed too (shared-name), so 9 entries in all.
    expect(JSON.parse(json.stdout)).toMatchObject({
      total: 9,
      items: [{ kind: 'places', name: 'Clinton', reasons: [{ code: 'thin-evidence' }] }],
    });
    const before = snapshot();
    const dry = await entities('merge', 'people', 'ben-bernankeis', 'ben-bernanke', '--dry-run');
    expect(dry.stdout).toMatch(/^dry run, nothing written: merged people "Ben Bernankeis"/);
    expect(dry.stdout).toContain('would write ');
    expect(snapshot()).toEqual(before);
    const merged = await entities('merge', 'people', 'ben-bernankeis', 'ben-bernanke');
    expect(merged.code).toBe(0);
    expect(merged.stdout).toMatch(
      /^merged people "Ben Bernankeis" \(ben-bernankeis\) into "Ben Bernanke" \(ben-bernanke\); 2 article\(s\) rewritten\n/,
    );
  }, 240_000); // the review reads the gazetteer (place names decided on thin evidence) twice

  it('exits 2 on wrong usage and 1, changing nothing, when a command fails', async () => {
    const before = snapshot();
    expect((await entities('merge', 'persons', 'a', 'b')).code).toBe(2);
    const failed = await entities('reject', 'people', 'nobody');
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/people\.yaml: no entry with id "nobody"\nnothing was changed\n/);
    expect(snapshot()).toEqual(before);
  }, 60_000);
});
