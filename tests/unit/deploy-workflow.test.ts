/**
 * The GitHub Pages workflow is valid (GitHub's workflow schema, through
 * action-validator) and does what the README says: builds with the base path
 * and origin GitHub Pages gives it, checks the links, uploads dist/, deploys.
 */
import { validateWorkflow } from '@action-validator/core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/builds';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Workflow {
  on: { push?: { branches?: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, { needs?: string; steps: Step[]; environment?: { name: string } }>;
}

const source = readFileSync(path.join(ROOT, '.github/workflows/deploy.yml'), 'utf8');
const workflow = parse(source) as Workflow;
const scripts = (
  JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts;

describe('GitHub Pages workflow', () => {
  it('passes the workflow schema', () => {
    expect(validateWorkflow(source).errors).toEqual([]);
  });

  it('builds with the origin and base path that configure-pages reports, and checks links', () => {
    const steps = workflow.jobs.build!.steps;
    const pagesStep = steps.find((step) => step.uses?.startsWith('actions/configure-pages@'));
    expect(pagesStep?.id).toBe('pages');
    for (const command of ['npm run build', 'npm run check:links']) {
      const step = steps.find((candidate) => candidate.run === command);
      expect(step, command).toBeDefined();
      expect(step!.env).toEqual({
        SITE_URL: '${{ steps.pages.outputs.origin }}',
        BASE_PATH: '${{ steps.pages.outputs.base_path }}',
      });
      expect(
        scripts[command.replace('npm run ', '')],
        `package.json has no script for ${command}`,
      ).toBeDefined();
    }
    expect(steps.findIndex((step) => step.run === 'npm ci')).toBeLessThan(
      steps.findIndex((step) => step.run === 'npm run build'),
    );
    expect(
      steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.path,
    ).toBe('dist');
  });

  it('deploys after the build with the permissions Pages needs', () => {
    expect(workflow.on.push?.branches).toContain('main');
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    const deploy = workflow.jobs.deploy!;
    expect(deploy.needs).toBe('build');
    expect(deploy.environment?.name).toBe('github-pages');
    expect(deploy.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });

  it('pins every action to a major version', () => {
    const uses = Object.values(workflow.jobs).flatMap((job) =>
      job.steps.map((step) => step.uses).filter(Boolean),
    );
    for (const action of uses) expect(action).toMatch(/^[\w-]+\/[\w-]+@v\d+$/);
  });
});
