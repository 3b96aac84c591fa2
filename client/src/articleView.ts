/** "Show PIPL article": a quick pick of all 74 articles in both languages, opened as a readable Markdown preview. */
import * as vscode from 'vscode';
import { PIPL_ARTICLES, toChineseNumeral } from '../../server/src/engine/data';

export class ArticleView implements vscode.TextDocumentContentProvider {
  static readonly scheme = 'pipl-article';

  constructor(private readonly lang: 'en' | 'zh') {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    const n = Number(/(\d+)/.exec(uri.path)?.[1]);
    const a = PIPL_ARTICLES.find((x) => x.article === n);
    if (!a) return `# PIPL\n\nNo article ${n}.`;
    const first = this.lang === 'zh' ? 'zh' : 'en';
    const second = first === 'zh' ? 'en' : 'zh';
    return [
      `# ${this.lang === 'zh' ? `第${toChineseNumeral(a.article)}条` : `PIPL Art. ${a.article}`} · ${a.title[first]}`,
      '',
      `*${a.title[second]}* — ${a.chapter[first]}`,
      '',
      a.summary[first],
      '',
      '---',
      '',
      a.summary[second],
      '',
      `*${this.lang === 'zh' ? '本摘要为概括性说明，不是法律条文原文。' : 'This summary is our own wording, not the text of the law.'}*`,
    ].join('\n');
  }

  async pickAndShow(article?: number): Promise<void> {
    let n = article;
    if (n === undefined) {
      const items = PIPL_ARTICLES.map((a) => ({
        label: `${a.article}. ${a.title.zh} · ${a.title.en}`,
        description: a.chapter[this.lang],
        detail: a.summary[this.lang],
        article: a.article,
      }));
      const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('PIPL article (number, Chinese or English title)'), matchOnDescription: true, matchOnDetail: true });
      if (!picked) return;
      n = picked.article;
    }
    const uri = vscode.Uri.from({ scheme: ArticleView.scheme, path: `/PIPL-article-${n}.md` });
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  }
}
