/**
 * `npm run review [-- <slug>] [--port 4402]`: a local page for reviewing target candidates.
 *
 * Lists one speech's records (with a slug) or every unreviewed record, each beside its paragraph;
 * accept, reject or correct with the keyboard. Each decision is written to
 * content/targets/<slug>.yaml through the YAML Document API (comments and order kept), and only
 * after the project's own content check passes on the new file, so `npm run check` passes after
 * any sequence of decisions. Serves 127.0.0.1 only and answers no other host.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { readContentTree } from '../src/integrations/content-check';
import { applyDecision, CORRECTABLE_FIELDS, type Decision } from '../src/lib/review/apply-decision';
import { renderReviewItem, renderReviewPage, type ReviewSpeech } from '../src/lib/review/render-page';
import { buildReviewItems } from '../src/lib/review/review-items';
import { TargetRecordSchema, type TargetRecord } from '../src/lib/schemas/target';
import { parseSpeechBody } from '../src/lib/speech/parse-body';
import { speechSlug } from '../src/lib/speech/slug';
import { readFrontMatter } from '../src/lib/speech/front-matter';
import { formatProblem } from '../src/lib/validation/problem';
import { validateContent } from '../src/lib/validation/validate-content';
import { parseArgs, runCli, UserError } from './lib/cli';
import { settings } from '../src/settings';

// 4400 + helper number is this tool's own pick in the range the team keeps free for local servers.
const DEFAULT_PORT = 4402;
const HOST = '127.0.0.1';
const MAX_BODY_BYTES = 64 * 1024;
const CLIENT = new URL('./review/client.js', import.meta.url);

interface SpeechFile {
  slug: string;
  title: string;
  path: string;
  body: string;
}

runCli(() => {
  const { positional, options } = parseArgs(process.argv.slice(2));
  const only = positional[0];
  const portOption = options.get('port');
  const port = typeof portOption === 'string' ? Number(portOption) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UserError(`--port ${String(portOption)}: 不是端口号 / not a port`);
  const root = process.cwd();
  const content = resolve(root, settings.contentDir);
  if (only !== undefined && !existsSync(join(content, 'targets', `${only}.yaml`))) {
    throw new UserError(
      `没有 content/targets/${only}.yaml：先运行 npm run targets -- content/speeches/${only}.md 生成候选 / no targets file for ${only}: run npm run targets first`,
    );
  }

  const server = createServer((request, response) => {
    handle(request, response, { root, content, only, port }).catch((error: unknown) => {
      send(
        response,
        500,
        'application/json',
        JSON.stringify({ message: `内部错误 / internal error: ${String(error)}` }),
      );
    });
  });
  server.listen(port, HOST, () => {
    const address = server.address();
    const actual = typeof address === 'object' && address !== null ? address.port : port;
    console.log(`✔ 审核页面 / review page: http://${HOST}:${actual}/ （Ctrl+C 结束 / to stop）`);
  });
});

interface Context {
  root: string;
  content: string;
  only: string | undefined;
  port: number;
}

async function handle(request: IncomingMessage, response: ServerResponse, context: Context): Promise<void> {
  // DNS rebinding: a page on another site may resolve its own name to 127.0.0.1; answer only our host.
  const host = request.headers.host ?? '';
  if (!/^(?:127\.0\.0\.1|localhost)(?::\d+)?$/.test(host)) {
    send(response, 403, 'text/plain; charset=utf-8', '只接受本机访问 / local access only');
    return;
  }
  const url = new URL(request.url ?? '/', `http://${host}`);
  if (request.method === 'GET' && url.pathname === '/') {
    const speeches = loadSpeeches(context);
    const scope = context.only === undefined ? '全部待审核记录 / all unreviewed' : context.only;
    send(response, 200, 'text/html; charset=utf-8', renderReviewPage(speeches, scope));
    return;
  }
  if (request.method === 'GET' && url.pathname === '/client.js') {
    send(response, 200, 'text/javascript; charset=utf-8', readFileSync(CLIENT, 'utf8'));
    return;
  }
  if (request.method === 'POST' && url.pathname === '/api/decide') {
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== `http://${host}`) {
      send(
        response,
        403,
        'application/json',
        JSON.stringify({ message: '只接受本页面的请求 / requests from this page only' }),
      );
      return;
    }
    const body = await readBody(request);
    const result = decide(body, context);
    send(response, result.status, 'application/json', JSON.stringify(result.body));
    return;
  }
  send(response, 404, 'text/plain; charset=utf-8', '没有这个页面 / not found');
}

interface DecideResult {
  status: number;
  body: { message?: string; problems?: string[]; version?: string; html?: string; status?: string };
}

/**
 * Reads, checks and writes in one synchronous run: no other request can interleave between the
 * version check and the write, so two tabs can never both write from the same version.
 */
