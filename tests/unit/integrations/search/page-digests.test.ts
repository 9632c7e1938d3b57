import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPageDigests, pageDigest } from '../../../../src/integrations/search/page-digests';

const folder = mkdtempSync(path.join(os.tmpdir(), 'page-digests-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const page = (body: string, related: string) =>
  `<html><body><main data-pagefind-body><p>${body}</p></main>` +
  `<aside data-lists-other-stories><a href="/x/">${related}</a></aside></body></html>`;

/** Writes a page dated well in the past, as a page kept from an earlier build is. */
function writeOld(name: string, content: string, secondsAgo = 60): void {
  const file = path.join(folder, 'site', name);
  writeFileSync(file, content);
  const when = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(file, when, when);
}

describe('page digests kept between builds', () => {
  const site = path.join(folder, 'site');
  const store = path.join(folder, 'digests.json');

  it('reads a page again only when its file changed', async () => {
    mkdirSync(site, { recursive: true });
    writeOld('a.html', page('Rain in Hunan.', 'Older story'));
    writeOld('b.html', page('Snow in Changsha.', 'Newer story'));

    const first = await openPageDigests(site, store);
    const digests = await first.digestsOf(['a.html', 'b.html']);
    expect(first.filesRead).toBe(2);
    await first.save();

    const second = await openPageDigests(site, store);
    expect(await second.digestsOf(['a.html', 'b.html'])).toEqual(digests);
    expect(second.filesRead).toBe(0);

    // A page written again with other text: read, and its digest follows its bytes.
    writeOld('b.html', page('Snow in Beijing.', 'Newer story'), 30);
    const third = await openPageDigests(site, store);
    const now = await third.digestsOf(['a.html', 'b.html']);
    expect(third.filesRead).toBe(1);
    expect(now[0]).toBe(digests[0]);
    expect(now[1]).not.toBe(digests[1]);
  });

  it('digests what Pagefind reads: a change in the related stories alone leaves it alone', () => {
    expect(pageDigest(Buffer.from(page('Rain.', 'One story')))).toBe(
      pageDigest(Buffer.from(page('Rain.', 'Another story'))),
    );
    expect(pageDigest(Buffer.from(page('Rain.', 'One')))).not.toBe(
      pageDigest(Buffer.from(page('Snow.', 'One'))),
    );
  });

  it('does not trust a digest taken the moment its file was written', async () => {
    rmSync(store, { force: true });
    writeFileSync(path.join(site, 'fresh.html'), page('Just written.', 'x'));
    const first = await openPageDigests(site, store);
    await first.digestsOf(['fresh.html']);
    await first.save();
    const second = await openPageDigests(site, store);
    await second.digestsOf(['fresh.html']);
    expect(second.filesRead).toBe(1);
  });

  it('reuses nothing for another folder, or without a file to keep them in', async () => {
    const elsewhere = await openPageDigests(path.join(folder, 'other'), store);
    expect(await elsewhere.digestsOf([])).toEqual([]);
    const none = await openPageDigests(site, undefined);
    await none.digestsOf(['a.html']);
    expect(none.filesRead).toBe(1);
    await expect(none.save()).resolves.toBeUndefined();
  });
});
