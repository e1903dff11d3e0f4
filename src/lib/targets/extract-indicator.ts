import type { Quantity } from '../numbers/quantities';
import { UNITS, type Unit } from '../numbers/units';

// Clauses end at commas and semicolons too: an indicator never reaches past its clause.
export const CLAUSE_END = /[，,；;。！？!?：:]/;

// Words that open a clause without naming what it measures: time, cue and list words.
const LEADING_WORDS =
  /^(?:[—－-]+|[●•·■◆▪]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|[一二三四五六七八九十]+是|[①-⑳]|同时|并且|其中|另外|要|还要|并|再|下半年|上半年|今年|全年|年度|明年|后年|去年|确保|力争|争取|努力|预计|计划|实现|完成|达到|推进|推动|加快|持续|积极|全力|重点(?=推进|做好|抓好|实施|建设|打造|发展|支持)|围绕|力促|进一步|组织开展|实施好|实施|开展|举办|抓好|做好|办好|首次实现|首次|在|到\d{4}年(?:底|末)?(?:前)?|\d{4}年?(?:底|末)?(?:前)?|\d{1,2}(?:[-—至]\d{1,2})?月(?:份|底|末)?|“十四五”末|十四五末|[“"]?十[三四五]五[”"]?(?:时期|期间|以来)|，|、|\s)+/;
// Words between the noun and its figure: verbs, bounds, cue words that came after the noun
// (进出口总额要, 外贸进出口额今年), comparisons (同比, 比上年) and where or how first (率先在全国市辖区).
const TRAILING_WORDS =
  /(?:总数达到|达到|达|为|突破|超过|共有|中有|跨过|跨上|迈过|(?<![赶高])超|完成|实现|控制在|保持|保持在|(?<![签合预制节公条契履违邀特简大])约|(?<![最附邻])近|接近|的|共|累计|新增|至少|不少于|不低于|仅|要|今年|全年|明年|力争|确保|争取|预计|分别|均|将|同比|比上年|较上年|比去年|较去年|提高到|提高至|提升到|提升至|增加到|拓展至|拓展到|扩大至|扩大到|扩展至|扩展到|延伸至|延伸到|下降到|降低到|降至|稳定在|继续保持|继续|累计达|每月提高|每年提高|每月|每年|再提高|平均为|平均|连续迈上|迈上|跃上|越过|双双|连续[\d一二三四五六七八九十两]+年|(?:率先|首次|首先)?(?<![所存现实正])在[\u4e00-\u9fff]{2,10}|率先|首次|\s)+$/;
// A figure before its noun (建成1个试点, 加快推进17条道路) names the noun after it.
const VERB_BEFORE_FIGURE =
  /(?:建成|建立|建设|培育|谋划|完成|实施|开展|打造|组建|引进|推进|新建|改造|抓好|签约|落地|创建|设立|派遣|包联|帮助企业实施|分包的|有|的|入选|新增|加装|发放|举办|新增|培训|招引|开行|收储|整治|提升|改建|续建|开工|竣工|建|办)$/;
// A growth rate is named after what grows: 地区生产总值增长5%左右 measures 地区生产总值增速.
// 同比增1.4% is 同比增长 shortened; 新增 and 倍增 are not growth verbs.
// 年均增长 is a yearly average rate: 年均增速, not the noun's 年 and a rate.
const GROWTH_VERB = /(?:同比|比上年|较上年|比去年|较去年)?((?:名义|年均)?)(增长|(?<![新倍递])增|下降|降低)$/;
// A figure that only says 增速6.3% or 明年55亿元 measures the same thing as the figure before it.
// 新增公园 counts what was added; its total (累计) is of 公园.
const ADDED = /^(?:新增|新建|建设筹措|建设|筹措|建成)/;
const BARE_INDICATOR =
  /^(?:累计|折合|增速|增幅|增长|名义增长|名义增速|年均增长|年均增速|下降|降低|降幅|占比|投资|完成投资|实现投资|明年|后年|今年|)$/;
