/**
 * A report as a government website publishes it (issue 12): the report's body (mammoth's HTML of its .docx,
 * what an editor pastes into the content system) inside a page of the kind content systems (TRS, 集约化平台,
 * older table-framed sites) serve — top links, breadcrumb, a metadata table (索引号 / 发布机构 / 成文日期 / 文号 /
 * 发布日期), font-size/print/close/share links, a visit count, a QR-code line, a related-links list with other
 * years' and other agencies' report titles, and a footer full of numbers (网站标识码, ICP, 公网安备, 电话).
 * Optionally standard tables are replaced by pictures (`<img>`), as some agencies publish them.
 * Pure: the same report, style and seed give the same page.
 */

/** The content systems' page styles; each names its charset (as served) and how it lays the page out. */
export const STYLES = ['trs', 'frame', 'html5', 'gbk-list'];
export const CHARSET = { trs: 'gb2312', frame: 'utf-8', html5: 'utf-8', 'gbk-list': 'gbk' };

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const pad = (n) => String(n).padStart(2, '0');

/** The report's tables in the body, told apart by what they hold (table 二 may be several stacked tables). */
function tableKind(html) {
  if (/申请人情况/.test(html)) return 'table3';
  if (/行政复议/.test(html) && /行政诉讼/.test(html)) return 'table4';
  if (/第二十条/.test(html)) return 'table2';
  return undefined;
}

/**
 * The body as published: the title paragraph taken out (the page shows it in its own header), cells'
 * paragraphs unwrapped when the style publishes `<td>text</td>`, and the tables named in `pictures` replaced
 * by one picture each (table 二's stacked tables by one picture).
 */
export function publishedBody(bodyHtml, { unwrapCells, pictures = [], picture, note }) {
  // The title paragraph (mammoth's bare <p>, or LibreOffice's centred <p> of <font>s), when it holds the title phrase.
  let body = bodyHtml.replace(/^\s*<p\b[^>]*>([\s\S]*?)<\/p>/, (p, inner) => (/政府信息公开工作年度报告/.test(inner.replace(/<[^>]*>|\s+/g, '')) ? '' : p));
  if (unwrapCells) {
    body = body.replace(/<(td|th)\b([^>]*)>([\s\S]*?)<\/\1>/g, (_, tag, attrs, inner) => {
      const text = [...inner.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1].trim()).filter(Boolean).join(' ');
      const shown = /<p>/.test(inner) ? text : inner;
      // Content systems keep a blank cell's border with &nbsp; and wrap what the editor typed in font spans.
      return `<${tag}${attrs}>${shown ? `<span style="font-family:仿宋_GB2312;font-size:12pt">${shown}</span>` : '&nbsp;'}</${tag}>`;
    });
  }
  const done = new Set();
  body = body.replace(/<table\b[^>]*>[\s\S]*?<\/table>/g, (table) => {
    const kind = tableKind(table);
    // A note under a table (注：…), as editors add: text right after its last row.
    const after = note && (kind === 'table3' || kind === 'table4') ? `<p>${note}</p>` : '';
    if (!kind || !pictures.includes(kind)) return table.replace(/^<table>/, '<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;width:100%">') + after;
    if (done.has(kind)) return '';
    done.add(kind);
    return picture(kind);
  });
  return body;
}

/** Dates and numbers the page's furniture shows: written in the first quarter after the report year. */
function pageFacts(truth, rnd) {
  const next = truth.year + 1;
  const written = new Date(Date.UTC(next, 0, rnd.int(5, 25)));
  const published = new Date(written.getTime() + rnd.int(1, 20) * 86400000);
  const day = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const code = String(rnd.int(1000000000, 9999999999));
  return {
    written: day(written),
    published: day(published),
    publishedZh: `${published.getUTCFullYear()}年${published.getUTCMonth() + 1}月${published.getUTCDate()}日`,
    // The day someone opened the page: any later year.
    today: `${next + rnd.int(0, 3)}年${rnd.int(1, 12)}月${rnd.int(1, 28)}日 星期${rnd.pick(['一', '二', '三', '四', '五', '六', '日'])}`,
    time: `${day(published)} ${pad(rnd.int(8, 17))}:${pad(rnd.int(0, 59))}`,
    index: `11${code.slice(0, 6)}${rnd.int(10, 99)}/${next}-${pad(rnd.int(1, 99))}${rnd.int(100, 999)}`,
    docNumber: rnd.chance(0.5) ? '无' : `${truth.agency.slice(0, 2)}政办〔${next}〕${rnd.int(1, 30)}号`,
    views: rnd.int(120, 9800),
    siteCode: `${code.slice(0, 4)}${rnd.int(100000, 999999)}`,
    icp: `${rnd.pick(['闽', '豫', '皖', '苏', '湘', '川', '赣', '鲁', '浙', '桂'])}ICP备${pad(rnd.int(1, 12))}${rnd.int(100000, 999999)}号`,
    police: `${rnd.int(11, 65)}0${rnd.int(1000, 9999)}02000${rnd.int(100, 999)}号`,
    phone: `0${rnd.int(310, 999)}-${rnd.int(1000000, 9999999)}`,
    zip: String(rnd.int(100000, 999999)),
  };
}

