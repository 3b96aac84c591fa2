/** Egress discovery: where an outbound call goes, from every source, and what is internal or unresolved. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSource } from '../../../server/src/engine/extract/extractTags';
import { exportedConstant, type EgressDestination, type HostRule, type ImportedConstant } from '../../../server/src/engine/egress/index';
import { egress, single, textAt } from './helpers';

function fetchTo(url: string, before = ''): EgressDestination {
  return single(egress(`${before}export async function f(body: unknown) {\n  await fetch(${url}, { method: 'POST', body });\n}\n`), 'fetch').destination;
}

function where(d: EgressDestination): string {
  return d.status === 'resolved' ? `${d.destination} by ${d.by}` : d.status;
}

const TWILIO = `import twilio from 'twilio';\nconst client = twilio(SID, TOKEN);\nexport const notify = (phone: string) => client.messages.create({ to: phone, body: 'hi' });\n`;

describe('the policy decides first (crossBorder.hosts as plain data)', () => {
  const hosts: HostRule[] = [
    { host: '*.internal.example.com', destination: 'domestic' },
    { package: 'twilio', destination: 'us-sms' },
    { env: 'ANALYTICS_URL', destination: 'SG' },
  ];

  test('a host glob', () => {
    const d = single(egress(`fetch('https://api.internal.example.com/x', init);\n`, { hosts }), 'fetch').destination;
    assert.equal(where(d), 'domestic by policy-host');
    assert.equal(d.domestic, true);
    assert.equal(d.policyEntry, 0);
    assert.match(d.reason.en, /crossBorder\.hosts\[0\]/);
    assert.match(d.reason.zh, /crossBorder\.hosts\[0\]/);
  });

  test("a host glob also matches a vendor's own hosts when the code names none", () => {
    const d = single(egress(TWILIO, { hosts: [{ host: '*.twilio.com', destination: 'US' }] }), 'twilio').destination;
    assert.equal(where(d), 'US by policy-host');
    assert.equal(d.host, 'api.twilio.com');
  });

  test('a package, over the vendor default; the destination id is passed on for the rules to look up', () => {
    const d = single(egress(TWILIO, { hosts }), 'twilio').destination;
    assert.equal(where(d), 'us-sms by policy-package');
    assert.equal(d.country, undefined, 'a policy destination id is not an ISO code');
  });

  test('an environment variable a URL comes from', () => {
    const d = single(egress(`fetch(process.env.ANALYTICS_URL + '/collect', init);\n`, { hosts }), 'fetch').destination;
    assert.equal(where(d), 'SG by policy-env');
    assert.equal(d.country, 'SG');
    assert.deepEqual(d.env, ['ANALYTICS_URL']);
  });

  test('an environment variable the SDK reads its region from (TWILIO_REGION)', () => {
    const d = single(egress(TWILIO, { hosts: [{ env: 'TWILIO_REGION', destination: 'IE' }] }), 'twilio').destination;
    assert.equal(where(d), 'IE by policy-env');
  });
});

describe('vendors', () => {
  test('the vendor default when nothing is configured, with its documentation title', () => {
    const d = single(egress(TWILIO), 'twilio').destination;
    assert.equal(where(d), 'US by vendor-default');
    assert.equal(d.host, 'api.twilio.com');
    assert.deepEqual(d.vendor, { id: 'twilio', name: 'Twilio' });
    assert.match(d.reason.en, /Twilio.*United States \(US\).*"Messages resource"/);
  });

  test('a vendor host called with plain HTTP names the vendor as recipient', () => {
    const d = fetchTo(`'https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json'`);
    assert.equal(where(d), 'US by vendor-host');
    assert.equal(d.vendor?.name, 'Twilio');
  });

  test('an SDK needing configuration and given none is unresolved, naming the environment it reads', () => {
    const d = single(egress(`import { SESClient } from '@aws-sdk/client-ses';\nnew SESClient({}).send(cmd);\n`), 'aws-ses').destination;
    assert.equal(d.status, 'unresolved');
    assert.deepEqual(d.env, ['AWS_REGION']);
    assert.match(d.reason.en, /AWS_REGION/);
  });
});

describe('cloud regions, each family read through regions.json', () => {
  test('AWS: ap-southeast-1 is SG, cn-north-1 is domestic, ap-east-1 is HK (not domestic)', () => {
    const ses = (region: string) => single(egress(`import { SESClient } from '@aws-sdk/client-ses';\nconst ses = new SESClient({ region: ${region} });\nses.send(cmd);\n`), 'aws-ses').destination;
    assert.equal(where(ses(`'ap-southeast-1'`)), 'SG by region-option');
    assert.equal(where(ses(`'cn-north-1'`)), 'domestic by region-option');
    assert.equal(where(ses(`'ap-east-1'`)), 'HK by region-option');
    const d = ses(`'eu-west-1'`);
    assert.equal(d.region, 'eu-west-1');
    assert.match(d.reason.en, /region option is eu-west-1.*Ireland/);
  });

  test('Aliyun: oss-cn-hangzhou is domestic, oss-ap-southeast-1 is SG (through the oss- prefix)', () => {
    const oss = (region: string) => single(egress(`import OSS from 'ali-oss';\nconst store = new OSS({ region: '${region}', bucket: 'b' });\nstore.put('k', data);\n`), 'ali-oss').destination;
    assert.equal(where(oss('oss-cn-hangzhou')), 'domestic by region-option');
    assert.equal(where(oss('oss-ap-southeast-1')), 'SG by region-option');
    assert.equal(oss('oss-ap-southeast-1').region, 'ap-southeast-1');
  });

  test('Tencent Cloud: ap-singapore is SG, ap-guangzhou domestic', () => {
    const sms = (region: string) => single(egress(`import * as tc from 'tencentcloud-sdk-nodejs';\nconst Client = tc.sms.v20210111.Client;\nnew Client({ region: '${region}' }).SendSms(req);\n`), 'tencentcloud-sms').destination;
    assert.equal(where(sms('ap-singapore')), 'SG by region-option');
    assert.equal(where(sms('ap-guangzhou')), 'domestic by region-option');
  });

  test('GCP (location asia-southeast1) and Azure (location southeastasia)', () => {
    const gcp = single(egress(`import { VertexAI } from '@google-cloud/vertexai';\nconst m = new VertexAI({ project: 'p', location: 'asia-southeast1' }).getGenerativeModel({ model: 'x' });\nm.generateContent(prompt);\n`), 'vertex-ai');
    assert.equal(where(gcp.destination), 'SG by region-option');
    const azure = single(egress(`import { StoreClient } from '@azure/example-store';\nnew StoreClient({ location: 'westeurope' }).upload(doc);\n`), 'azure-example-store');
    assert.equal(where(azure.destination), 'NL by region-option');
  });

  test('a region string of another family, or none known, is not guessed', () => {
    const d = single(egress(`import OSS from 'ali-oss';\nnew OSS({ region: 'asia-southeast1' }).put('k', data);\n`), 'ali-oss').destination;
    assert.equal(d.status, 'unresolved');
    assert.match(d.reason.en, /asia-southeast1 is not in the aliyun region list/);
  });

  test('a region inside a vendor host: oss-ap-southeast-1.aliyuncs.com, s3.eu-west-2.amazonaws.com', () => {
    const oss = single(egress(`import OSS from 'ali-oss';\nnew OSS({ endpoint: 'https://oss-ap-southeast-1.aliyuncs.com' }).put('k', data);\n`), 'ali-oss').destination;
    assert.equal(where(oss), 'SG by region-host');
    assert.equal(where(fetchTo(`'https://my-bucket.s3.eu-west-2.amazonaws.com/key'`)), 'GB by region-host');
  });

  test('a vendor host that does not say its region (sms.tencentcloudapi.com): the region option decides', () => {
    const code = `import * as tc from 'tencentcloud-sdk-nodejs';\nconst Client = tc.sms.v20210111.Client;\nnew Client({ region: 'ap-singapore', profile: { httpProfile: { endpoint: 'sms.tencentcloudapi.com' } } }).SendSms(req);\n`;
    const d = single(egress(code), 'tencentcloud-sms').destination;
    assert.equal(where(d), 'SG by region-option');
    assert.equal(d.host, 'sms.tencentcloudapi.com');
  });
});

describe('hosts and URLs', () => {
  test('a country-code domain; generic ones (.io .ai .co .me .tv) and plain gTLDs say nothing', () => {
    assert.equal(where(fetchTo(`'https://api.example.co.jp/v1'`)), 'JP by cctld');
    assert.equal(where(fetchTo(`'https://shop.example.uk/x'`)), 'GB by cctld');
    assert.equal(where(fetchTo(`'https://api.example.cn/x'`)), 'domestic by cctld');
    assert.equal(where(fetchTo(`'https://example.com.hk/x'`)), 'HK by cctld');
    for (const tld of ['io', 'ai', 'co', 'me', 'tv', 'com', 'dev', 'app']) {
      const d = fetchTo(`'https://api.example.${tld}/x'`);
      assert.equal(d.status, 'unresolved', tld);
      assert.equal(d.host, `api.example.${tld}`);
    }
  });

  test('a template string with a constant head, a concatenation, new URL(path, base)', () => {
    assert.equal(where(fetchTo('`https://api.example.de/users/${id}`')), 'DE by cctld');
    assert.equal(where(fetchTo(`'https://api.example.fr/users/' + id`)), 'FR by cctld');
    assert.equal(where(fetchTo(`new URL('/v1/users', 'https://api.example.es')`)), 'ES by cctld');
    // The host itself is not known: `https://${tenant}.example.de` says nothing certain.
    assert.equal(fetchTo('`https://${tenant}.example.de/x`').status, 'unresolved');
  });

  test('constants of the same module, also through an object literal', () => {
    const d = fetchTo(`\`\${API}/users\``, `const API = 'https://api.example.pl';\n`);
    assert.equal(where(d), 'PL by cctld');
    const code = `const config = { endpoints: { crm: 'https://crm.example.at' } };\n`;
    assert.equal(where(fetchTo(`config.endpoints.crm + '/x'`, code)), 'AT by cctld');
    assert.equal(where(fetchTo(`\`\${BASE}/x\``, `const { BASE } = { BASE: 'https://x.example.be' };\n`)), 'BE by cctld');
  });

  test('a constant imported from another module, through the resolver the caller passes', () => {
    const config = parseSource(`export const CRM_URL = 'https://crm.example.dk';\nconst internal = 'http://10.0.0.5';\nexport { internal as LEGACY };\n`, '/project/src/config.ts');
    const calls: string[] = [];
    const importedConstant: ImportedConstant = (specifier, name, from) => {
      calls.push(`${specifier}#${name}`);
      assert.equal(from, '/project/src/sample.ts');
      return specifier === './config' ? exportedConstant(config, name) : undefined;
    };
    const code = `import { CRM_URL, LEGACY } from './config';\nfetch(\`\${CRM_URL}/contacts\`, init);\nfetch(LEGACY + '/x', init);\n`;
    const [crm, legacy] = egress(code, { importedConstant });
    assert.equal(where(crm.destination), 'DK by cctld');
    assert.equal(legacy.destination.status, 'internal');
    assert.deepEqual(calls, ['./config#CRM_URL', './config#LEGACY']);
    // Without a resolver the import stays unknown.
    assert.match(egress(code)[0].destination.reason.en, /imported from \.\/config/);
  });

  test('a relative URL joined to the client base URL; a relative URL alone is internal', () => {
    const code = `import axios from 'axios';\nconst api = axios.create({ baseURL: 'https://crm.example.com.br' });\nexport const save = (c: unknown) => api.post('/contacts', c);\nexport const local = (c: unknown) => axios.post('/api/contacts', c);\n`;
    const [save, local] = egress(code);
    assert.equal(where(save.destination), 'BR by cctld');
    assert.equal(local.destination.status, 'internal');
    assert.match(local.destination.reason.en, /relative URL/);
  });

  test('localhost, loopback, private, link-local, IPv6 and private-network names are internal', () => {
    for (const url of ['http://localhost:3000/x', 'http://127.0.0.1/x', 'http://10.1.2.3/x', 'http://172.20.0.1/x', 'http://192.168.1.9/x',
      'http://169.254.169.254/latest', 'http://[::1]:8080/x', 'http://[fd12:3456::1]/x', 'http://[fe80::1]/x', 'http://user-service:8080/x',
      'http://db.internal/x', 'http://printer.local/x', '/api/x', './x', '?page=2']) {
      const d = fetchTo(`'${url}'`);
      assert.equal(d.status, 'internal', url);
      assert.equal(d.by, 'internal');
    }
    assert.equal(fetchTo(`'http://172.32.0.1/x'`).status, 'unresolved', '172.32/12 is public');
    assert.match(fetchTo(`'http://203.0.113.7/x'`).reason.en, /public IP address/);
  });

  test('a host from process.env (or import.meta.env) is unresolved and names the variable', () => {
    for (const [url, env] of [['process.env.CRM_URL', 'CRM_URL'], [`process.env['HOOK']`, 'HOOK'], ['`${process.env.API_BASE}/users`', 'API_BASE'], ['import.meta.env.VITE_API', 'VITE_API'], [`process.env.URL ?? 'https://a.example.de'`, 'URL']]) {
      const d = fetchTo(url);
      assert.equal(d.status, 'unresolved', url);
      assert.deepEqual(d.env, [env]);
      assert.match(d.reason.en, new RegExp(`environment variable ${env}`));
    }
  });

  test('a config object, a parameter or a call result is unresolved, saying what it depends on', () => {
    const param = single(egress(`export const f = (url: string) => fetch(url, init);\n`), 'fetch').destination;
    assert.equal(param.status, 'unresolved');
    assert.match(param.reason.en, /the parameter url/);
    assert.match(fetchTo('config.crmUrl').reason.en, /config\.crmUrl/);
    assert.match(fetchTo('endpointFor(user)').reason.en, /result of a call/);
  });

  test('the span of what decided it, for a hover', () => {
    const code = `const API = 'https://api.example.pl';\nfetch(API + '/x', init);\n`;
    const d = single(egress(code), 'fetch').destination;
    assert.equal(textAt(code, d.span!), `API + '/x'`);
  });

  test('a host option: nodemailer host, database-like connection strings, an unknown public host', () => {
    const mail = (host: string) => single(egress(`import nodemailer from 'nodemailer';\nconst t = nodemailer.createTransport({ host: ${host} });\nt.sendMail(msg);\n`), 'nodemailer').destination;
    assert.equal(where(mail(`'smtp.example.ch'`)), 'CH by cctld');
    assert.equal(mail(`'mail'`).status, 'internal');
    assert.equal(mail(`'smtp.mailhost.com'`).status, 'unresolved');
    assert.equal(where(fetchTo(`'postgres://app:secret@db.example.se:5432/shop'`)), 'SE by cctld');
  });

  test('URL sharing on a client: a WebSocket send and an XMLHttpRequest send go where the client connects', () => {
    const code = `const ws = new WebSocket('wss://live.example.kr');\nws.send(data);\nconst xhr = new XMLHttpRequest();\nxhr.open('POST', 'http://192.168.0.2/x');\nxhr.send(data);\n`;
    const calls = egress(code);
    assert.equal(where(single(calls, 'websocket', 'WebSocket.send').destination), 'KR by cctld');
    assert.equal(single(calls, 'xml-http-request', 'XMLHttpRequest.send').destination.status, 'internal');
  });
});
