import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';
import { parse } from 'yaml';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../../..');
const SPEECH = '2024-08-21-gaoxinqu-gaozhiliang-tuijinhui';

/** A scratch content folder holding one real speech, so the CLI never touches content/. */
function scratch(slug = SPEECH): { dir: string; speech: string; targets: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'jianbao-targets-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(path.join(dir, 'speeches'));
  const speech = path.join(dir, 'speeches', `${slug}.md`);
  cpSync(path.join(ROOT, 'content/speeches', `${slug}.md`), speech);
  return { dir, speech, targets: path.join(dir, 'targets', `${slug}.yaml`) };
}

async function cli(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(
      path.join(ROOT, 'node_modules/.bin/tsx'),
      ['scripts/extract-targets.ts', ...args],
      {
        cwd: ROOT,
      },
    );
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

describe('npm run targets', { timeout: 60_000 }, () => {
  it('prints candidates as a JSON array with --json and writes nothing', async () => {
    const { speech, targets } = scratch();
    const { stdout, code } = await cli(speech, '--json');
    expect(code).toBe(0);
    const records = JSON.parse(stdout) as { stated: string; reviewed: boolean }[];
    expect(records.map((r) => r.stated)).toContain('600亿元');
    expect(records.every((r) => !r.reviewed)).toBe(true);
    expect(existsSync(targets)).toBe(false);
  });

  it('proposes indicator links by name from content/indicators.yaml, and names ambiguous ones', async () => {
    const { dir, speech, targets } = scratch();
    cpSync(path.join(ROOT, 'content/indicators.yaml'), path.join(dir, 'indicators.yaml'));
    const { stdout, code } = await cli(speech);
    expect(code).toBe(0);
    const records = parse(readFileSync(targets, 'utf8')) as Record<string, unknown>[];
    const contracts = records.find((r) => r['stated'] === '170.5亿元');
    expect(contracts?.['indicatorId']).toBe('zz-hitech-technology-contracts');
    expect(records.find((r) => r['stated'] === '600亿元')?.['indicatorId']).toBeUndefined();
    expect(stdout).toMatch(/建议指标 \/ proposed indicator: .*170\.5亿元 → zz-hitech-technology-contracts/);
  });

  it('writes unreviewed candidates, then keeps what a person reviewed or rejected on the next run', async () => {
    const { speech, targets } = scratch();
    expect((await cli(speech)).code).toBe(0);
    const first = parse(readFileSync(targets, 'utf8')) as Record<string, unknown>[];
    expect(first.length).toBeGreaterThan(20);
    expect(first.every((r) => r['reviewed'] === false)).toBe(true);
    expect(first.find((r) => r['stated'] === '600亿元')).toMatchObject({ kindReason: '目标词“力争”' });

    const edited = first
      .filter((r) => r['stated'] !== '470亿元')
      .map((r) =>
        r['stated'] === '600亿元'
          ? { ...r, indicator: '下半年新签约项目签约总额', reviewed: true }
          : r['stated'] === '9个'
            ? { ...r, rejected: true, reviewed: true }
            : r,
      );
    writeFileSync(targets, JSON.stringify(edited));
    const { stdout } = await cli(speech);
    expect(stdout).toContain(`新增候选 1`);
    // The one new candidate is listed with the reason for its kind; kept records are not.
    expect(stdout).toMatch(/\+ p-\d+-s\d+ 470亿元 .* — 目标：目标词“力争”/);
    expect(stdout).not.toContain(' 600亿元 ');
    const second = parse(readFileSync(targets, 'utf8')) as Record<string, unknown>[];
    expect(second.find((r) => r['stated'] === '600亿元')).toMatchObject({
      indicator: '下半年新签约项目签约总额',
      reviewed: true,
    });
    expect(second.filter((r) => r['stated'] === '9个')).toEqual([expect.objectContaining({ rejected: true })]);
    expect(second.find((r) => r['stated'] === '470亿元')).toMatchObject({ reviewed: false });
  });

  it('prints for each new candidate the heading or lead-in that decided its kind where no cue word did', async () => {
    // Seed 003: a look-back section, then the year's goals announced by a lead sentence.
    const { speech } = scratch('2022-quwei-shijie-sici-quanhui');
    const { stdout, code } = await cli(speech);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\+ p-6-s2 414亿元 .* — 实绩：所在章节“一、充分肯定成绩/);
    expect(stdout).toMatch(/\+ p-16-s1 800亿元 .* — 目标：段落开头“今年全区经济社会发展的主要预期目标是：”/);
  });

  it('explains a missing file and an invalid records file without a stack trace', async () => {
    const missing = await cli('content/speeches/nope.md');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nope.md: 文件不存在');
    expect(missing.stderr).not.toMatch(/\n\s+at /);

    const { speech, targets } = scratch();
    mkdirSync(path.dirname(targets), { recursive: true });
    writeFileSync(targets, '- id: x\n  unit: 吨\n');
    const invalid = await cli(speech);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain(`${SPEECH}.yaml: 第 1 条记录`);
    expect(invalid.stderr).not.toMatch(/\n\s+at /);
  });
});
