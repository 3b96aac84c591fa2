/** A commented starter policy, in the user's language; every value is valid against the schema. */

/** `# <comment>` in the user's language. */
export function comment(lang: 'en' | 'zh', en: string, zh: string): string {
  return `# ${lang === 'zh' ? zh : en}`;
}

/** The opening every starter policy shares: version, handler, CIIO status and what every tag must state. */
export function policyPreamble(lang: 'en' | 'zh', handler: string): string[] {
  const c = (en: string, zh: string) => comment(lang, en, zh);
  return [
    'version: 1',
    `handler: ${JSON.stringify(handler)}   ${c('the personal information handler', '个人信息处理者')}`,
    `ciio: false   ${c('critical information infrastructure operator? (PIPL Art. 40)', '是否为关键信息基础设施运营者（《个人信息保护法》第四十条）')}`,
    '',
    c('What every @personalData tag must state (directly or through its purpose).', '每个 @personalData 标签必须说明的内容（直接写明或通过其目的）。'),
    'require:',
    '  purpose: true',
    '  legalBasis: true',
    '  retention: true',
    `  impactAssessment: [sensitive, crossBorder]   ${c('PIPL Art. 55', '《个人信息保护法》第五十五条')}`,
    '',
  ];
}
export function policyTemplate(lang: 'en' | 'zh', handler = 'Example Co., Ltd.'): string {
  const zh = lang === 'zh';
  const c = (en: string, cn: string) => comment(lang, en, cn);
  return [
    c('Policy file of Privacy Annotations: @personalData / @crossBorder tags and PIPL are checked against it.', 'Privacy Annotations 的政策文件：据此检查 @personalData / @crossBorder 标签，并对照《个人信息保护法》。'),
    c('It is not the privacy notice shown to individuals (PIPL Art. 17).', '它不是向个人公开的个人信息处理规则（隐私政策，《个人信息保护法》第十七条）。'),
    c('Every section is optional. Reference: docs/rules/README.md', '所有部分都是可选的。说明见 docs/rules/README.md'),
    ...policyPreamble(lang, handler),
    'categories:',
    `  ${c('Categories the project may process; remove to allow the whole taxonomy.', '项目可以处理的类别；删除此项则允许全部内置类别。')}`,
    '  allow: [identity.*, contact.*, account.*, device.*]',
    `  ${c('Treat these as sensitive too (PIPL Art. 28 kinds always are).', '同样视为敏感个人信息的类别（《个人信息保护法》第二十八条列明的类别始终敏感）。')}`,
    '  sensitive: [identity.idNumber]',
    '',
    c('Processing purposes, referred to by purpose= in tags.', '处理目的，在标签中以 purpose= 引用。'),
    'purposes:',
    '  account:',
    `    description: ${zh ? '创建和运营用户账户' : 'Create and run the customer account'}`,
    '    basis: contract',
    '    categories: [identity.name, contact.*, account.*]',
    '    retention: 3y',
    '',
    c('Transfers out of mainland China (PIPL Arts. 38-40; CBDF2024).', '向中国境外提供个人信息（第三十八条至第四十条；《促进和规范数据跨境流动规定》）。'),
    'crossBorder:',
    '  importantData: false',
    `  ${c('Provided abroad since 1 January of this year: individuals = individuals whose non-sensitive PI was provided,', '自当年1月1日起累计向境外提供：individuals 为提供了个人信息（不含敏感个人信息）的人数，')}`,
    `  ${c('sensitiveIndividuals = individuals whose sensitive PI was provided (counted apart; CBDF2024 Arts. 5, 7, 8).', 'sensitiveIndividuals 为提供了敏感个人信息的人数（分别计算；《促进和规范数据跨境流动规定》第五条、第七条、第八条）。')}`,
    '  volume: { individuals: 0, sensitiveIndividuals: 0 }',
    '  destinations: {}',
    '',
    c('Severity overrides: error | warning | info | off', '规则级别覆盖：error | warning | info | off'),
    'rules: {}',
    '',
  ].join('\n');
}
