/** The sentences a hover shows for a destination and for a piece of evidence, in English and Chinese. */
import type { Localized } from '../types';
import { countryName } from '../geo/countries';
import { BUILTIN_CATEGORIES } from '../taxonomy/builtin';

/** "Singapore (SG)", "mainland China", or a destination id of the policy. */
export function placeName(destination: string): Localized {
  if (destination === 'domestic' || destination === 'CN') return { en: 'mainland China', zh: '中国境内' };
  const en = countryName(destination, 'en');
  const zh = countryName(destination, 'zh');
  if (en && zh) return { en: `${en} (${destination})`, zh: `${zh}（${destination}）` };
  return { en: `the policy's destination "${destination}"`, zh: `政策文件中的目的地“${destination}”` };
}

const LABELS = new Map(BUILTIN_CATEGORIES.map((c) => [c.id, c.label]));

/** "contact.email (email address)" / "contact.email（电子邮箱）" */
export function categoryText(category: string): Localized {
  const l = LABELS.get(category);
  return l ? { en: `${category} (${l.en.toLowerCase()})`, zh: `${category}（${l.zh}）` } : { en: category, zh: category };
}

export const R = {
  policyHost: (i: number, host: string, dest: string): Localized => ({
    en: `The policy's crossBorder.hosts[${i}] sends ${host} to ${placeName(dest).en}.`,
    zh: `政策文件 crossBorder.hosts[${i}] 将 ${host} 对应到${placeName(dest).zh}。`,
  }),
  policyEnv: (i: number, env: string, dest: string): Localized => ({
    en: `The policy's crossBorder.hosts[${i}] says the environment variable ${env} points to ${placeName(dest).en}.`,
    zh: `政策文件 crossBorder.hosts[${i}] 声明环境变量 ${env} 指向${placeName(dest).zh}。`,
  }),
  policyPackage: (i: number, pkg: string, dest: string): Localized => ({
    en: `The policy's crossBorder.hosts[${i}] sends what ${pkg} sends to ${placeName(dest).en}.`,
    zh: `政策文件 crossBorder.hosts[${i}] 将 ${pkg} 发送的数据对应到${placeName(dest).zh}。`,
  }),
  vendorHost: (host: string, vendor: string, dest: string, source: string): Localized => ({
    en: `${host} is a host of ${vendor}, which processes data in ${placeName(dest).en} by default (${vendor}: "${source}").`,
    zh: `${host} 是 ${vendor} 的服务地址，${vendor} 默认在${placeName(dest).zh}处理数据（${vendor}：“${source}”）。`,
  }),
  vendorDefault: (vendor: string, dest: string, host: string | undefined, source: string): Localized => ({
    en: `Nothing in the code sets a host or region: ${vendor} processes data in ${placeName(dest).en} by default${host ? ` (${host})` : ''} (${vendor}: "${source}").`,
    zh: `代码未设置服务地址或地域：${vendor} 默认在${placeName(dest).zh}处理数据${host ? `（${host}）` : ''}（${vendor}：“${source}”）。`,
  }),
  regionOption: (option: string, region: string, dest: string, source: string): Localized => ({
    en: `The client's ${option} option is ${region}, a region in ${placeName(dest).en} ("${source}").`,
    zh: `客户端的 ${option} 选项为 ${region}，该地域位于${placeName(dest).zh}（“${source}”）。`,
  }),
  regionHost: (host: string, region: string, dest: string): Localized => ({
    en: `The host ${host} names the region ${region}, in ${placeName(dest).en}.`,
    zh: `服务地址 ${host} 含地域 ${region}，位于${placeName(dest).zh}。`,
  }),
  ccTld: (host: string, tld: string, dest: string): Localized => ({
    en: `The host ${host} has the country-code domain .${tld}: ${placeName(dest).en}.`,
    zh: `服务地址 ${host} 使用国家和地区顶级域名 .${tld}：${placeName(dest).zh}。`,
  }),
  internalHost: (host: string, why: Localized): Localized => ({
    en: `${host} is ${why.en}: the data stays inside the network, this is not a transfer.`,
    zh: `${host} 是${why.zh}：数据不离开内部网络，不构成出境提供。`,
  }),
  inProcess: (vendor: string): Localized => ({
    en: `${vendor} runs in the process: nothing leaves it, this is not a transfer.`,
    zh: `${vendor} 在本进程内运行：数据不离开进程，不构成出境提供。`,
  }),
  relative: (): Localized => ({
    en: 'A relative URL goes to the application\'s own server: this is not a transfer.',
    zh: '相对 URL 指向应用自身的服务器，不构成出境提供。',
  }),
  fromEnv: (env: string): Localized => ({
    en: `Where this call goes comes from the environment variable ${env}; a crossBorder.hosts entry "env: ${env}" in the policy can say where it points.`,
    zh: `此调用的目标来自环境变量 ${env}；可在政策文件的 crossBorder.hosts 中添加“env: ${env}”条目说明其指向。`,
  }),
  unknownValue: (what: string): Localized => ({
    en: `Where this call goes depends on ${what}; nothing in the code says where, so it is not guessed.`,
    zh: `此调用的目标取决于 ${what}；代码中没有写明，因此不作推测。`,
  }),
  unknownHost: (host: string): Localized => ({
    en: `The host ${host} belongs to no catalogued vendor and has no country-code domain: where it is cannot be told from the code.`,
    zh: `服务地址 ${host} 不属于已收录的服务商，也没有国家和地区顶级域名：无法从代码判断其所在地。`,
  }),
  ipHost: (host: string): Localized => ({
    en: `${host} is a public IP address: where it is cannot be told from the code.`,
    zh: `${host} 是公网 IP 地址：无法从代码判断其所在地。`,
  }),
  unknownRegion: (region: string, family: string | undefined): Localized => ({
    en: `The region ${region} is not in the ${family ?? 'known'} region list, so where it is is not guessed.`,
    zh: `地域 ${region} 不在${family ? ` ${family} ` : '已知'}地域列表中，因此不作推测。`,
  }),
  needsConfig: (vendor: string, env: string[] | undefined): Localized => ({
    en: `${vendor} has no default location, and nothing in the code sets its region or host${env?.length ? ` (the SDK reads ${env.join(', ')})` : ''}.`,
    zh: `${vendor} 没有默认所在地，代码也未设置其地域或服务地址${env?.length ? `（SDK 读取 ${env.join('、')}）` : ''}。`,
  }),
};

export const INTERNAL_WHY: Record<string, Localized> = {
  'a private-network name': { en: 'a name that resolves only on a private network', zh: '仅在内部网络可解析的主机名' },
  'a loopback address': { en: 'a loopback address', zh: '本机回环地址' },
  'a private address': { en: 'a private address', zh: '私有网络地址' },
  'a link-local address': { en: 'a link-local address', zh: '链路本地地址' },
  'an unspecified address': { en: 'an unspecified address', zh: '未指定地址' },
  'a single-label name': { en: 'a single-label name, which resolves only on a private network', zh: '单标签主机名（仅在内部网络可解析）' },
};
