/**
 * Target extraction quality: `npm run test:targets`.
 *
 * Runs the extractor the way a staff member does (`npm run import` of the plain text, then
 * `npm run targets`) on every document of the development corpus (tests/fixtures/targets-corpus/)
 * and, when present, the held-out corpora (tests/fixtures/targets-holdout/, targets-holdout-3/), and scores its records
 * against the hand annotation beside each text (<id>.yaml). Prints the measures per corpus,
 * overall and per document type, then every miss; writes the results into
 * docs/targets-quality.md (between the results markers, with date and commit); exits 1 when a
 * goal of issue #12 is not met on any corpus, 2 when an annotation is broken.
 *
 *   npm run test:targets                       all corpora, results written to the doc
 *   npm run test:targets -- --no-write         all corpora, the doc left as it is
 *   npm run test:targets -- --corpus <dir>     one folder only, the doc left as it is
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, join } from 'node:path';
import { parseDocument } from 'yaml';
import { parseSpeechDate } from '../src/lib/dates/speech-date';
import { cleanText, convertTextToMarkdown } from '../src/lib/importer/text-to-markdown';
import { parseSpeechBody } from '../src/lib/speech/parse-body';
import { extractTargets } from '../src/lib/targets/extract-targets';
import { parseArgs, runCli, UserError } from './lib/cli';
import {
  CorpusAnnotationSchema,
  countResults,
  GOALS,
  locateAnnotation,
  locateRecords,
  measure,
  scoreDocument,
  unmetGoals,
  type DocumentResult,
} from './lib/targets-scoring';

/**
 * The development corpus is what the extractor is tuned on; the held-out corpora were annotated
 * without being shown to whoever tuned it, so their first scores said how the extractor does on
 * texts it had not seen (the third was scored once so, then tuned on in the fourth round). All are
 * held to the goals.
 */
const CORPORA = [
  { label: 'development corpus', dir: 'tests/fixtures/targets-corpus' },
  { label: 'held-out corpus', dir: 'tests/fixtures/targets-holdout' },
  { label: 'third held-out corpus', dir: 'tests/fixtures/targets-holdout-3' },
] as const;
const REPORT = 'docs/targets-quality.md';
const RESULTS_START = '<!-- results:start (written by npm run test:targets) -->';
const RESULTS_END = '<!-- results:end -->';

interface ScoredCorpus {
  label: string;
  dir: string;
  results: DocumentResult[];
}

runCli(() => {
  const { options } = parseArgs(process.argv.slice(2));
  const only = options.get('corpus');
  const corpora =
    typeof only === 'string'
      ? [{ label: only, dir: only }]
      : CORPORA.filter((corpus, index) => index === 0 || existsSync(corpus.dir));
  const problems: string[] = [];
  const scored: ScoredCorpus[] = [];
  for (const corpus of corpora) {
    if (!existsSync(corpus.dir)) throw new UserError(`${corpus.dir}: 找不到语料目录 / corpus folder not found`);
    const results = scoreCorpus(corpus.dir, problems);
    if (results.length === 0) problems.push(`${corpus.dir}: 没有标注文件 / no <id>.yaml annotations found`);
    scored.push({ ...corpus, results });
  }
  if (problems.length > 0) {
    console.error(`✖ 标注有误，请先修正 / the annotation has problems, fix them first:\n  ${problems.join('\n  ')}`);
    process.exitCode = 2;
    return;
  }

  const header =
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC at commit ${commit()} ` +
    `(${cpus().length} cores; the numbers do not depend on load).`;
  const report = [header, ...scored.map((corpus) => renderReport(corpus))].join('\n\n');
  console.log(report);
  for (const corpus of scored) console.log(renderMisses(corpus));
  // Scoring one folder is for trying things out; only the standing corpora go into the report.
  if (typeof only !== 'string' && options.get('no-write') !== true) writeResults(report);

  const unmet = scored.flatMap((corpus) =>
    unmetGoals(measure(countResults(corpus.results))).map((goal) => `${corpus.label}: ${goal}`),
  );
  if (unmet.length > 0) {
    console.error(`✖ 未达到目标 / goals not met: ${unmet.join('; ')}`);
    process.exitCode = 1;
  } else {
    console.log('✔ 全部达到目标 / all goals met');
  }
});

/** Extracts and scores every annotated document of one corpus folder; annotation problems go to `problems`. */
function scoreCorpus(corpus: string, problems: string[]): DocumentResult[] {
  const results: DocumentResult[] = [];
  for (const file of readdirSync(corpus)
    .filter((name) => name.endsWith('.yaml'))
    .sort()) {
    const id = basename(file, '.yaml');
    const textFile = join(corpus, `${id}.txt`);
    if (!existsSync(textFile)) {
      problems.push(`${join(corpus, file)}: 缺少原文 ${id}.txt / the text ${id}.txt is missing`);
      continue;
    }
    const annotation = readAnnotation(join(corpus, file), problems);
    if (!annotation) continue;
    const date = parseSpeechDate(annotation.source.date);
    if (!date.ok) {
      problems.push(`${join(corpus, file)}: source.date 无效 / invalid date ${annotation.source.date}`);
      continue;
    }
    const raw = readFileSync(textFile, 'utf8');
    const text = cleanText(raw);
    const located = locateAnnotation(text, annotation);
    problems.push(...located.problems.map((problem) => `${join(corpus, file)}: ${problem}`));
    const blocks = parseSpeechBody(convertTextToMarkdown(raw, { title: annotation.source.title })).blocks;
    const records = extractTargets({ slug: id, date: date.date, blocks });
    results.push(scoreDocument(id, annotation.source.kind, located, locateRecords(text, blocks, records)));
  }
  return results;
}

function readAnnotation(file: string, problems: string[]) {
  const document = parseDocument(readFileSync(file, 'utf8'));
  if (document.errors.length > 0) {
    problems.push(`${file}: YAML 语法错误 / YAML syntax error: ${document.errors[0]!.message.split('\n')[0]}`);
    return undefined;
  }
  const parsed = CorpusAnnotationSchema.safeParse(document.toJS());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${file}: ${issue.path.join('.')}: ${issue.message}`);
    return undefined;
  }
  return parsed.data;
}

