import { describe, expect, it } from 'vitest';
import { readSpeechDocument } from '@/lib/importer/read-document';
import { parseSpeechBody } from '@/lib/speech/parse-body';
import { allTexts, realText, seed } from './fixtures';

const visible = (text: string): string => text.replace(/\s+/g, '');
const sorted = (text: string): string => Array.from(visible(text)).sort().join('');

describe('readSpeechDocument: proposals from real documents', () => {
  it.each([
    // [fixture, field, value]
    ['jinan-gaoxinqu-2024-dongyuan-dahui', 'title', '济南高新区2024年工作动员大会召开'],
    ['jinan-gaoxinqu-2024-dongyuan-dahui', 'date', '2024-02-23'],
    ['jinan-gaoxinqu-2024-dongyuan-dahui', 'kind', '新闻报道'],
    ['jinan-gaoxinqu-2024-dongyuan-dahui', 'occasion', '济南高新区2024年工作动员大会'],
    [
      'jinan-gaoxinqu-2024-dongyuan-dahui',
      'speaker',
      '济南市委常委,高新区党工委书记、管委会主任孙斌;高新区党工委副书记、管委会常务副主任任广锋',
    ],
    ['guowuyuan-2025-zhengfu-gongzuo-baogao', 'title', '政府工作报告'],
    ['guowuyuan-2025-zhengfu-gongzuo-baogao', 'date', '2025-03-05'],
    ['guowuyuan-2025-zhengfu-gongzuo-baogao', 'kind', '工作报告'],
    ['guowuyuan-2025-zhengfu-gongzuo-baogao', 'occasion', '第十四届全国人民代表大会第三次会议'],
    ['guowuyuan-2025-zhengfu-gongzuo-baogao', 'speaker', '国务院总理 李强'],
    ['guowuyuan-2025-zhengfu-gongzuo-baogao', 'organization', '国务院'],
    ['jiaozuo-gaoxinqu-guanmo-2025', 'date', '2025-01-20'],
    ['jiaozuo-gaoxinqu-guanmo-2025', 'kind', '新闻报道'],
    ['jinan-daibiaotuan-2025-shenyi', 'kind', '新闻报道'],
    ['liaocheng-dongchangfu-daibiaotuan-2024', 'kind', '新闻报道'],
  ])('%s: proposes %s = %s', (name, field, value) => {
    const { proposals } = readSpeechDocument(realText(name));
    expect(proposals[field as keyof typeof proposals]?.value).toBe(value);
  });

  it.each([
    ['000', { kind: '调研讲话' }],
    ['001', { kind: '讲话', occasion: '高新区高质量发展大会', title: '在高新区高质量发展大会上的讲话' }],
    ['002', { kind: '讲话', occasion: '全市进一步扩大开放统筹推进“三个一批”暨开发区高质量发展工作会议' }],
    ['003', { kind: '工作报告', occasion: '区委十届四次全会暨区委经济工作会议', organization: '区委常委会' }],
    [
      '004',
      {
        kind: '新闻报道',
        title: '在九个“要”字上下足功夫 念好“强、增、提、稳、保”五字诀',
        date: '2024-08-21',
        occasion: '高新区2024年高质量发展推进会',
        speaker: '党工委副书记、管委会主任郭程明',
      },
    ],
  ])('seed %s: proposes what its content file (written by hand) says', (prefix, expected) => {
    const { proposals } = readSpeechDocument(seed(prefix));
    const values = Object.fromEntries(
      Object.entries(proposals).map(([field, proposal]: [string, { value: string }]) => [field, proposal.value]),
    );
    expect(values).toMatchObject(expected);
  });

  it('proposes the summary from a PDF copy’s lead, rejoined across its line breaks', () => {
    const { summary } = readSpeechDocument(realText('guowuyuan-2025-zhengfu-gongzuo-baogao')).proposals;
    expect(summary).toEqual({
      value: '现在,我代表国务院,向大会报告政府工作,请予审议,并请全国政协委员提出意见。',
      from: '第5行（导语）',
    });
  });

  it('says where each proposal came from', () => {
    const { proposals } = readSpeechDocument(realText('guowuyuan-2025-zhengfu-gongzuo-baogao'));
    expect(proposals.date?.from).toBe('第2行（日期行）');
    expect(proposals.speaker?.from).toBe('第3行（署名行）');
  });

  it('writes a dateNote when the year is taken from the title', () => {
    const { date } = readSpeechDocument(realText('jinan-gaoxinqu-2024-dongyuan-dahui')).proposals;
    expect(date?.note).toBe('文中只印“2月23日”（第3行）；年份据标题“济南高新区2024年工作动员大会召开”推断为2024年');
  });

  it('writes a dateNote when the year is taken from the meeting’s name (seed 004)', () => {
    expect(readSpeechDocument(seed('004')).proposals.date?.note).toContain('年份据会议名称“2024年高质量发展推进会”');
  });

  it('takes the year from the paper’s date above a story, and says so', () => {
    const { date } = readSpeechDocument(realText('jiaozuo-gaoxinqu-guanmo-2025')).proposals;
    expect(date?.note).toContain('年份据刊发日期“2025年02月10日”推断为2025年');
  });

  it.each(['000', '001', '002', '003'])('proposes no date for seed %s, which prints none', (prefix) => {
    expect(readSpeechDocument(seed(prefix)).proposals.date).toBeUndefined();
  });

  it('proposes no year for 1月13日 when neither title nor meeting names one', () => {
    expect(readSpeechDocument(realText('liaocheng-dongchangfu-daibiaotuan-2024')).proposals.date).toBeUndefined();
  });

  it('proposes no speaker when the lead only says who attended', () => {
    expect(readSpeechDocument(realText('jiaozuo-gaoxinqu-guanmo-2025')).proposals.speaker).toBeUndefined();
  });

  it('proposes the summary from the lead, without the paper’s 本报讯（记者…） credit', () => {
    const { summary } = readSpeechDocument(realText('jiaozuo-gaoxinqu-guanmo-2025')).proposals;
    expect(summary?.value.startsWith('1月20日上午,高新区举行“三十工程”现场观摩活动')).toBe(true);
  });

  it('skips a news report’s sub-headline when proposing the summary (seed 004)', () => {
    expect(readSpeechDocument(seed('004')).proposals.summary?.value.startsWith('“我们必须增强')).toBe(true);
  });

  it('reads 标题：… before the body as the title', () => {
    const { proposals, markdown } = readSpeechDocument('标题：在全区项目建设推进会上的讲话\n同志们：\n今天召开会议。');
    expect(proposals.title?.value).toBe('在全区项目建设推进会上的讲话');
    expect(proposals.kind?.value).toBe('讲话');
    expect(proposals.occasion?.value).toBe('全区项目建设推进会');
    expect(markdown).toBe('同志们：\n\n今天召开会议。\n');
  });

  it('reads the byline ——2026年2月3日在…会议上 as date and occasion, never as a heading', () => {
    const text = '在全区经济工作会议上的讲话\n——2026年2月3日在区委经济工作会议上\n同志们：\n今年要抓好三件事。';
    const { proposals, markdown, removed } = readSpeechDocument(text);
    expect(proposals.date?.value).toBe('2026-02-03');
    expect(proposals.date?.note).toBeUndefined();
    expect(proposals.occasion?.value).toBe('区委经济工作会议');
    expect(markdown).not.toContain('#');
    expect(removed.map((line) => line.kind)).toEqual(['title', 'dateline']);
  });
});