// 较“十三五”末增速, 较2020年降幅, 5年增速: a rate whose name is only its base or its span.
const RELATIVE_RATE = /^(?:(?:较|比|相比)[^，,；;。]{1,10}?|[\d一二三四五六七八九十两]{1,2}年(?:来|间)?)(?:增速|降幅)$/;
const CHANGE_ONLY = /^(?:(?:较|比|相比)[^，,；;。]{1,10}?)?(增加|减少|净增|净减少)$/;
const RANK_ONLY = /^[^，,；;。]{0,4}第[一二三四五六七八九十\d]+(?:个|位|名)?$/;
// 一产、二产、三产增加值分别增长…: the items share the noun after the last one.
// 文化及相关产业 is one name: 及相关 joins no items.
const ITEM_SEPARATOR = /、|和|与|以及|及(?!相关)/;
const RESPECTIVELY = /分别/;
const VERB_ONLY = /^(?:同比)?(?:增长|增|下降|提高|降低)$/;

/**
 * The noun phrase a figure measures: the words before it in its clause (城镇新增就业1.4万人), or for
 * a count before its noun (开通3条地铁新线, 实施杜家坎等30项市级疏堵工程) the noun after it, led by
 * the words before it that are not a verb or the names of the items (杜家坎等).
 */
export function findIndicator(clause: string, quantity: Pick<Quantity, 'unit'>, start: number, end: number): string {
  const share = quantity.unit === '%' ? shareOf(clause.slice(end)) : undefined;
  if (share) return share;
  const lastClause = clause.slice(0, start).split(CLAUSE_END).at(-1) ?? '';
  // 央企二、三级子公司 is one name: a 、 between two numerals does not part names.
  // 县（市、区）: nor does a 、 inside brackets.
  // 非化石能源发电量、用电量占比均超过30%: one figure of every item before 均 names them all.
  const beforeRaw = SHARED_FIGURE.test(lastClause)
    ? lastClause
    : (lastClause
        .split(/(?<![一二三四五六七八九十])、(?![^（(]*[）)])|、(?![一二三四五六七八九十]|[^（(]*[）)])/)
        .at(-1) ?? '');
  const named = AFTER_OTHER_FIGURE.test(beforeRaw)
    ? ''
    : beforeRaw
        .replace(FROM_VALUE, '')
        .replace(COUNT_BEFORE, '')
        .replace(NAMED_EXAMPLES, '')
        .replace(LEADING_TIME, '')
        .replace(SUBJECT_VERB, '')
        .replace(TIME_CLAUSE, '');
  const before = (quantity.unit === '%' ? nameRate(named) : undefined) ?? trimWords(named);
  // 完成投资2400多亿元 after 实施重点项目2800多个: the measure, named in full, of the noun before.
  const measure = beforeRaw.replace(/^(?:今年|全年|年度|确保|力争|要|，|、|\s)+/, '');
  if (/^(?:完成投资|实现投资)$/.test(measure)) return measure;
  // 新增公园127座…累计达到1100座, 160.6亿美元、折合1148亿元: the total, or the sum converted, of the noun before.
  const relation = /^(累计|折合)(?:达到|达|为)?$/.exec(measure);
  if (relation) return relation[1]!;
  const event = countedWithEvent(before, clause.slice(end), quantity.unit);
  if (event) return event;
  // 为5.01万名农民工追回欠薪6.83亿元: the sum after the people it is for is named by what was done.
  const done = doneForPeople(beforeRaw);
  if (done) return done;
  const after = nounAfter(clause.slice(end));
  // 新开工晏城至表白寺等2个项目: a bare 项目 after examples is named by the state before them (新开工项目).
  // 新增千万吨产能: a noun of two characters says too little alone; the verb that adds it stays (新增产能).
  const adding = after.length === 2 && before === '' ? (ADDING_VERB.exec(beforeRaw)?.[0] ?? '') : '';
  const state = GENERIC_COUNTED.test(after) && before === '' ? (PROJECT_STATE.exec(beforeRaw)?.[0] ?? adding) : adding;
  // 国家区域医疗中心和3所省级区域医疗中心: after 和 the count is of an item of its own.
  const lead = /(?:和|与|及|以及)$/.test(before) ? '' : before;
  if (after.length >= 2 && isCounted(quantity.unit))
    return `${state}${ONLY_VERBS.test(lead.replace(LEAD_COUNTS, '')) ? '' : lead}${after}`;
  const verbBefore = VERB_BEFORE_FIGURE.test(beforeRaw.replace(/\s+$/, ''));
  if (before.length >= 2 && !verbBefore) return before;
  // A figure that follows 、 with nothing before it names nothing: it takes the noun of the one before.
  // …、5000户居家环境适老化改造 names its noun after it; 4万亿、5万亿两个台阶 does not (两个 counts the figures).
  if (after.length >= 2 && (verbBefore || before !== '' || !/^[一两二三四五六七八九十\d]/.test(after)))
    return `${state}${after}`;
  return before;
}

