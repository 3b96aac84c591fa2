/** Hover for a category or group id: labels, sensitivity and why, obligations, and what the policy says. */
import {
  ART28,
  type Citation,
  closest,
  countryName,
  type Destination,
  matchesCategory,
  type Purpose,
  type Span,
  standardGuidance,
} from '../engine/index';
import { HoverDoc, both, code, joinCapped, policyName, tr, type HoverEnv, type HoverResult, colon } from './hoverMarkdown';

export interface CategoryContext {
  /** subject=minor on the hovered @personalData tag. */
  minor: boolean;
  /** The hovered tag's purpose=, resolved against the policy (id as written, record if any). */
  purposeId?: string;
  purpose?: Purpose;
  /** Hovered inside a @crossBorder categories= list: the tag's destination record, if any. */
  crossBorder?: { word: string; destination?: Destination };
}

const C = (article: number): Citation => ({ law: 'PIPL', article });

interface Sensitivity {
  /** A kind Art. 28 names. */
  art28: boolean;
  /** Sensitive through the open end of Art. 28's list ("etc."). */
  art28Etc: boolean;
  custom: boolean;
  /** The categories.sensitive patterns that cover it. */
  policy: string[];
  minor: boolean;
}

function sensitivityOf(id: string, env: HoverEnv, minor: boolean): Sensitivity {
  const def = env.taxonomy.get(id);
  return {
    art28: !!def?.sensitive && !!def.art28Kind,
    art28Etc: !!def?.sensitive && !!def.art28Etc,
    custom: !!def?.sensitive && !def.art28Kind && !def.art28Etc,
    policy: (env.policy?.categories.sensitive ?? []).filter((p) => matchesCategory(p, id)),
    minor,
  };
}

function isSensitive(s: Sensitivity): boolean {
  return s.art28 || s.art28Etc || s.custom || s.policy.length > 0 || s.minor;
}

export function categoryHover(id: string, span: Span, env: HoverEnv, ctx: CategoryContext): HoverResult {
  const { lang, taxonomy } = env;
  const doc = new HoverDoc(lang);
  if (!taxonomy.knows(id)) return { markdown: unknownCategory(id, doc, env), span };

  const group = taxonomy.isGroup(id);
  const members = taxonomy.expand(id);
  doc.heading(both(taxonomy.label(id), lang));
  const custom = !group && !taxonomy.isBuiltin(id);
  doc.para(
    code(id) +
      (group ? tr(lang, ` · group of ${members.length} categories`, ` · 类别组，共 ${members.length} 个类别`) : '') +
      (custom ? tr(lang, ' · custom category from the policy', ' · 政策文件中的自定义类别') : ''),
  );

  const sens = new Map(members.map((m) => [m, sensitivityOf(m, env, ctx.minor)]));
  const sensitiveMembers = members.filter((m) => isSensitive(sens.get(m)!));

  if (group) {
    doc.section('Members', '包含的类别');
    for (const m of members) {
      const mark = isSensitive(sens.get(m)!) ? tr(lang, ' — **sensitive**', ' — **敏感**') : '';
      doc.bullet(`${code(m)} ${both(taxonomy.label(m), lang)}${mark}`);
    }
  }

  // Sensitivity and why.
  if (sensitiveMembers.length) {
    doc.section(
      group ? 'Sensitive personal information among its members' : 'Sensitive personal information',
      group ? '其中包含敏感个人信息' : '敏感个人信息',
    );
    const kinds = new Map<string, string>();
    for (const m of sensitiveMembers) {
      const d = taxonomy.get(m);
      if (sens.get(m)!.art28 && d?.art28Kind) kinds.set(d.art28Kind.en, d.art28Kind[lang]);
    }
    if (kinds.size) {
      doc.bullet(tr(lang, `A kind named in ${doc.cite(ART28)}: ${[...kinds.values()].join(', ')}`, `属于${doc.cite(ART28)}所列：${[...kinds.values()].join('、')}`));
    }
    const open = new Map<string, string>();
    for (const m of sensitiveMembers) {
      const why = sens.get(m)!.art28Etc ? taxonomy.get(m)?.art28Etc : undefined;
      if (why) open.set(why.en, why[lang]);
    }
    for (const why of open.values()) doc.bullet(tr(lang, `Sensitive under ${doc.cite(ART28)}: ${why}`, `依据${doc.cite(ART28)}：${why}`));
    if (ctx.minor) {
      doc.bullet(
        tr(
          lang,
          `${code('subject=minor')} on this tag: all personal information of minors under 14 is sensitive (${doc.cite(ART28)})`,
          `本标签标注了 ${code('subject=minor')}：不满十四周岁未成年人的全部个人信息均属敏感个人信息（${doc.cite(ART28)}）`,
        ),
      );
    }
    const marked = [...new Set(sensitiveMembers.flatMap((m) => sens.get(m)!.policy))];
    if (marked.length && env.policy) {
      doc.bullet(
        tr(
          lang,
          `The policy marks it sensitive (${code('categories.sensitive')}${colon(lang)}${marked.map(code).join(', ')})`,
          `政策文件将其标注为敏感个人信息（${code('categories.sensitive')}：${marked.map(code).join('、')}）`,
        ),
      );
    }
    if (sensitiveMembers.some((m) => sens.get(m)!.custom)) {
      doc.bullet(tr(lang, `A custom category the policy marks ${code('sensitive: true')}`, `政策文件中标注为 ${code('sensitive: true')} 的自定义类别`));
    }
  } else {
    doc.section('Not sensitive', '非敏感个人信息');
    doc.bullet(
      tr(
        lang,
        `Not a kind named in ${doc.cite(ART28)}, and the policy does not mark it sensitive`,
        `不属于${doc.cite(ART28)}所列的敏感个人信息种类，政策文件也未将其标注为敏感`,
      ),
    );
  }
  // What the current recommended national standard verifiably says of it: guidance, not law.
  const guidance = [...new Set((group ? members : [id]).flatMap((m) => taxonomy.get(m)?.guidance ?? []))];
  if (guidance.length) {
    doc.section('National standard (recommended, not law)', '国家标准（推荐性，非法律）');
    for (const line of standardGuidance(guidance, lang)) doc.bullet(line);
  }

  obligations(doc, sensitiveMembers.length > 0, ctx);
  policySection(doc, members, env, ctx);
  return { markdown: doc.render(), span };
}

