/** Hover for the tag names @personalData / @crossBorder: the syntax in short, with the keys. */
import { type Citation, keysFor, type Span, syntaxLine, type TagName } from '../engine/index';
import { HoverDoc, code, esc, tr, type HoverResult, type Lang, colon } from './hoverMarkdown';

const PIPL = (article: number): Citation => ({ law: 'PIPL', article });

const EXAMPLE: Record<TagName, string> = {
  personalData: '@personalData contact.phone, identity.name purpose=account retention=3y',
  crossBorder: '@crossBorder SG recipient=acme mechanism=standard-contract categories=identity.name,contact.phone consent=separate',
};

export function syntaxHover(tag: TagName, span: Span, lang: Lang): HoverResult {
  const doc = new HoverDoc(lang);
  doc.heading(`@${tag}`);
  doc.para(code(syntaxLine(tag)));
  if (tag === 'personalData') {
    doc.para(
      tr(
        lang,
        'Declares the personal information this declaration holds or processes. Categories are built-in ids (`contact.phone`), groups (`contact`) or custom ids from the policy, separated by commas.',
        '声明此处的声明所保存或处理的个人信息。类别为内置标识（`contact.phone`）、类别组（`contact`）或政策文件中的自定义标识，以逗号分隔。',
      ),
    );
  } else {
    doc.para(
      tr(
        lang,
        'Declares that this code provides personal information abroad. The destination is an ISO 3166-1 code (`SG`, `US`, `HK`...) or a destination id from the policy; one tag per destination.',
        '声明此处的代码向境外提供个人信息。目的地为 ISO 3166-1 代码（`SG`、`US`、`HK` 等）或政策文件中的目的地标识；每个目的地写一个标签。',
      ),
    );
  }
  doc.section('Keys', '键');
  for (const k of keysFor(tag)) {
    const values = k.values ? `: ${k.values.map((v) => code(v.id)).join(', ')}` : '';
    doc.bullet(`${code(k.key)} — ${esc(k.label[lang])}${values}`);
  }
  doc.para(`${tr(lang, 'Example', '示例')}${colon(lang)}${code(EXAMPLE[tag])}`);
  if (tag === 'personalData') doc.cite(PIPL(13), PIPL(17), PIPL(19), PIPL(28));
  else doc.cite(PIPL(38), PIPL(39), PIPL(40));
  return { markdown: doc.render(), span };
}
