/** Completion of the tag name after '@': @personalData and @crossBorder, with their syntax. */
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver';
import { type Localized, syntaxLine, TAG_NAMES, type TagName } from '../../engine/index';
import { L, TRIGGER_SUGGEST, type Ctx } from './request';

const TAG_DOCS: Record<TagName, { detail: Localized; doc: Localized }> = {
  personalData: {
    detail: L('Personal information held or processed here', '此处保存或处理的个人信息'),
    doc: L(
      'Declares the personal information this declaration holds or processes (PIPL Art. 4). Categories come first, then key=value pairs. Sensitive categories (Art. 28) need a specific purpose and separate consent (Art. 29).',
      '声明此处（字段、函数等）保存或处理的个人信息（《个人信息保护法》第四条）。先写类别，再写 key=value。敏感个人信息（第二十八条）须有特定目的并取得单独同意（第二十九条）。',
    ),
  },
  crossBorder: {
    detail: L('Personal information provided outside mainland China', '向境外提供个人信息'),
    doc: L(
      'Marks code that provides personal information to a recipient outside mainland China (PIPL Art. 38). The destination is an ISO 3166-1 code (SG, US…) or a destination from the policy; one tag per destination.',
      '标注向中华人民共和国境外提供个人信息的代码（《个人信息保护法》第三十八条）。目的地为 ISO 3166-1 代码（SG、US 等）或政策文件中的目的地；每个目的地写一个标签。',
    ),
  },
};

/** The tag names, replacing text[start, end); with a snippet when the rest of the line is blank. */
export function tagNameItems(ctx: Ctx, start: number, end: number, lineEnd: number): CompletionItem[] {
  const range = ctx.range(start, end);
  const restBlank = ctx.text.slice(end, lineEnd).trim() === '';
  return TAG_NAMES.map((tag, i) => {
    const d = TAG_DOCS[tag];
    const item: CompletionItem = {
      label: tag,
      kind: CompletionItemKind.Keyword,
      detail: ctx.t(d.detail),
      documentation: ctx.md(`\`${syntaxLine(tag)}\`\n\n${ctx.t(d.doc)}`),
      filterText: tag,
      sortText: String(i),
      textEdit: { range, newText: tag },
    };
    if (restBlank) {
      const withPurpose = tag === 'personalData' && (ctx.policy?.purposes.size ?? 0) > 0;
      item.textEdit = { range, newText: withPurpose ? `${tag} \${1} purpose=\${2}` : `${tag} \${1}` };
      item.insertTextFormat = InsertTextFormat.Snippet;
      item.command = TRIGGER_SUGGEST;
    }
    return item;
  });
}