function obligations(doc: HoverDoc, sensitive: boolean, ctx: CategoryContext): void {
  const { lang } = doc;
  doc.section('Obligations', '处理义务');
  if (sensitive) {
    doc.bullet(tr(lang, `Only for a specific purpose, when sufficiently necessary, under strict protection (${doc.cite(C(28))})`, `仅在具有特定目的和充分必要性、并采取严格保护措施时处理（${doc.cite(C(28))}）`));
    doc.bullet(tr(lang, `Separate consent of the individual (${doc.cite(C(29))})`, `取得个人的单独同意（${doc.cite(C(29))}）`));
    doc.bullet(tr(lang, `Extra notice: why it is necessary and how it affects the individual (${doc.cite(C(30))})`, `额外告知处理的必要性以及对个人权益的影响（${doc.cite(C(30))}）`));
    doc.bullet(tr(lang, `Impact assessment before processing (${doc.cite(C(55))})`, `事前进行个人信息保护影响评估（${doc.cite(C(55))}）`));
  }
  if (ctx.minor) {
    doc.bullet(tr(lang, `Consent of a parent or guardian, and dedicated processing rules (${doc.cite(C(31))})`, `取得父母或者其他监护人的同意，并制定专门的处理规则（${doc.cite(C(31))}）`));
  }
  doc.bullet(tr(lang, `A legal basis (${doc.cite(C(13))})`, `具备合法性基础（${doc.cite(C(13))}）`));
  doc.bullet(tr(lang, `Notice of purpose, method, categories and retention period (${doc.cite(C(17))})`, `告知处理目的、处理方式、个人信息种类和保存期限（${doc.cite(C(17))}）`));
  doc.bullet(tr(lang, `Kept no longer than the purpose needs (${doc.cite(C(19))})`, `保存期限为实现处理目的所必要的最短时间（${doc.cite(C(19))}）`));
  if (sensitive && ctx.crossBorder) {
    const item4: Citation = { law: 'CBDF2024', article: 5, item: '(4)' };
    doc.bullet(tr(lang, `Sent abroad, sensitive PI is outside the under-100,000 exemption (${doc.cite(item4)})`, `向境外提供敏感个人信息不适用不满10万人的豁免（${doc.cite(item4)}）`));
  }
}

function purposeLine(p: Purpose, lang: 'en' | 'zh', covered?: string): string {
  const bits = [
    p.basis ? `${tr(lang, 'basis', '合法性基础')} ${code(p.basis)}` : tr(lang, 'no basis', '未设合法性基础'),
    p.retention ? `${tr(lang, 'retention', '保存期限')} ${code(p.retention)}` : tr(lang, 'no retention', '未设保存期限'),
  ];
  return `${code(p.id)} — ${bits.join(tr(lang, ', ', '，'))}${covered ?? ''}`;
}

function destinationName(d: Destination, lang: 'en' | 'zh'): string {
  const country = countryName(d.country ?? d.id, lang);
  return country ? `${code(d.id)} (${country})` : code(d.id);
}