/** Related links: this agency's other years and other agencies' reports of the same year (titles that look like this one's). */
function relatedTitles(truth, rnd) {
  const others = ['城关镇人民政府', '县自然资源局', '市场监督管理局', '县教育局', '东城街道办事处'];
  const titles = [];
  for (let y = truth.year - 1; y >= truth.year - 3; y--) titles.push(`${truth.agency}${y}年${rnd.chance(0.5) ? '度' : ''}政府信息公开工作年度报告`);
  titles.splice(rnd.int(0, titles.length), 0, `${rnd.pick(others)}${truth.year}年政府信息公开工作年度报告`);
  return titles;
}

const SITE_LINKS = ['首页', '政务公开', '政务服务', '互动交流', '走进本地'];
/** The 政府信息公开 platform's own menu, on every page of it. */
const DISCLOSURE_MENU = ['政府信息公开指南', '政府信息公开制度', '法定主动公开内容', '政府信息公开年报', '依申请公开'];

function footer(site, f, tag = 'div') {
  return `<${tag} class="footer">
<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sm/">使用帮助</a></p>
<p>主办单位：${esc(site)}办公室　承办：${esc(site)}大数据中心　联系电话：${f.phone}　邮编：${f.zip}</p>
<p>网站标识码${f.siteCode}　<a href="https://beian.miit.gov.cn">${f.icp}</a>　<img src="/images/ga.png" alt="">${f.icp.slice(0, 1)}公网安备 ${f.police}</p>
<p><img src="/images/jiucuo.png" alt="政府网站找错"> 建议使用1920*1080分辨率浏览</p>
</${tag}>`;
}

/** The <body> of a whole page (LibreOffice's "save as web page"), as an editor pastes it. */
export function bodyOf(html) {
  return /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
}

/**
 * The page around a body: `truth` (the report's truth.json), `bodyHtml` (mammoth.html, or bodyOf LibreOffice's page), `style` (STYLES),
 * `pictures` (table keys published as pictures), `rnd` (scripts/prng.mjs). Returns the page's HTML as text
 * (its <meta> names CHARSET[style]; the caller encodes it so).
 */
