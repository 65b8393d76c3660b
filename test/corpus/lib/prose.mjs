/**
 * The prose of a report, in the classes issue 12 §4 lists: non-count numbers (“三个一”工作机制,
 * “一网通办”, 三同步), nested breakdowns with parentheses, combined claims (予以公开及部分公开N件,
 * 无法提供N件, 办结N件, 行政诉讼N件), scope words (全市, 系统), fee statements with and without the
 * word 信息处理费, nil statements. Every number stated agrees with the tables unless a defect says otherwise.
 */

const CN = ['', '一', '二', '三', '四', '五'];
const sub = (i, text) => ({ kind: 'h3', text: `（${CN[i]}）${text}` });
const p = (text) => ({ kind: 'p', text });

function t3total(t, key) {
  return t.table3[key]?.total ?? 0;
}

function groupTotal(t, keys) {
  return keys.reduce((a, k) => a + (t.table3[k]?.total ?? 0), 0);
}

const DENY = ['deny_secret', 'deny_law', 'deny_3s1w', 'deny_third', 'deny_internal', 'deny_process', 'deny_casefile', 'deny_query'];
const UNABLE = ['unable_nohold', 'unable_make', 'unable_unclear'];
const NP = ['np_petition', 'np_repeat', 'np_publication', 'np_massive', 'np_confirm'];
const OTH = ['oth_no_fix', 'oth_no_fee', 'oth_other', 'oth_process'];

/** 主动公开: a stated total with 其中 parts, one of them broken down in parentheses. */
function activeParagraph(rnd, ctx) {
  const a = rnd.int(5, 60), b1 = rnd.int(3, 40), b2 = rnd.int(0, 25), c = rnd.int(0, 30);
  const b = b1 + b2;
  let total = a + b + c;
  if (ctx.defect === 'prose-sum') {
    // The parts exceed the stated total: a reviewer always flags this.
    const off = rnd.int(2, 9);
    total -= off;
    ctx.note.proseSum = { total, parts: [a, b, c] };
  }
  const y = ctx.year;
  if (ctx.defect !== 'prose-sum' && rnd.chance(0.3)) {
    return p(`${y}年，共主动公开政府信息${total}条，其中政策文件${a}条、工作动态${b}条、其他信息${c}条。` + rnd.pick(['落实“三同步”要求，全年发布政策解读材料若干篇。', '']));
  }
  return p(rnd.pick([
    `${y}年，通过政府门户网站累计主动公开政府信息${total}条，其中政策文件${a}条，工作动态${b}条（图片新闻${b1}条、视频新闻${b2}条），其他信息${c}条。`,
    `${y}年度共主动公开各类政府信息${total}条，其中规范性文件及政策解读${a}条、工作动态${b}条（含图片新闻${b1}条、信息简报${b2}条）、人事信息${c}条。`,
  ]) + rnd.pick([
    '建立健全“三个一”工作机制，确保政策文件与解读材料同步起草、同步审签、同步发布，落实“三同步”要求。',
    '坚持“一网通办”改革方向，政务服务事项网上可办率达到100%。',
    '严格执行“三审三校”制度，做到信息发布前必审。',
    '',
  ]));
}

