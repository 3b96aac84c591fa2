import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'cross-border-domestic-destination',
    defaultSeverity: 'info',
    title: { en: '@crossBorder names a destination in mainland China', zh: '@crossBorder 的目的地位于中国境内' },
    citations: [],
    needsPolicy: false,
    suppressible: true,
    fixAll: false,
    unnecessary: true,
  },
  domesticTransfer: (t, ctx) => {
    ctx.report({
      span: t.destinationWord.span,
      message: {
        en: `${t.destinationWord.text === 'CN' ? 'CN is domestic' : `"${t.destinationWord.text}" is in mainland China (CN)`}: this is not a transfer out of mainland China, so @crossBorder does not apply; remove the tag or name the real destination. (Hong Kong, Macao and Taiwan are written HK, MO and TW; in CAC practice transfers to them are handled as outbound.)`,
        zh: `${t.destinationWord.text === 'CN' ? 'CN 位于境内' : `“${t.destinationWord.text}”位于中国境内（CN）`}：这不是向中国境外提供个人信息，@crossBorder 不适用；请删除该标签或写明实际目的地。（香港、澳门、台湾分别写作 HK、MO、TW；在网信部门的实践中，向其提供个人信息按出境处理。）`,
      },
    });
  },
};
