/**
 * The Wikinews corpus the benchmarks are made from, kept in the repository
 * compressed (tests/fixtures/corpus/README.md says where it comes from and
 * under which licence). The importer reads the .gz as it is.
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

export const CORPUS = path.resolve(
  import.meta.dirname,
  '../../tests/fixtures/corpus/wikinews-en.jsonl.gz',
);

export interface CorpusArticle {
  id: string;
  date: string;
  title: string;
  body: string;
}

/** Every article of a JSON-lines corpus, gzip or not, decompressed as a stream. */
export async function readCorpusArticles(file = CORPUS): Promise<CorpusArticle[]> {
  const stream = createReadStream(file);
  const lines = createInterface({
    input: file.endsWith('.gz') ? stream.pipe(createGunzip()) : stream,
    crlfDelay: Infinity,
  });
  const articles: CorpusArticle[] = [];
  for await (const line of lines)
    if (line.trim() !== '') articles.push(JSON.parse(line) as CorpusArticle);
  return articles;
}
