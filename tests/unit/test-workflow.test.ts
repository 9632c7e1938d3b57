/**
 * The test workflow is valid (GitHub's workflow schema, through action-validator) and runs
 * the README's test command, lint included, on every pull request and on pushes to main,
 * with the Node the project names and a Chromium for the browser tests.
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
  with?: Record<string, string | boolean>;
  env?: Record<string, string>;
}
interface Trigger {
  branches?: string[];
  paths?: string[];
  'paths-ignore'?: string[];
}
interface Workflow {
  on: { pull_request?: Trigger | null; push?: Trigger };
  jobs: Record<string, { 'runs-on': string; steps: Step[] }>;
}

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const source = read('.github/workflows/test.yml');
const workflow = parse(source) as Workflow;
const packageJson = JSON.parse(read('package.json')) as {
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
};
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const indexOfRun = (command: string) => steps.findIndex((step) => step.run === command);

describe('test workflow', () => {
  it('passes the workflow schema', () => {
    expect(validateWorkflow(source).errors).toEqual([]);
  });

  it('runs on every pull request, whatever it touches, and on pushes to main', () => {
    expect(Object.keys(workflow.on)).toContain('pull_request');
    const pullRequest = workflow.on.pull_request ?? {};
    expect(pullRequest.branches).toBeUndefined();
    expect(pullRequest.paths).toBeUndefined();
    expect(pullRequest['paths-ignore']).toBeUndefined();
    expect(workflow.on.push?.branches).toContain('main');
  });

  it('installs with npm ci, then runs npm test, whose script lints and runs Vitest', () => {
    expect(indexOfRun('npm ci')).toBeGreaterThanOrEqual(0);
    expect(indexOfRun('npm test')).toBeGreaterThan(indexOfRun('npm ci'));
    expect(packageJson.scripts.test).toContain('npm run lint');
    expect(packageJson.scripts.test).toContain('vitest run');
    expect(packageJson.scripts.lint).toMatch(/\beslint\b.*\bprettier --check\b/);
  });

  it('uses the Node of .nvmrc, the major version the node dev dependency brings', () => {
    const setupNode = steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(setupNode?.with?.['node-version-file']).toBe('.nvmrc');
    const nvmrcMajor = read('.nvmrc').trim();
    expect(packageJson.devDependencies.node).toMatch(new RegExp(`^\\^${nvmrcMajor}\\.`));
  });

  it('gives the browser tests the Chromium it installs', () => {
    const browser = steps.find((step) => step.uses?.startsWith('browser-actions/setup-chrome@'));
    expect(browser?.id).toBeDefined();
    expect(steps.indexOf(browser!)).toBeLessThan(indexOfRun('npm test'));
    expect(steps[indexOfRun('npm test')]!.env?.CHROMIUM_PATH).toBe(
      `\${{ steps.${browser!.id}.outputs.chrome-path }}`,
    );
  });

  it('pins every action to a major version', () => {
    const uses = steps.map((step) => step.uses).filter(Boolean);
    for (const action of uses) expect(action).toMatch(/^[\w-]+\/[\w-]+@v\d+$/);
  });
});
