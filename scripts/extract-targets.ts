/**
 * Staff CLI: finds the stated targets and actuals of a speech and writes them for review.
 *
 *   npm run targets -- content/speeches/<slug>.md          writes content/targets/<slug>.yaml
 *   npm run targets -- content/speeches/<slug>.md --json   prints a JSON array, writes nothing
 *
 * Records a person already reviewed (reviewed: true) or edited are kept as they are; new
 * candidates are added with reviewed: false, each printed with the reason for its kind
 * (kindReason: the cue word, or the heading or lead-in that decided).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { SpeechSchema } from '../src/lib/schemas/speech';
import { KINDS, TargetFileSchema, type TargetRecord } from '../src/lib/schemas/target';
import { readFrontMatter } from '../src/lib/speech/front-matter';
import { parseSpeechBody } from '../src/lib/speech/parse-body';
import { speechSlug } from '../src/lib/speech/slug';
import { extractTargets } from '../src/lib/targets/extract-targets';
import { mergeTargetRecords } from '../src/lib/targets/merge-records';
import { proposeIndicatorLinks } from '../src/lib/indicators/link-indicators';
import { recordOrganization } from '../src/lib/targets/publish';
import { IndicatorsFileSchema, type Indicator } from '../src/lib/schemas/indicator';

const USAGE = '用法 / usage: npm run targets -- content/speeches/<slug>.md [--json]';

class CliError extends Error {}

function main(argv: string[]): void {
  const json = argv.includes('--json');
  const files = argv.filter((arg) => arg !== '--json');
  const unknown = files.filter((arg) => arg.startsWith('-'));
  if (unknown.length > 0) throw new CliError(`不认识的选项 / unknown option: ${unknown.join(' ')}\n${USAGE}`);
  if (files.length !== 1) throw new CliError(`请给出一个讲话文件 / give exactly one speech file.\n${USAGE}`);
  const path = resolve(files[0]!);
  if (!existsSync(path)) throw new CliError(`${files[0]}: 文件不存在 / file not found. ${USAGE}`);
  if (!/\.mdx?$/.test(path)) throw new CliError(`${files[0]}: 不是 .md 讲话文件 / not a .md speech file. ${USAGE}`);

  const front = readFrontMatter(files[0]!, readFileSync(path, 'utf8'));
  if (!front.ok) throw new CliError(`${files[0]}: ${front.problem.message}`);
  const { data, body } = front.value;
  const date = SpeechSchema.shape.date.safeParse(data['date']);
  if (!date.success) {
    const written = typeof data['date'] === 'string' || typeof data['date'] === 'number' ? data['date'] : '缺失';
    throw new CliError(
      `${files[0]}: 前言中的 date 无效（${written}）/ front-matter "date" is invalid. 请写成 2024-08-21、2022-04 或 2019 后重试。`,
    );
  }
  const slug = speechSlug(basename(path), data);
  const candidates = extractTargets({ slug, date: date.data, blocks: parseSpeechBody(body).blocks });

  if (json) {
    process.stdout.write(`${JSON.stringify(candidates, null, 2)}\n`);
    return;
  }
  const target = join(dirname(path), '..', 'targets', `${slug}.yaml`);
  const existing = readExisting(target);
  const merged = mergeTargetRecords(existing, candidates);
  const { kept, added } = merged;
  const organization = recordOrganization(
    {},
    {
      organization: typeof data['organization'] === 'string' ? data['organization'] : undefined,
      title: typeof data['title'] === 'string' ? data['title'] : slug,
    },
  );
  const indicatorsFile = join(dirname(path), '..', 'indicators.yaml');
  const { records, linked, ambiguous } = proposeIndicatorLinks(
    merged.records,
    readIndicators(indicatorsFile),
    organization,
  );
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, renderYaml(records));
  process.stdout.write(
    `${target}: ${records.length} 条记录 / records — 保留原有 ${kept}（kept），新增候选 ${added}（added, reviewed: false）\n`,
  );
  // Proposing a link copies a record, so new candidates are told apart by id, not identity.
  const fresh = new Set(merged.records.filter((r) => !existing.includes(r)).map((r) => r.id));
  for (const record of records.filter((r) => fresh.has(r.id))) process.stdout.write(`${describeCandidate(record)}\n`);
  for (const { id, indicatorId } of linked) {
    process.stdout.write(`  建议指标 / proposed indicator: ${id} → ${indicatorId}（请核实 / check it）\n`);
  }
  for (const { id, candidates: ids } of ambiguous) {
    process.stdout.write(
      `  指标名称对应多个指标 / name matches several indicators: ${id} → ${ids.join('、')}：请填写 indicatorId / set indicatorId\n`,
    );
  }
}

/** One line per new candidate: where, what, which kind and why (the kindReason a reviewer checks). */
function describeCandidate(record: TargetRecord): string {
  const kind = KINDS[record.kind];
  const reason = record.kindReason ? `：${record.kindReason}` : '';
  return `  + ${record.anchor} ${record.stated} ${record.indicator} — ${kind}${reason}`;
}

function readExisting(file: string): TargetRecord[] {
  if (!existsSync(file)) return [];
  const document = parseDocument(readFileSync(file, 'utf8'));
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    throw new CliError(`${file}: YAML 语法错误 / YAML syntax error: ${error.message.split('\n')[0]}. 请修正后重试。`);
  }
  const parsed = TargetFileSchema.safeParse(document.toJS() ?? []);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CliError(
      `${file}: 第 ${Number(issue.path[0] ?? 0) + 1} 条记录的 ${issue.path.slice(1).join('.') || '内容'}：${issue.message}`,
    );
  }
  return parsed.data;
}

function readIndicators(file: string): Indicator[] {
  if (!existsSync(file)) return [];
  const parsed = IndicatorsFileSchema.safeParse(parseDocument(readFileSync(file, 'utf8')).toJS() ?? []);
  if (!parsed.success) {
    throw new CliError(
      `${file}: 指标文件有误，请先运行 npm run check / the indicators file is invalid: run npm run check first.`,
    );
  }
  return parsed.data;
}

function renderYaml(records: TargetRecord[]): string {
  const header =
    '# 讲话中的数字目标与实绩。由 `npm run targets` 生成候选；逐条对照原文核实后把 reviewed 改为 true。\n' +
    '# Stated targets and actuals. Candidates come from `npm run targets`; check each against the speech, then set reviewed: true.\n';
  return header + stringify(records, { lineWidth: 0, aliasDuplicateObjects: false });
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (error instanceof CliError) {
    process.stderr.write(`错误 / error: ${error.message}\n`);
    process.exit(1);
  }
  // Staff get the message, not a stack trace; the cause is still named for whoever debugs it.
  process.stderr.write(`内部错误 / internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
