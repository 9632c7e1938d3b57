/**
 * Every internal link, image, stylesheet, script and feed URL of the built
 * fixture resolves, nothing loads from another host, and every page is
 * reachable from the home page: at the site root and under `/news/`.
 */
import { describe, expect, it } from 'vitest';
import { distDir, SITE_BUILDS, type SiteName } from '../helpers/builds';
import { checkSite, describeProblems } from '../../scripts/link-check/check-site';

const SITES: SiteName[] = ['fixture', 'fixtureUnderNews'];

describe.each(SITES)('links of the %s build', (name) => {
  const { basePath, siteUrl } = SITE_BUILDS[name];
  const report = checkSite({ distDir: distDir(name), origin: siteUrl, basePath });

  it(`checks every page (served under ${basePath})`, () => {
    expect(report.pages).toBeGreaterThan(27);
    expect(report.references).toBeGreaterThan(report.pages * 10);
  });

  it('has no broken link and no page unreachable from the home page', () => {
    expect(describeProblems(report)).toEqual([]);
  });
});