function policySection(doc: HoverDoc, members: string[], env: HoverEnv, ctx: CategoryContext): void {
  const { lang, policy } = env;
  if (!policy) {
    doc.section('Policy', '政策文件');
    doc.bullet(tr(lang, 'No privacy-policy.yaml found: checked against the law only', '未找到 privacy-policy.yaml：仅按法律检查'));
    return;
  }
  doc.section(`Policy (${policyName(policy)})`, `政策文件（${policyName(policy)}）`);
  const count = (covered: string[]): string => (members.length > 1 ? ` (${covered.length}/${members.length})` : '');

  // categories.allow
  const allow = policy.categories.allow;
  if (!allow) {
    doc.bullet(tr(lang, `No ${code('categories.allow')} list: every category is allowed`, `未设 ${code('categories.allow')}：允许处理所有类别`));
  } else {
    const allowed = members.filter((m) => allow.some((p) => matchesCategory(p, m)));
    const patterns = allow.filter((p) => members.some((m) => matchesCategory(p, m)));
    if (allowed.length === members.length) {
      doc.bullet(tr(lang, `Allowed by ${code('categories.allow')} (${patterns.map(code).join(', ')})`, `${code('categories.allow')} 允许处理（${patterns.map(code).join('、')}）`));
    } else if (allowed.length === 0) {
      doc.bullet(tr(lang, `**Not allowed**: not in ${code('categories.allow')}`, `**不允许处理**：不在 ${code('categories.allow')} 中`));
    } else {
      const missing = members.filter((m) => !allowed.includes(m));
      doc.bullet(tr(lang, `Partly allowed by ${code('categories.allow')}; not allowed: ${joinCapped(missing.map(code), lang)}`, `${code('categories.allow')} 仅允许部分类别；不允许：${joinCapped(missing.map(code), lang)}`));
    }
  }

  // The hovered tag's own purpose.
  if (ctx.purposeId) {
    const p = ctx.purpose;
    if (!p) {
      doc.bullet(tr(lang, `This tag's purpose ${code(ctx.purposeId)} is not defined in the policy`, `本标签的目的 ${code(ctx.purposeId)} 未在政策文件中定义`));
    } else if (p.categories) {
      const cats = p.categories;
      const covered = members.filter((m) => cats.some((pat) => matchesCategory(pat, m)));
      doc.bullet(
        covered.length === members.length
          ? tr(lang, `Covered by this tag's purpose ${code(p.id)}`, `在本标签的目的 ${code(p.id)} 的范围内`)
          : tr(lang, `**Outside** this tag's purpose ${code(p.id)}${count(covered)} (${doc.cite(C(6))})`, `**超出**本标签的目的 ${code(p.id)} 的范围${count(covered)}（${doc.cite(C(6))}）`),
      );
    }
  }

  // Purposes whose categories cover it.
  const purposes = [...policy.purposes.values()]
    .map((p) => ({ p, covered: members.filter((m) => (p.categories ?? []).some((pat) => matchesCategory(pat, m))) }))
    .filter((x) => x.covered.length > 0);
  if (purposes.length) {
    doc.bullet(tr(lang, 'Purposes that allow it:', '允许处理它的目的：'));
    for (const { p, covered } of purposes.slice(0, 8)) doc.sub(purposeLine(p, lang, count(covered)));
    if (purposes.length > 8) doc.sub(tr(lang, `and ${purposes.length - 8} more`, `另有 ${purposes.length - 8} 个目的`));
  } else {
    doc.bullet(tr(lang, "No purpose's categories list it", '没有任何目的的 categories 包含它'));
  }

  // Destinations that may receive it.
  const dests = [...policy.crossBorder.destinations.values()].filter((d) => (d.categories ?? []).some((pat) => members.some((m) => matchesCategory(pat, m))));
  if (dests.length) {
    doc.bullet(tr(lang, `May be sent abroad to: ${joinCapped(dests.map((d) => destinationName(d, lang)), lang)}`, `可向境外提供至：${joinCapped(dests.map((d) => destinationName(d, lang)), lang)}`));
  } else if (policy.crossBorder.destinations.size) {
    doc.bullet(tr(lang, 'No destination in the policy lists it for transfer abroad', '政策文件中没有目的地列出此类别出境'));
  }
  if (ctx.crossBorder) {
    const d = ctx.crossBorder.destination;
    if (d?.categories) {
      const cats = d.categories;
      const covered = members.filter((m) => cats.some((pat) => matchesCategory(pat, m)));
      doc.bullet(
        covered.length === members.length
          ? tr(lang, `Listed for destination ${code(d.id)}`, `目的地 ${code(d.id)} 的 categories 包含它`)
          : tr(lang, `**Not listed** for destination ${code(d.id)}${count(covered)}`, `目的地 ${code(d.id)} 的 categories **不包含**它${count(covered)}`),
      );
    }
  }
}

function unknownCategory(id: string, doc: HoverDoc, env: HoverEnv): string {
  const { lang, taxonomy } = env;
  doc.heading(code(id));
  doc.para(
    tr(
      lang,
      `**Unknown category**: not a built-in category or group${env.policy ? ", nor in the policy's " + code('categories.custom') : ''}.`,
      `**未知类别**：不是内置类别或类别组${env.policy ? '，也不在政策文件的 ' + code('categories.custom') + ' 中' : ''}。`,
    ),
  );
  const near = closest(id, [...taxonomy.ids, ...taxonomy.groupIds]);
  if (near.length) doc.para(tr(lang, `Did you mean ${near.map(code).join(' or ')}?`, `是否应为 ${near.map(code).join(' 或 ')}？`));
  return doc.render();
}