export function makePage({ truth, bodyHtml, style, pictures = [], rnd, wordBody = false }) {
  const f = pageFacts(truth, rnd);
  const site = truth.agency;
  const title = truth.title;
  const captions = { table2: '主动公开政府信息情况', table3: '收到和处理政府信息公开申请情况', table4: '政府信息公开行政复议、行政诉讼情况' };
  let shot = 0;
  const picture = (kind) => {
    shot++;
    const src = `/u/cms/www/${truth.year + 1}${pad(rnd.int(1, 3))}/${rnd.int(10000000, 99999999)}${shot}.${rnd.pick(['png', 'jpg'])}`;
    const alt = rnd.pick(['', 'image', esc(captions[kind]), '1']);
    const img = (n) => `<img src="${src.replace(/(\.\w+)$/, `${n}$1`)}" alt="${alt}" width="600" border="0">`;
    const caption = rnd.chance(0.5) ? `<p style="text-align:center">${captions[kind]}</p>` : '';
    switch (rnd.int(0, 2)) {
      case 0: return `${caption}<p style="text-align:center">${img('')}</p>`;
      case 1: return `${caption}<p style="text-align:center">${img('_1')}</p><p style="text-align:center">${img('_2')}</p>`;
      default: return `${caption}<table width="100%"><tr><td align="center">${img('')}</td></tr></table>`;
    }
  };
  const note = style === 'html5' || rnd.chance(0.3) ? `注：表中数据统计截至${truth.year}年12月31日。` : undefined;
  const body = publishedBody(bodyHtml, { unwrapCells: style !== 'html5' && !wordBody, pictures, picture, note });
  const related = relatedTitles(truth, rnd);
  const charset = CHARSET[style];
  const pageTitle = style === 'frame' ? `${esc(site)}-${esc(title)}` : `${esc(title)}_${esc(site)}`;
  const crumbs = ['首页', '政务公开', rnd.pick(['政府信息公开年报', '政府信息公开年度报告', '法定主动公开内容']), '正文'];

  if (style === 'trs') {
    // TRS WCM, GB2312: a 4-column metadata table above the article, the body in div.TRS_Editor.
    return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<meta name="ArticleTitle" content="${esc(title)}" />
<meta name="PubDate" content="${f.time}" />
<title>${pageTitle}</title>
<link rel="stylesheet" href="/images/style.css" />
<script type="text/javascript">var _hmt = _hmt || []; document.write("统计 " + 2023);</script>
</head>
<body>
<div class="topbar"><span>欢迎访问${esc(site)}门户网站</span> <a href="/">无障碍</a> <a href="/">长者模式</a> <a href="/">English</a></div>
<div class="nav"><ul>${SITE_LINKS.map((l) => `<li><a href="/">${l}</a></li>`).join('')}</ul></div>
<div class="position">当前位置：${crumbs.map((c) => `<a href="/">${c}</a>`).join(' &gt; ')}</div>
<div class="left"><ul class="menu">${DISCLOSURE_MENU.map((m) => `<li><a href="/">${m}</a></li>`).join('')}</ul><h2>政府信息公开年报</h2><ul>${[...related].sort().reverse().map((t) => `<li><a href="/">${esc(t)}</a></li>`).join('')}</ul></div>
<div class="xxgk_detail">
<table class="xxgk_table" width="100%" border="1" cellspacing="0" cellpadding="0">
<tr><th>索引号：</th><td>${f.index}</td><th>主题分类：</th><td>综合政务\\政务公开</td></tr>
<tr><th>发布机构：</th><td>${esc(truth.agency)}</td><th>成文日期：</th><td>${f.written}</td></tr>
<tr><th>标　　题：</th><td colspan="3">${esc(title)}</td></tr>
<tr><th>文　　号：</th><td>${f.docNumber}</td><th>发布日期：</th><td>${f.published}</td></tr>
</table>
<div class="article">
<h1 class="title">${esc(title)}</h1>
<div class="info">发布时间：${f.time}　来源：${esc(truth.agency)}　浏览次数：<span id="views">${f.views}</span>　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="TRS_Editor"><style type="text/css">.TRS_Editor P{margin-top:0;margin-bottom:12px;line-height:2;font-family:仿宋_GB2312;font-size:16pt;}.TRS_Editor TD{font-size:12pt;}</style><div class="Custom_UnionStyle">${body}</div></div>
<div class="tools">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】　分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="related"><h3>相关链接</h3><ul>${related.map((t) => `<li><a href="/">${esc(t)}</a><span>${f.published}</span></li>`).join('')}</ul></div>
</div>
</div>
${footer(site, f)}
</body>
</html>
`;
  }

  if (style === 'frame') {
    // An older site framed by layout tables: metadata as a 2-column table, QR code, previous/next links.
    return `<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${pageTitle}</title>
</head>
<body topmargin="0">
<table width="1000" align="center" border="0" cellpadding="0" cellspacing="0"><tr><td><img src="/images/banner.jpg" width="1000" height="120"></td></tr></table>
<table width="1000" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td class="nav">${SITE_LINKS.map((l) => `<a href="/">${l}</a>`).join(' | ')}</td></tr>
<tr><td class="crumb">您现在的位置：${crumbs.slice(0, 3).map((c) => `<a href="/">${c}</a>`).join(' &gt;&gt; ')}</td></tr>
<tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="200" valign="top" class="leftnav"><p><b>年报目录</b></p>${[truth.year, truth.year - 1, truth.year - 2].map((y) => `<p><a href="/">${y}年度政府信息公开年报</a></p>`).join('')}<p><a href="/">${esc(related[0])}</a></p></td>
<td valign="top">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td>
<table width="100%" border="1" cellspacing="0" cellpadding="4" class="meta">
<tr><td width="120">索 引 号</td><td>${f.index}</td></tr>
<tr><td>信息分类</td><td>政府信息公开年报</td></tr>
<tr><td>发布机构</td><td>${esc(truth.agency)}</td></tr>
<tr><td>生成日期</td><td>${f.written}</td></tr>
<tr><td>名　　称</td><td>${esc(title)}</td></tr>
<tr><td>文　　号</td><td>${f.docNumber}</td></tr>
<tr><td>发布日期</td><td>${f.published}</td></tr>
</table>
</td></tr>
<tr><td align="center"><div class="title" align="center"><b>${title.startsWith(truth.agency) ? `${esc(truth.agency)}<br>${esc(title.slice(truth.agency.length))}` : esc(title)}</b></div></td></tr>
<tr><td align="center">发布时间：${f.published}　　访问量：${f.views}　　字号：[ <a href="#">大</a> <a href="#">中</a> <a href="#">小</a> ]</td></tr>
<tr><td><div id="zoom">${body}</div></td></tr>
<tr><td align="right"><a href="#">【打印此页】</a> <a href="#">【关闭窗口】</a></td></tr>
<tr><td><div class="qr"><img src="/qr.png" width="80"><p>扫一扫在手机打开当前页</p></div></td></tr>
<tr><td>上一篇：<a href="/">${esc(related[0])}</a><br>下一篇：<a href="/">${esc(related[1])}</a></td></tr>
</table>
</td></tr></table>
</td></tr>
</table>
${footer(site, f)}
</body>
</html>
`;
  }

  if (style === 'html5') {
    // A 集约化 platform page (HTML5, UTF-8): header/nav/main/aside/footer, metadata as a list, a 目录 of the
    // report's parts above the body, cells with their paragraphs as pasted from Word.
    const parts = (truth.sections ?? []).map((s) => `<li><a href="#p${s.ordinal}">${esc(s.title)}</a></li>`).join('');
    return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="SiteName" content="${esc(site)}">
<meta name="ArticleTitle" content="${esc(title)}">
<title>${pageTitle}</title>
<style>.hide{display:none}</style>
</head>
<body>
<header><div class="logo"><img src="/logo.png" alt="${esc(site)}"></div><nav>${SITE_LINKS.map((l) => `<a href="/">${l}</a>`).join('')}</nav>
<form class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></form></header>
<nav class="xxgk-menu"><ul>${DISCLOSURE_MENU.map((m) => `<li><a href="/">${m}</a></li>`).join('')}</ul></nav>
<div class="breadcrumb">${crumbs.map((c) => `<a href="/">${c}</a>`).join(' &gt; ')}</div>
<main>
<ul class="meta">
<li><span>索引号：</span>${f.index}</li><li><span>发文机关：</span>${esc(truth.agency)}</li>
<li><span>主题分类：</span>政务公开</li><li><span>成文日期：</span>${f.written}</li>
<li><span>标题：</span>${esc(title)}</li><li><span>发文字号：</span>${f.docNumber}</li><li><span>发布日期：</span>${f.published}</li>
</ul>
<article>
<h1>${esc(title)}</h1>
<div class="source"><span>来源：${esc(truth.agency)}</span><span>发布时间：${f.time}</span><span>阅读次数：${f.views}</span><span>字号：<a>大</a><a>中</a><a>小</a></span></div>
<div class="toc"><p>目录</p><ul>${parts}</ul></div>
<div class="content">${body}</div>
<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a>　<a>【打印】</a><a>【关闭】</a></div>
</article>
<aside><h2>相关阅读</h2>${related.map((t) => `<h3><a href="/">${esc(t)}</a></h3><p>${f.published}</p>`).join('')}
<h2>扫一扫在手机打开当前页</h2><img src="/qr.png" alt=""></aside>
</main>
${footer(site, f, 'footer')}
</body>
</html>
`;
  }

  // gbk-list: GBK, the metadata as a 3-row table of 2 label/value pairs, the related list as a table of links.
  return `<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=GBK">
<title>${pageTitle}</title>
</head>
<body>
<div id="header"><a href="/">设为首页</a> <a href="/">加入收藏</a> 今天是：${f.today}</div>
<div id="nav">${SITE_LINKS.map((l) => `<a href="/">${l}</a>`).join('')}</div>
<div id="path">首页 &gt; ${crumbs.slice(1, 3).join(' &gt; ')} &gt; ${esc(title)}</div>
<table class="infotable" cellspacing="0" cellpadding="0" border="1">
<tbody>
<tr><td>索引号：</td><td>${f.index}</td><td>发布机构：</td><td>${esc(truth.agency)}</td></tr>
<tr><td>公开目录：</td><td>政府信息公开年报</td><td>发布日期：</td><td>${f.publishedZh}</td></tr>
<tr><td>文号：</td><td>${f.docNumber}</td><td>公开方式：</td><td>主动公开</td></tr>
</tbody>
</table>
<div id="content">
<div class="bt">${esc(title)}</div>
<div class="fbsj">${f.time}　浏览次数：${f.views}　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="zw">${body}</div>
<div class="attach">附件：无</div>
<div class="fun">【<a>打印本页</a>】【<a>关闭窗口</a>】</div>
</div>
<div class="xgxx">
<p>相关信息</p>
<table width="100%">${related.map((t) => `<tr><td>·<a href="/">${esc(t)}</a></td><td>${f.published}</td></tr>`).join('')}</table>
</div>
${footer(site, f)}
</body>
</html>
`;
}
