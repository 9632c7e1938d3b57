/**
 * `npm run check:links [dist-folder]`: checks a built site's links, images,
 * stylesheets, scripts and feed URLs, the targets of redirect pages and of
 * `_redirects`, and that every page is reachable from the home page. Reads SITE_URL and BASE_PATH like the build does, so run it
 * with the same settings the site was built with. Exits 1 on any problem.
 */
import path from 'node:path';
import { BASE_PATH, SITE_URL } from '../src/config';
import { checkSite, describeProblems } from './link-check/check-site';

const distDir = path.resolve(process.argv[2] ?? process.env.OUT_DIR ?? 'dist');
const started = performance.now();
const report = checkSite({ distDir, origin: SITE_URL, basePath: BASE_PATH });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const problems = describeProblems(report);

console.log(
  `Checked ${report.pages} pages (${report.redirectPages} of them redirects), ${report.feeds} feeds, ` +
    `${report.dataFiles} data files and ${report.redirectRules} _redirects rules (${report.references} references) in ${distDir}, ` +
    `served at ${SITE_URL}${BASE_PATH}, in ${seconds} s.`,
);
if (problems.length === 0) {
  console.log('All links resolve and every page is reachable from the home page.');
} else {
  for (const line of problems) console.error(line);
  process.exitCode = 1;
}