/** 依申请公开: stated figures from table 三 (and table 四 in 监督保障), nil statements when zero. */
function requestParagraphs(rnd, ctx) {
  const t = ctx.tables;
  const y = ctx.year;
  const fresh = t3total(t, 'new_received');
  const carried = t3total(t, 'carried_over');
  const done = t3total(t, 'result_total');
  const forward = t3total(t, 'carry_forward');
  let stated = fresh;
  if (ctx.defect === 'prose-mismatch') {
    stated = fresh + rnd.int(1, 4);
    ctx.note.proseMismatch = { stated, table: fresh };
  }
  const out = [];
  if (fresh === 0 && carried === 0 && ctx.defect !== 'prose-mismatch') {
    out.push(p(rnd.pick([`${y}年，本机关未收到政府信息公开申请，无上年结转申请。`, `${y}年度未收到政府信息公开申请。`])));
    return out;
  }
  const first = rnd.pick([
    `${y}年，本机关新收政府信息公开申请${stated}件，上年结转${carried}件。`,
    `${y}年度共新收到政府信息公开申请${stated}件，另有上年结转申请${carried}件。`,
    `${y}年，共新收政府信息公开申请${stated}件，上年度结转${carried}件，办结${done}件，结转下年度继续办理${forward}件。`,
  ]);
  out.push(p(first));
  // The breakdown of results: only when the table's own arithmetic holds, so the prose agrees with it.
  if (ctx.resultsConsistent && done > 0) {
    const granted = t3total(t, 'granted');
    const partial = t3total(t, 'partial');
    const deny = groupTotal(t, DENY);
    const unable = groupTotal(t, UNABLE);
    const np = groupTotal(t, NP);
    const oth = groupTotal(t, OTH);
    const nested = deny > 0
      ? `不予公开${deny}件（${DENY.filter((k) => t3total(t, k) > 0).map((k) => `${ctx.label(k)}${t3total(t, k)}件`).join('、')}）`
      : `不予公开0件`;
    out.push(p(rnd.pick([
      `在已办结的${done}件中，予以公开及部分公开${granted + partial}件，无法提供${unable}件，不予处理${np}件，其他处理${oth}件，${nested}。`,
      `全年共办结${done}件，其中予以公开${granted}件，部分公开${partial}件，${nested}，无法提供${unable}件，不予处理${np}件，其他处理${oth}件。`,
      `答复办理情况：予以公开${granted}件，部分公开${partial}件，无法提供${unable}件（本机关不掌握相关政府信息${t3total(t, 'unable_nohold')}件），其他情形${done - granted - partial - unable}件。`,
    ])));
  }
  if (ctx.agency.level !== 'township' && rnd.chance(0.5)) {
    // A figure for the whole area or system: not this table's; the scope word makes it information at most.
    const whole = fresh * rnd.int(3, 9) + rnd.int(1, 40);
    out.push(p(ctx.agency.level === 'city'
      ? `${ctx.agency.scopeWord}各级行政机关共受理政府信息公开申请${whole}件，均在法定期限内予以答复。`
      : `${ctx.agency.scopeWord}共受理政府信息公开申请${whole}件（含下属单位），均已按时答复。`));
  }
  return out;
}

function supervisionParagraph(rnd, ctx) {
  const t4 = ctx.tables.table4;
  const review = t4.review.total ?? 0;
  const lit = (t4.lit_direct.total ?? 0) + (t4.lit_after_review.total ?? 0);
  const y = ctx.year;
  const base = rnd.pick([
    '将政府信息公开工作纳入年度绩效考核，组织开展业务培训2次，参训人员60余人次。',
    '成立由主要负责同志任组长的政务公开工作领导小组，定期召开专题会议研究部署。',
    '开展政务公开专项督查，对发现的问题逐一督促整改。',
  ]);
  if (review === 0 && lit === 0) return p(base + rnd.pick([`${y}年未发生因政府信息公开引起的行政复议、行政诉讼。`, '全年未发生政府信息公开行政复议、行政诉讼案件。', '']));
  return p(base + `${y}年，因政府信息公开被申请行政复议${review}件，被提起行政诉讼${lit}件。`);
}

/**
 * With --real-prose (ctx.real, a stream of its own): prose real reports carry and the lines above lack, found
 * writing test/fixtures/prose. Each sentence states no figure of the tables, or one that agrees with them:
 * 行政许可申请 and 12345 工单 (other things), applications 转办 from above and a quarter's (subsets), the
 * 公开属性 of 公文 (results of documents), 复议机关维持 (this agency's review), 另有N件…结转下一年度, a range of years.
 */
function realRequest(ctx) {
  const r = ctx.real;
  const t = ctx.tables;
  const fresh = t3total(t, 'new_received');
  const out = [];
  if (r.chance(0.5)) out.push(`依托政务服务中心，全年受理行政许可申请${r.int(200, 3000)}件，按时办结率100%。`);
  if (r.chance(0.4)) out.push(`受理12345热线转办工单${r.int(50, 900)}件，均已按时办结。`);
  if (fresh > 1 && r.chance(0.5)) out.push(`本年度收到上级机关转办的政府信息公开申请${r.int(1, fresh - 1)}件，均已按时办结。`);
  if (fresh > 1 && r.chance(0.4)) out.push(`第一季度收到政府信息公开申请${r.int(0, fresh - 1)}件。`);
  const forward = t3total(t, 'carry_forward');
  // Only where the tables are as generated: a defect may change the row the sentence states.
  if (!ctx.defect && forward > 0 && r.chance(0.6)) out.push(`另有${forward}件申请因尚在答复期限内，依法结转下一年度办理。`);
  return out.length ? [p(out.join(''))] : [];
}