function decide(raw: string, context: Context): DecideResult {
  let input: unknown;
  try {
    input = JSON.parse(raw);
  } catch {
    return { status: 400, body: { message: '请求不是 JSON / the request is not JSON' } };
  }
  const request = parseDecision(input);
  if (typeof request === 'string') return { status: 400, body: { message: request } };
  const { speech, id, version, decision } = request;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(speech)) return { status: 400, body: { message: `讲话名不对：${speech}` } };
  const file = join(context.content, 'targets', `${speech}.yaml`);
  if (!existsSync(file)) return { status: 404, body: { message: `没有文件 content/targets/${speech}.yaml` } };
  const current = readFileSync(file, 'utf8');
  if (digest(current) !== version) {
    return {
      status: 409,
      body: {
        message:
          `content/targets/${speech}.yaml 已在别处被修改（另一个标签页或编辑器）。为免覆盖别人的修改，这一条没有保存；` +
          '你的输入仍在表单中：请刷新页面后再做这一条。 / The file changed elsewhere (another tab or an editor); nothing was saved. Reload, then decide this record again.',
      },
    };
  }
  const applied = applyDecision(current, id, decision);
  if (!applied.ok) return { status: 422, body: { message: applied.message } };

  const tree = readContentTree(context.root, settings.contentDir);
  const relativePath = tree.targets.find((target) => resolve(context.root, target.path) === file)?.path;
  if (relativePath === undefined) return { status: 404, body: { message: `没有文件 content/targets/${speech}.yaml` } };
  const bytes = new TextEncoder().encode(applied.text);
  const problems = validateContent({
    ...tree,
    targets: tree.targets.map((target) => (target.path === relativePath ? { path: relativePath, bytes } : target)),
  }).filter((problem) => problem.file === relativePath);
  if (problems.length > 0) {
    return {
      status: 422,
      body: {
        message:
          '没有保存：修改后的记录通不过内容检查，文件保持原样。请按提示改正后再保存。 / Not saved: the record would not pass the content check; the file is unchanged.',
        problems: problems.map(formatProblem),
      },
    };
  }
  // Write beside, then rename: a reader (the dev server, npm run check) never sees half a file.
  const temporary = `${file}.review-${process.pid}.tmp`;
  writeFileSync(temporary, applied.text);
  renameSync(temporary, file);

  const record = readRecords(applied.text).find((entry) => entry.id === id);
  const speechFile = readSpeechFile(context, speech);
  const item =
    record && speechFile ? buildReviewItems(parseSpeechBody(speechFile.body).blocks, [record])[0] : undefined;
  return {
    status: 200,
    body: {
      version: digest(applied.text),
      ...(item ? { html: renderReviewItem(item), status: item.status } : {}),
    },
  };
}

function parseDecision(input: unknown): { speech: string; id: string; version: string; decision: Decision } | string {
  if (typeof input !== 'object' || input === null) return '请求格式不对 / malformed request';
  const { speech, id, version, action, fields } = input as Record<string, unknown>;
  if (typeof speech !== 'string' || typeof id !== 'string' || typeof version !== 'string') {
    return '请求缺少 speech、id 或 version / the request needs speech, id and version';
  }
  if (action === 'accept' || action === 'reject') return { speech, id, version, decision: { action } };
  if (action !== 'correct' || typeof fields !== 'object' || fields === null) {
    return 'action 只能是 accept、reject 或 correct / action must be accept, reject or correct';
  }
  const corrected: Partial<Record<(typeof CORRECTABLE_FIELDS)[number], string | null>> = {};
  for (const field of CORRECTABLE_FIELDS) {
    const value = (fields as Record<string, unknown>)[field];
    if (typeof value === 'string' || value === null) corrected[field] = value;
    else if (value !== undefined) return `字段 ${field} 必须是文字 / field ${field} must be text`;
  }
  return { speech, id, version, decision: { action, fields: corrected } };
}

function loadSpeeches(context: Context): ReviewSpeech[] {
  const tree = readContentTree(context.root, settings.contentDir);
  const speeches: ReviewSpeech[] = [];
  for (const target of tree.targets) {
    const slug = target.path.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
    if (context.only !== undefined && slug !== context.only) continue;
    const text = new TextDecoder().decode(target.bytes);
    const records = readRecords(text);
    const speech = readSpeechFile(context, slug);
    const items = buildReviewItems(speech ? parseSpeechBody(speech.body).blocks : [], records).filter(
      (item) => context.only !== undefined || item.status === 'unreviewed',
    );
    if (items.length === 0) continue;
    speeches.push({ slug, title: speech?.title ?? slug, version: digest(text), items });
  }
  return speeches;
}

// Records that do not parse are left out of the page: `npm run check` names them with their fix.
function readRecords(text: string): TargetRecord[] {
  const data: unknown = parseDocument(text).toJS();
  if (!Array.isArray(data)) return [];
  return data.flatMap((raw: unknown) => {
    const parsed = TargetRecordSchema.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
}

function readSpeechFile(context: Context, slug: string): SpeechFile | undefined {
  const tree = readContentTree(context.root, settings.contentDir);
  for (const file of tree.speeches) {
    const text = new TextDecoder().decode(file.bytes);
    const front = readFrontMatter(file.path, text);
    if (!front.ok) continue;
    const data = front.value.data;
    const id = speechSlug(file.path, data);
    if (id !== slug) continue;
    return {
      slug,
      title: typeof data['title'] === 'string' ? data['title'] : slug,
      path: file.path,
      body: front.value.body,
    };
  }
  return undefined;
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return '';
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy':
      "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self'; base-uri 'none'; form-action 'none'",
  });
  response.end(body);
}