const percent = (value: number): string => value.toFixed(2);

function row(label: string, results: readonly DocumentResult[]): string {
  const counts = countResults(results);
  const m = measure(counts);
  return (
    `| ${label} | ${counts.documents} | ${counts.figures} | ${counts.targets} | ${counts.records} | ` +
    `${percent(m.precision)} | ${percent(m.recall)} | ${percent(m.kindRight)} | ` +
    `${counts.targetsAsTargets}/${counts.targets} (${percent(m.targetsAsTargets)}) | ${percent(m.indicatorRight)} | ` +
    `${percent(m.valueRight)} | ${percent(m.periodRight)} | ${percent(m.strengthRight)} | ${m.nonFigureHits} |`
  );
}

function renderReport({ label, dir, results }: ScoredCorpus): string {
  const overall = measure(countResults(results));
  const kinds = [...new Set(results.map((result) => result.kind))].sort();
  const lines = [
    `### ${label} (\`${dir}\`)`,
    '',
    '| documents | docs | figures | targets | records | precision | recall | kind right | targets as targets | indicator | value+unit | period | strength | from non-targets |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
    row('**all**', results),
    `| goal | | | | | ≥ ${GOALS.precision} | ≥ ${GOALS.recall} | ≥ ${GOALS.kindRight} | ≥ ${GOALS.targetsAsTargets} | ≥ ${GOALS.indicatorRight} | | | | ${GOALS.nonFigureHits} |`,
    ...kinds.map((kind) =>
      row(
        kind,
        results.filter((result) => result.kind === kind),
      ),
    ),
    ...results.map((result) => row(`\`${result.id}\``, [result])),
    '',
    unmetGoals(overall).length === 0 ? 'All goals met.' : `Goals not met: ${unmetGoals(overall).join('; ')}.`,
  ];
  return lines.join('\n');
}

function renderMisses({ label, results }: ScoredCorpus): string {
  const lines: string[] = ['', `## Misses: ${label}`];
  for (const result of results) {
    const entries: string[] = [];
    for (const figure of result.missed) {
      const f = figure.figure;
      entries.push(`  missed      ${f.stated} (${f.kind} ${f.period} ${f.indicator}) — “${figure.sentence}”`);
    }
    for (const match of result.matches) {
      const f = match.figure.figure;
      const r = match.record;
      const wrong: string[] = [];
      if (!match.kindRight) wrong.push(`kind ${f.kind} ≠ ${r.kind}`);
      if (!match.indicatorRight) wrong.push(`indicator “${f.indicator}” ≠ “${r.indicator}”`);
      if (!match.valueRight) wrong.push(`value ${f.value}${f.unit} ≠ ${r.value}${r.unit}`);
      if (!match.periodRight) wrong.push(`period ${f.period} ≠ ${r.period}`);
      if (f.kind === 'target' && r.kind === 'target' && !match.strengthRight) {
        wrong.push(`strength ${f.strength ?? '?'} ≠ ${r.strength ?? '?'}`);
      }
      if (wrong.length > 0) entries.push(`  wrong       ${f.stated}: ${wrong.join('; ')} — “${match.figure.sentence}”`);
    }
    for (const hit of result.nonFigureHits) {
      entries.push(`  non-target  ${hit.record.stated} (${hit.nonFigure.why}) — “${hit.nonFigure.sentence}”`);
    }
    for (const { record, span } of result.unmatched) {
      const why = span === null ? 'not located' : 'no annotated figure';
      entries.push(`  extra       ${record.stated} ${record.kind} “${record.indicator}” (${why}) — “${record.quote}”`);
    }
    if (entries.length > 0) lines.push(`${result.id}:`, ...entries);
  }
  return lines.join('\n');
}

function commit(): string {
  try {
    const hash = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync(
      'git',
      ['status', '--porcelain', '--', 'src', 'scripts', 'tests/fixtures/targets-corpus'],
      {
        encoding: 'utf8',
      },
    ).trim();
    return dirty === '' ? hash : `${hash} (with uncommitted changes)`;
  } catch {
    return 'unknown';
  }
}

function writeResults(report: string): void {
  const current = readFileSync(REPORT, 'utf8');
  const start = current.indexOf(RESULTS_START);
  const end = current.indexOf(RESULTS_END);
  if (start === -1 || end === -1 || end < start) {
    throw new UserError(`${REPORT}: 找不到结果标记 / results markers not found (${RESULTS_START} … ${RESULTS_END})`);
  }
  writeFileSync(REPORT, `${current.slice(0, start + RESULTS_START.length)}\n\n${report}\n\n${current.slice(end)}`);
}