function realManagement(ctx) {
  const r = ctx.real;
  const a = r.int(10, 90), b = r.int(0, 30), c = r.int(5, 120);
  return r.chance(0.6) ? `落实公文公开属性源头认定，全年制发公文${a + b + c}件，其中主动公开${a}件，依申请公开${b}件，不予公开${c}件。` : '';
}

function realSupervision(ctx) {
  const r = ctx.real;
  const review = ctx.tables.table4.review;
  const y = ctx.year;
  const out = [];
  if (r.chance(0.4)) out.push(`${y - 4}年至${y}年，连续五年开展政务公开社会评议。`);
  if (!ctx.defect && review.total > 0 && r.chance(0.6)) out.push(`经复议机关审理，复议机关维持${review.upheld}件、纠正${review.corrected}件。`);
  return out.join('');
}

const FEE = [
  () => '本年度未收取信息处理费。',
  (y) => `${y}年度，本机关依申请提供政府信息，未收取信息处理费。`,
  () => '政府信息公开未发生收费情况。',
  () => '本年度依申请公开政府信息未收取任何费用。',
  () => '按照《政府信息公开信息处理费管理办法》规定，本年度共收取信息处理费0元。',
];

/** The six sections, each { ordinal, title, blocks }; blocks are headings, paragraphs and table slots. */
export function makeSections(rnd, ctx) {
  const y = ctx.year;
  const one = [
    p(rnd.pick([
      `${y}年，${ctx.agency.name}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政务公开工作。`,
      `${y}年，在上级政务公开办公室的指导下，我单位严格落实政府信息公开各项工作要求，政务公开工作取得新进展。`,
    ])),
    sub(1, '主动公开'),
    activeParagraph(rnd, ctx),
    sub(2, '依申请公开'),
    ...requestParagraphs(rnd, ctx),
    ...(ctx.real ? realRequest(ctx) : []),
    sub(3, '政府信息管理'),
    p(rnd.pick(['严格落实政府信息公开保密审查制度，坚持“先审查、后公开”和“一事一审”原则。', '定期开展政策文件清理，及时更新政府信息公开指南和目录。']) + (ctx.real ? realManagement(ctx) : '')),
    sub(4, '政府信息公开平台建设'),
    p(rnd.pick(['持续优化政府网站信息公开专栏，规范栏目设置，加强政务新媒体管理。', '依托政府门户网站和政务微信公众号，拓宽政府信息公开渠道，全年发布政务微博信息300余条。'])),
    sub(5, '监督保障'),
    ctx.real ? p(supervisionParagraph(rnd, ctx).text + realSupervision(ctx)) : supervisionParagraph(rnd, ctx),
  ];
  const five = rnd.chance(0.5)
    ? [sub(1, '存在的主要问题'), p('一是政策解读形式较为单一；二是主动公开内容的及时性有待提高。'), sub(2, '改进情况'),
      p(`下一步，将加强业务培训，丰富解读形式，进一步提升政务公开工作质量。`)]
    : [p(`${y}年，我单位政府信息公开工作虽取得一定成效，但仍存在一些问题：信息公开的主动性不够，部分栏目更新不及时。`),
      p(`改进措施：一是强化责任落实；二是健全工作机制；三是加强队伍建设，推动政务公开工作提质增效。`)];
  const others = rnd.pick(['本机关无其他需要报告的事项。', `${y}年度，办理人大代表建议${rnd.int(0, 20)}件、政协委员提案${rnd.int(0, 20)}件，均按期答复。`, '']);
  // 信息处理费 exists since 2021: earlier reports at most say no fee was charged.
  const fee = ctx.defect === 'missing-fee' || (y < 2021 && rnd.chance(0.5)) ? '' : rnd.pick(y < 2021 ? FEE.slice(2, 4) : FEE)(y);
  const six = [p([fee, others].filter(Boolean).join('') || '无其他需要报告的事项。')];
  const titles = ctx.titles;
  return [
    { ordinal: '一', title: titles[0], blocks: one },
    { ordinal: '二', title: titles[1], blocks: [{ kind: 'table', table: 'table2' }] },
    { ordinal: '三', title: titles[2], blocks: [{ kind: 'table', table: 'table3' }] },
    { ordinal: '四', title: titles[3], blocks: [{ kind: 'table', table: 'table4' }] },
    { ordinal: '五', title: titles[4], blocks: five },
    { ordinal: '六', title: titles[5], blocks: six },
  ];
}