describe('readSpeechDocument: the body', () => {
  it.each(allTexts())('keeps every character of %s in the body or in the report of what it removed', (_name, text) => {
    const { markdown, removed } = readSpeechDocument(text);
    const { blocks, problems } = parseSpeechBody(markdown);
    expect(problems).toEqual([]);
    const kept = blocks.map((block) => block.text).join('');
    expect(sorted(kept + removed.map((line) => line.text).join(''))).toBe(sorted(text.replace(/^\uFEFF/, '')));
  });

  it('keeps seed 004’s captions, bylines and repeated sentence out of its body', () => {
    const { markdown, removed } = readSpeechDocument(seed('004'));
    expect(removed.map((line) => [line.line, line.kind])).toEqual([
      [3, 'title'],
      [11, 'caption'],
      [29, 'duplicate'],
      [33, 'caption'],
      [74, 'byline'],
      [75, 'byline'],
    ]);
    expect(markdown).not.toMatch(/图灵小镇签约\n|新点软件开工仪式|记者 孙庆辉|通讯员/);
    expect(markdown).toContain('包括睿美特智能冷暖设备研发生产基地项目');
    expect(markdown).toContain('冠晶高性能半导体超级工厂项目等。\n\n## 要做强产业稳基础');
  });

  it('rejoins a PDF copy wrapped at the page width, so its broken lines are neither paragraphs nor headings', () => {
    const { markdown } = readSpeechDocument(realText('guowuyuan-2025-zhengfu-gongzuo-baogao'));
    expect(markdown).toBe(
      '各位代表:\n\n现在,我代表国务院,向大会报告政府工作,请予审议,并请全国政协委员提出意见。\n\n## 一、2024 年工作回顾\n\n' +
        '过去一年,我国发展历程很不平凡。党的二十届三中全会胜利召开,对进一步全面深化改革、推进中国式现代化作出部署。' +
        '我们隆重庆祝中华人民共和国成立 75 周年,极大激发了全国各族人民的爱国热情和奋斗精神。\n',
    );
  });

  it('offers the reporters’ bylines as the source', () => {
    expect(readSpeechDocument(seed('004')).proposals.source?.value).toBe('记者 孙庆辉，通讯员 方宝岭 文图');
  });

  it('drops editors’ credits and keeps the story (聊城 news page)', () => {
    const { markdown, removed } = readSpeechDocument(realText('liaocheng-dongchangfu-daibiaotuan-2024'));
    expect(removed.filter((line) => line.kind === 'credit').map((line) => line.text)).toEqual([
      '编辑 | 李念辉',
      '审核 | 李学成',
    ]);
    expect(markdown).not.toMatch(/融媒体|编辑|审核/);
    expect(markdown).toContain('讨论现场气氛热烈。');
  });
});