// 非化石能源发电量、用电量占比均超过30%, 游客人次、旅游花费双双增长: the figure is of every item.
const SHARED_FIGURE = /(?:(?<!年)均|双双)(?:超过|达到|增长|突破|保持在|保持|下降|提高|实现|为)?\s*$/;
// 13座城市公园和275个口袋公园, 210公里农村公路和120万平方米村内道路: the words before the second
// figure are the first figure's noun; the second is named by the noun after it.
const AFTER_OTHER_FIGURE = /\d[^，,；;。]*(?:和|与|及|以及)\s*$/;
// 开发区实现规上工业销售产值1129.6亿元: the place that reports the figure and its verb are no part of the name.
const SUBJECT_VERB =
  /^(?:全|我|本)?[\u4e00-\u9fff]{0,3}?(?:省|市|区|县|镇|乡|街道|园区)(?:累计|预计)?(?:实现|完成)(?=[\u4e00-\u9fffA-Za-z]{2})/;
// 切实抓好2026年十大类46项民生实事工程: the year and the count of categories before a count name nothing.
const LEAD_COUNTS = /\d{4}年(?:度)?|[一二三四五六七八九十]+大?类/g;
// 2025年1-9月高新区实现GDP: the time before the place that reports.
const LEADING_TIME =
  /^(?:\d{4}年?(?:\d{1,2}(?:[-—–至]\d{1,2})?月(?:份)?)?|\d{1,2}(?:[-—–至]\d{1,2})?月(?:份)?|全年|今年|，|\s)+/;
// 津滨轻轨改造后高峰运力提升四成: 改造后 says when, it is no part of the name.
const TIME_CLAUSE =
  /(?<=[\u4e00-\u9fff]{2})(?:改造|建成|投产|投用|实施|完成|开通|运营|整合)(?:以)?后(?=[\u4e00-\u9fff]{2})/g;
const ADDING_VERB = /(?:新增|新建|新培育|新引进|新认定)$/;
// Generic nouns counted after examples, and the project states that name them (新开工项目, 建成通车项目).
const GENERIC_COUNTED = /^(?:项目|工程|企业)$/;
const PROJECT_STATE = /^(?:新开工|开工|建成通车|建成投产|建成|竣工|投产|新签约|签约|续建)/;
// 89.4%的公园实现24小时开放: the share of the noun that does what the clause says.
const SHARE_OF =
  /^(?:以上)?的([\u4e00-\u9fff]{1,8}?)((?:实现|达到|完成|开展|建成|通过|接入|覆盖|具备|拥有|参加|使用)[^，,；;。]*)/;

// 47家县级医院共享三级医院服务, 7.6万名学前大班儿童享受免费教育, 支持20所普通高中改善办学条件: what the
// things or people counted do or receive, which names them (共享三级医院服务的县级医院); not the building of
// a thing itself (3所…医疗中心投入运行 counts 医疗中心) nor a measure with a figure of its own (完成投资…).
const EVENT_OF_COUNTED =
  /(?<=[\u4e00-\u9fff”]{2})(?:共享|通过|进入|获得|获批|入选|享受|设置|追回|稳定消除|改善|(?<!加快)实施|参加|接受|到(?=[\u4e00-\u9fff]{1,6}(?:就业|工作|服务|任职)))/;
// Words before the count that govern the clause: 为 and 在 are dropped, 支持 and 免费 lead the name.
const GOVERNS_COUNT = /^(?:(为|在)|(支持|帮助|免费)为?)$/;

