/**
 * An archive of any size made from the real corpus: the imported articles as
 * they are, then again with shifted dates and varied slugs, so that entity and
 * date distributions stay those of real news.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

const REGISTRY_FILES = ['people.yaml', 'places.yaml', 'organizations.yaml'];

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function shiftDate(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

interface Source {
  slug: string;
  text: string;
}

function readSources(sourceDir: string): Source[] {
  const sources = markdownFiles(path.join(sourceDir, 'articles')).map((file) => ({
    slug: path.basename(file, '.md').replace(/^\d{1,2}-/, ''),
    text: readFileSync(file, 'utf8'),
  }));
  if (sources.length === 0)
    throw new Error(`No articles in ${sourceDir}/articles: import the corpus first.`);
  return sources;
}

/** Writes articles `from` to `to - 1` of the sequence into `targetDir/articles/`. */
function writeArticles(sources: Source[], targetDir: string, from: number, to: number): void {
  const madeFolders = new Set<string>();
  for (let index = from; index < to; index++) {
    const copy = Math.floor(index / sources.length);
    const source = sources[index % sources.length]!;
    const originalDate = /^date: "?(\d{4}-\d{2}-\d{2})"?$/m.exec(source.text)?.[1];
    if (!originalDate)
      throw new Error(`An imported article has no date line: ${source.text.slice(0, 200)}`);
    // Copy k lands 3·k days later with "-rk" on its slug: a URL of its own, the same spread over years.
    const date = copy === 0 ? originalDate : shiftDate(originalDate, copy * 3);
    const suffix = copy === 0 ? '' : `-r${copy}`;
    const text = source.text
      .replace(/^date: .*$/m, `date: "${date}"`)
      .replace(/^slug: "?([^"\n]+?)"?$/m, (_, slug: string) => `slug: "${slug}${suffix}"`)
      .replace(/^sourceId: "?([^"\n]+?)"?$/m, (_, id: string) => `sourceId: "${id}${suffix}"`);
    const [year, month, day] = date.split('-');
    const folder = path.join(targetDir, 'articles', year!, month!);
    if (!madeFolders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      madeFolders.add(folder);
    }
    writeFileSync(path.join(folder, `${day}-${source.slug}${suffix}.md`), text);
  }
}

/**
 * Writes `count` articles into `targetDir/articles/` from the imported corpus
 * in `sourceDir`, and copies its registry. Copy k of an article moves 3·k days
 * later, which keeps the spread over years while giving every copy its own URL.
 */
export function makeSyntheticArchive(sourceDir: string, targetDir: string, count: number): void {
  const sources = readSources(sourceDir);
  rmSync(targetDir, { recursive: true, force: true });
  mkdirSync(targetDir, { recursive: true });
  for (const file of REGISTRY_FILES) {
    if (existsSync(path.join(sourceDir, file)))
      copyFileSync(path.join(sourceDir, file), path.join(targetDir, file));
  }
  writeArticles(sources, targetDir, 0, count);
}

/**
 * Adds the next `added` articles of the same sequence to an archive of `count`
 * made by `makeSyntheticArchive`: what a day's import adds to an archive.
 */
export function addSyntheticArticles(
  sourceDir: string,
  targetDir: string,
  count: number,
  added: number,
): void {
  writeArticles(readSources(sourceDir), targetDir, count, count + added);
}