/** 为5.01万名农民工追回欠薪 → 追回欠薪的农民工; undefined when the count has no such event after its noun. */
function countedWithEvent(before: string, rest: string, unit: Unit): string | undefined {
  if (!isCounted(unit) && UNITS[unit].base !== '人') return undefined;
  const governs = GOVERNS_COUNT.exec(before);
  if (before !== '' && !governs) return undefined;
  // 获得国家、国际大奖: a 、 after the event is inside what happened, unless another verb follows it
  // (改善办学条件、提升办学能力). A figure after it (追回欠薪6.83亿元) is another figure's; a year is part of it.
  const text = rest.replace(/^(?:以上|多|余)/, '').split(/[，,；;。：:（(…]|\.{2,}/)[0] ?? '';
  if (/\d{4}年/.test(text)) return undefined;
  const clause = text.replace(/\d.*$/, '').replace(/、(?:提升|提高|改善|加强|完善|推进|建设|优化|扩大).*$/, '');
  const event = EVENT_OF_COUNTED.exec(clause);
  if (!event) return undefined;
  const noun = trimWords(clause.slice(0, event.index));
  const what = clause.slice(event.index).replace(TRAILING_WORDS, '');
  if (noun.length < 2 || what.length < 2 || /[的、]/.test(noun)) return undefined;
  return `${governs?.[2] ?? ''}${what}的${noun}`;
}

// 为2.15万名劳动者追回工资2.65亿元: the people it was done for, before the verb.
const FOR_PEOPLE = /^为\d+(?:\.\d+)?万?名[^\d，,；;。]{2,12}?(?=追回|发放|兑现|减免|补贴)/;

/** 为2.15万名劳动者追回工资 → 追回工资: what was done, without whom for; undefined if not so phrased. */
function doneForPeople(before: string): string | undefined {
  const forPeople = FOR_PEOPLE.exec(before.replace(/^(?:免费|累计|共)/, ''));
  if (!forPeople) return undefined;
  const what = trimWords(before.replace(/^(?:免费|累计|共)/, '').slice(forPeople[0].length));
  return what.length >= 2 ? what : undefined;
}

/** 89.4%的公园实现24小时开放 → 实现24小时开放的公园比例; undefined when the figure is not such a share. */
function shareOf(after: string): string | undefined {
  const share = SHARE_OF.exec(after);
  return share ? `${share[2]}的${share[1]}比例` : undefined;
}

// 杜家坎等30项, 体育赛事等促消费活动: the items named before 等 are examples, not what is measured.
const NAMED_EXAMPLES = /^[^，,；;。]*等(?=[^等]{2,}$)|[^，,；;。、]*等$/;
// 158个重点项目完成投资189.4亿元: the count before the noun is another figure's.
const COUNT_BEFORE = /^.*\d(?:多|余)?(?:个|家|项|条|所|座|处|栋|台|辆|张|套|间|方面)/;
// 常住人口由上年729万人增加到732万人: the figure it starts from is no part of the name.
const FROM_VALUE = /(?<=.{2})(?:由|从)[^由从]*$/;
// 开通3条地铁新线, 组织开展65个专项行动: verbs alone before a count do not name what is counted.
const ONLY_VERBS =
  /^(?:将|切实|着力|全力|大力|组织|开展|支持|扶持|提速|新开工|建成通车|实施|打通|开通|优化|完成|建设|新建|建成|推进|引进|培育|打造|创建|举办|改造|提升|新增|加装|发放|抓好|办好|谋划|招引|签约|落地|设立|入选|有|突破|达到|超过|累计|共)*$/;
// Adverbs inside a noun phrase after a count: 20处重点区域环境面貌显著提升.
const ADVERBS = /显著|明显|进一步|全面|持续|不断/g;

// 158个重点项目完成投资189.4亿元, 8家全国重点实验室落户河北: the noun after a count ends where
// its verb begins.
// 乡村全民健身提升工程 is one name: a verb right before 工程 or 项目 does not end it.
const NOUN_ENDS_AT_VERB =
  /(?:完成|实现|达到|超过|突破|增长|增加|提高|提升|下降|降低|落户|通过|获批|入选|延伸|带动|拉动|覆盖|惠及|参与)(?!工程|项目|行动).*$/;
// 11处煤矿建成试运转, 4条高速公路建成通车, 47家县级医院共享三级医院服务: a verb of what happened to the
// things counted ends their noun, unless a noun of its own follows it (3920个新投产项目, 拟竣工投产项目)
// or the noun is a bare 项目, which the event names (99个项目建成投用).
const NOUN_ENDS_AT_EVENT =
  /(?<=[\u4e00-\u9fff]{2})(?<!^(?:项目|工程|企业))(?:建成|开工|投运|投入运行|投产|核准|共享|进入|落地|加快建设|加快实施|开通|通车|获得)(?![^，,；;。]*(?:项目|工程|企业|基地|园区|平台|中心|机组))[^，,；;。]*$/;

// A masked figure (和X个中国高新技术产业开发区) is a figure too.
const NEXT_FIGURE =
  /(?:和|与|及)(?:\d+(?:\.\d+)?|[Xx*]+)(?:多|余)?(?:万|亿)?(?:个|家|项|件|条|所|座|栋|处|块|套|间|台|辆|列|张|场|次|名|人|户|公里|亩|平方米|元|支|部|席).*$/;

/** The noun right after a count, up to the end of its clause (3条地铁新线、新增…). */
function nounAfter(text: string): string {
  // 打造5个夜间经济人气地标和5个夜生活好去处: the noun ends before the next figure's 和; in
  // 22个750千伏和330千伏电网工程 the number after 和 is a voltage class of the noun, not a figure.
  const clause = (
    text.replace(/^(?:以上|的|[（(][间户套个][）)])+/, '').split(/[，,；;。、：:（(…]|\.{2,}/)[0] ?? ''
  ).replace(NEXT_FIGURE, '');
  return trimWords(clause.replace(NOUN_ENDS_AT_VERB, '').replace(NOUN_ENDS_AT_EVENT, '').replace(ADVERBS, ''));
}

// Things counted one by one, which a speech names after the figure (3条地铁新线); not people,
// money or measures, which it names before (城镇新增就业1.4万人).
const COUNTED = new Set([
  '个',
  '项',
  '件',
  '条',
  '所',
  '座',
  '栋',
  '处',
  '块',
  '家',
  '套',
  '间',
  '台',
  '辆',
  '列',
  '张',
  '批次',
  '场',
  '场次',
  '次',
  '轮',
  '支',
  '部',
  '席',
  '宗',
  '架',
  '份',
]);

/** A unit of things counted one by one (个, 条, 座), not of people, money or measures. */
export function isCounted(unit: Unit): boolean {
  return COUNTED.has(UNITS[unit].base);
}

/** 进出口总额要增长 → 进出口总额增速: the noun, without the words between it and its verb, and the rate. */
function nameRate(text: string): string | undefined {
  const growth = GROWTH_VERB.exec(text);
  if (!growth) return undefined;
  const grows = growth[2] === '增长' || growth[2] === '增';
  return `${trimWords(text.slice(0, growth.index))}${growth[1] ?? ''}${grows ? '增速' : '降幅'}`;
}

/** A bare 增速 or 明年 borrows the noun of the figure before it: *区GDP完成414亿元，增速6.3%. */
export function completeIndicator(indicator: string, previous: string | undefined, unit?: Unit): string {
  if (!previous) return indicator;
  // 地区生产总值增长5.5%、达到10.3万亿元: a sum borrows the noun of a rate, not the rate.
  const noun = unit === undefined || unit === '%' ? previous : previous.replace(/(?:年均)?(?:增速|降幅)$/, '');
  // 地区生产总值达到4469亿元，较“十三五”末增长24.3%: a rate named only by its base or span is of the noun before.
  if (RELATIVE_RATE.test(indicator)) return `${previous.replace(/(?:增速|增长|降幅)$/, '')}${indicator}`;
  // 优良天数281天、比2020年增加36天: a change named only by its verb (and base) is of the noun before.
  const change = CHANGE_ONLY.exec(indicator);
  if (change) return `${noun.replace(/(?:年均)?(?:增速|降幅|增加|减少|净增)$/, '')}${change[1]}`;
  // 地区生产总值…达到10.3万亿元，成为…北方第一个过10万亿元省份: a rank names nothing measured.
  if (RANK_ONLY.test(indicator)) return noun;
  // 研发费用填报7.4亿元，预计全年完成填报8.1亿: a name that repeats the end of the one before is that indicator.
  if (
    indicator.length >= 2 &&
    !GENERIC_COUNTED.test(indicator) &&
    noun.length > indicator.length &&
    noun.endsWith(indicator)
  )
    return noun;
  if (!BARE_INDICATOR.test(indicator)) return indicator;
  if (/^(?:明年|后年|今年|)$/.test(indicator)) return noun;
  if (indicator === '累计') return `${previous.replace(ADDED, '')}累计`;
  if (indicator === '折合') return `${previous}折合`;
  const rate = indicator.replace(/增长$/, '增速').replace(/^(?:下降|降低)$/, '降幅');
  return `${previous.replace(/(?:增速|增长)$/, '')}${rate}`;
}

/**
 * The indicators of a list of figures that matches a list of names, by the position of the figure
 * in the sentence: in 一产、二产、三产增加值分别增长5%左右、5%以上、5%左右 the three figures are
 * 一产增加值增速, 二产增加值增速 and 三产增加值增速; in 新签约、新开工、新竣工亿元以上项目160个、100个、60个
 * each count has its own name. A later 分别 with no names of its own (…收入完成29092元、17191元，
 * 分别增长3%、6.4%) takes the names of the list before it. Figures in no such list are not in the map.
 */
export function respectiveIndicators(sentence: string, quantities: readonly Quantity[]): Map<number, string> {
  const names = new Map<number, string>();
  let previous: string[] | undefined;
  let previousEnd = 0;
  for (const run of figureRuns(sentence, quantities)) {
    const first = run[0]!;
    // 城乡居民收入达到23292元和7750元、分别增长8.8%和10%: the words after the run before are this run's.
    const clauseStart = Math.max(lastClauseStart(sentence, first.start), previousEnd);
    previousEnd = run.at(-1)!.end;
    const subject = sentence.slice(clauseStart, first.start).replace(/^[、，,\s]+/, '');
    const respectively = subject.search(RESPECTIVELY);
    const named = respectively === -1 ? subject : subject.slice(0, respectively);
    let items = expandPairs(
      named,
      named.split(ITEM_SEPARATOR).map((item) => trimWords(item)),
    );
    // …分别为47279元、23120元,增长3%、7%: a run named only by its verb takes the names of the run before.
    const unnamed = items.length === 1 && (items[0] === '' || (respectively === -1 && VERB_ONLY.test(items[0]!)));
    if (unnamed && previous && (respectively !== -1 || previous.length === run.length)) items = previous;
    if (items.length < 2 || items.length !== run.length || items.some((item) => item === '')) continue;
    const verbs = respectively === -1 ? subject : subject.slice(respectively);
    const growth = run.every((q) => q.unit === '%') && GROWTH_VERB.test(verbs.replace(/分别/, '')) ? '增速' : '';
    const shared = sharedNoun(items);
    const verb = sharedVerb(items);
    const owns = items.map((item, i) => {
      const own = i === items.length - 1 || item.endsWith(shared) ? item : `${item}${shared}`;
      return i === 0 ? own : `${verb}${own}`;
    });
    owns.forEach((own, i) => names.set(run[i]!.start, `${own}${growth}`));
    previous = owns;
  }
  return names;
}

// Words that join two nouns in one (城乡 is 城镇 and 农村, 存贷款 is 存款 and 贷款, 存、贷款 too).
const PAIRED_WORDS: readonly [RegExp, string, string][] = [
  [/^城乡/, '城镇', '农村'],
  [/存、?贷款/, '存款', '贷款'],
  [/进出口(?=额|总额)/, '进口', '出口'],
];

/**
 * 城乡居民收入分别增长…, 金融机构人民币存贷款余额分别增长…: a noun that joins two (城乡, 存贷款) names two
 * indicators, one figure each.
 */
function expandPairs(named: string, items: string[]): string[] {
  const whole = items.length === 2 && /存、贷款/.test(named) ? named : items.length === 1 ? items[0] : undefined;
  if (whole === undefined) return items;
  for (const [pattern, first, second] of PAIRED_WORDS) {
    const pair = pattern.exec(whole);
    if (!pair) continue;
    const [before, after] = [whole.slice(0, pair.index), whole.slice(pair.index + pair[0].length)];
    return [trimWords(`${before}${first}${after}`), trimWords(`${before}${second}${after}`)];
  }
  return items;
}

function trimWords(text: string): string {
  let current = text;
  for (let previous = ''; previous !== current;) {
    previous = current;
    current = current.replace(LEADING_WORDS, '').replace(TRAILING_WORDS, '');
  }
  return current;
}

function lastClauseStart(sentence: string, before: number): number {
  let start = before;
  while (start > 0 && !CLAUSE_END.test(sentence[start - 1] ?? '')) start--;
  return start;
}

/** Runs of two or more figures joined only by 、 和 与 or 及 (29092元、17191元). */
function figureRuns(sentence: string, quantities: readonly Quantity[]): Quantity[][] {
  const runs: Quantity[][] = [];
  let run: Quantity[] = [];
  for (const quantity of quantities) {
    const last = run.at(-1);
    if (last && /^\s*(?:、|和|与|及|以及)\s*$/.test(sentence.slice(last.end, quantity.start))) run.push(quantity);
    else {
      if (run.length >= 2) runs.push(run);
      run = [quantity];
    }
  }
  if (run.length >= 2) runs.push(run);
  return runs;
}

/**
 * The noun the items share: what the last item has after the place where the first item's last
 * character recurs (规上、亿元以上工业企业 → 工业企业; 一产、二产、三产增加值 → 增加值), or else
 * beyond the length of the others (城镇、农村居民收入 → 居民收入); nothing when the items are whole
 * names already.
 */
// Nouns that head an indicator's name: in 工业、制造业、工业技改投资 and 通讯器材、家用电器、新能源汽车零售额
// the items share the last item's head (投资, 零售额), not what follows a recurring character.
const HEAD_NOUN =
  /(?:投资|零售额|销售额|余额|增加值|总产值|产值|产量|收入|支出|利润|营收|总额|进出口额|出口额|进口额|贷款|存款|消费|用电量|发电量|装机)$/;

function sharedNoun(items: readonly string[]): string {
  const last = items.at(-1)!;
  const head = HEAD_NOUN.exec(last)?.[0];
  const shared = sharedByPosition(items);
  if (head === undefined || items.slice(0, -1).some((item) => HEAD_NOUN.test(item))) return shared;
  // 工业、制造业、工业技改投资: the last item widens the first, so only the head is shared.
  if (last.startsWith(items[0]!)) return head;
  // 通讯器材、家用电器、新能源汽车零售额: one character before the head (车) is part of the last item's own name.
  return shared.endsWith(head) && shared.length === head.length + 1 ? head : shared;
}

/** The shared noun found by where the first item's last character recurs, or by the items' lengths. */
function sharedByPosition(items: readonly string[]): string {
  const heads = items.slice(0, -1);
  const first = heads[0]!;
  const last = items.at(-1)!;
  const recurs = last.lastIndexOf(first.at(-1)!);
  if (recurs >= 1 && recurs < last.length - 2) return last.slice(recurs + 1);
  // The first item may carry the verb of them all (改造老旧供热、燃气、排水管网): the middle ones give the length.
  const middle = heads.length > 1 ? heads.slice(1) : heads;
  const length = middle[0]!.length;
  if (!middle.every((item) => item.length === length) || last.length <= length + 1) return '';
  return last.slice(length);
}

// 改造老旧供热、燃气、排水管网800公里、600公里、300公里: the verb and modifier before the first of
// three or more items govern them all (改造老旧燃气管网).
const GOVERNING_VERB = /^(?:新改建|改扩建|新建|改造|建设|建成|提升|实施|新增|打造|培育|完成|整治|更新)/;

/** The words before the first item that the other items share, when the first is the only long one. */
function sharedVerb(items: readonly string[]): string {
  if (items.length < 3) return '';
  const [first, ...rest] = items as [string, ...string[]];
  const middle = rest.slice(0, -1);
  const length = middle[0]!.length;
  if (!middle.every((item) => item.length === length) || first.length <= length + 1) return '';
  const verb = first.slice(0, first.length - length);
  return GOVERNING_VERB.test(verb) ? verb : '';
}
