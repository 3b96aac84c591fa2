/**
 * The vocabulary of the personal-data detector: English words and abbreviations, pinyin (full and
 * initials) and Chinese terms, each mapped to a category id of the built-in taxonomy with a weight,
 * plus the words that neutralise or qualify them. Data only; detect.ts and the evidence files it reads
 * (nameEvidence.ts, chineseEvidence.ts, docEvidence.ts, typeEvidence.ts) do the reasoning.
 *
 * Weights are the confidence of a term standing alone as the head of a name ("phone", "sfzh").
 * Ambiguous terms ("name", "address", "mobile", "ip", "image") get low weights and reach the
 * threshold only with context: a person word before them (customerName), a person owner
 * (name in interface User), a booster (shippingAddress, clientIp), the type or the documentation.
 */

export interface Term {
  /** Lowercase word sequence as produced by splitWords ("id card", "shoujihao"). */
  words: string[];
  category: string;
  weight: number;
  /** How the term is written, for the explanation. */
  kind: 'en' | 'pinyin' | 'initials';
  /** The Chinese word a pinyin term stands for. */
  zh?: string;
  /** Following words that make an ambiguous term clear, and the weight it then has (face + image). */
  strong?: { suffixes: readonly string[]; weight: number };
  /** Following words that keep the meaning, beyond the shared data suffixes (fingerprint + template). */
  suffixes?: readonly string[];
  /** Preceding words that make it clear (shipping + address, client + ip). */
  boosters?: readonly string[];
  boost?: number;
  /** Boost from a person word before it in the name (customer + name). */
  personBoost?: number;
  /** Boost from a person owner (name in interface User), or from one of ownerWords. */
  ownerBoost?: number;
  ownerWords?: readonly string[];
  /** Only ownerWords clear it; a person owner alone gives the default boost (transcript in Student vs in Customer). */
  ownerWordsOnly?: boolean;
  /** Owner words that turn it into something else (a vehicle's driving license). */
  ownerKills?: readonly string[];
  /** Preceding words that turn it into something else, beyond the shared ones (cert + fingerprint). */
  kills?: readonly string[];
  /** Its category inside an address record (city in CustomerAddress is part of the address, on a profile a coarse location). */
  inAddress?: string;
  /** Following words that make the name about another thing (address + id is a key, not an address). */
  notAfter?: readonly string[];
  /** Added when the type is `string`: "mobile: string" is a number to call, "mobile: boolean" a device class. */
  stringBoost?: number;
  /** A plain `number` type is plausible (phone stored as number, height, credit score). */
  numeric?: boolean;
  /** The flag itself is personal data: survives `boolean` and is/has prefixes (isPregnant). */
  attribute?: boolean;
  /** Too common a word to anchor the prefilter; the term then needs an anchored booster or owner. */
  common?: boolean;
}

type Opts = Partial<Omit<Term, 'words' | 'category' | 'weight' | 'kind'>>;

const T: Term[] = [];
function add(kind: Term['kind'], words: string, category: string, weight: number, opts: Opts = {}): void {
  T.push({ words: words.split(' '), category, weight, kind, ...opts });
}
const en = (w: string, c: string, weight: number, o?: Opts) => add('en', w, c, weight, o);
const py = (w: string, zh: string, c: string, weight: number, o?: Opts) => add('pinyin', w, c, weight, { zh, ...o });
const ini = (w: string, zh: string, c: string, weight: number, o?: Opts) => add('initials', w, c, weight, { zh, ...o });

const NAME = 'identity.name';
const IDNO = 'identity.idNumber';
const BIRTH = 'identity.birthDate';
const GENDER = 'identity.gender';
const PHOTO = 'identity.photo';
const PHONE = 'contact.phone';
const EMAIL = 'contact.email';
const ADDR = 'contact.address';
const ACCOUNT = 'account.id';
const CRED = 'account.credential';
const DEVICE = 'device.id';
const IP = 'device.ip';
const ACTIVITY = 'online.activity';
const TRACK = 'location.track';
const COARSE = 'location.coarse';
const CONTENT = 'communication.content';
const CONTACTS = 'communication.contacts';
const JOB = 'employment.record';
const EDU = 'education.record';
const FACE = 'biometric.face';
const FINGER = 'biometric.fingerprint';
const VOICE = 'biometric.voiceprint';
const IRIS = 'biometric.iris';
const BIO = 'biometric.other';
const RELIGION = 'religion.belief';
const SPECIAL = 'specificIdentity.status';
const MEDICAL = 'health.medical';
const PHYSIO = 'health.physiological';
const FIN_ACCOUNT = 'financial.account';
const FIN_TX = 'financial.transaction';
const CREDIT = 'financial.credit';

// ---------------------------------------------------------------- shared word classes

/** Words naming a person or a person's role; before a term or in its owner they make it personal. */
export const PERSON_WORDS: ReadonlySet<string> = new Set([
  'user', 'users', 'customer', 'customers', 'cust', 'member', 'members', 'person', 'persons', 'people', 'personal',
  'profile', 'contact', 'receiver', 'recipient', 'consignee', 'sender', 'buyer', 'payer', 'payee', 'holder',
  'cardholder', 'patient', 'patients', 'employee', 'employees', 'staff', 'emp', 'student', 'students', 'teacher',
  'applicant', 'candidate', 'passenger', 'guest', 'driver', 'rider', 'courier', 'author', 'guardian',
  'father', 'mother', 'spouse', 'kids', 'emergency', 'worker', 'workers', 'insured', 'beneficiary',
  'borrower', 'subscriber', 'citizen', 'resident', 'lead', 'kyc', 'realname', 'consumer', 'traveler', 'traveller',
  'subscribers', 'inviter', 'invitee', 'invitees', 'assignee', 'reviewer', 'signer', 'signers', 'owner', 'actor',
  'kehu', 'yonghu', 'huiyuan', 'huanzhe', 'xuesheng', 'yuangong', 'renyuan', 'shouhuo', 'shoujian', 'shouhuoren',
  'shoujianren', 'lianxiren', 'lianxi', 'zhenshi', 'benren', 'kh', 'yh', 'hy', 'hz', 'lxr', 'sjr',
]);

/**
 * Person words that are also programming words: a class member, an ICE candidate, a DB driver, a parent node.
 * They count as a person only when no word of TECH_CONTEXT stands in the name or the owner.
 */
export const AMBIGUOUS_PERSON_WORDS: ReadonlySet<string> = new Set([
  'member', 'members', 'candidate', 'lead', 'author', 'driver', 'parent', 'child', 'holder', 'subscriber', 'visitor',
  'contact', 'sender', 'receiver', 'recipient', 'profile', 'client', 'worker', 'workers', 'subscribers', 'owner', 'actor',
]);

/** Ambiguous person words that, in a system's owner (a provider's credentials, a mailer), are the system itself. */
export const SYSTEM_ROLE_WORDS: ReadonlySet<string> = new Set(['sender', 'client', 'worker', 'workers', 'owner', 'actor']);
/** Owners that configure a system: a sender there is the system's (senderName in a provider's credentials). */
export const SYSTEM_OWNER_WORDS: ReadonlySet<string> = new Set([
  'config', 'configuration', 'conf', 'cfg', 'settings', 'options', 'opts', 'credentials', 'credential', 'smtp', 'mailer',
  'integration', 'integrations', 'provider', 'providers', 'connection', 'transport', 'transporter', 'env',
]);

/** Words before an ambiguous person word that make it a kind of thing: ShippingProfile, ColorProfile, NetworkProfile. */
export const THING_QUALIFIERS: ReadonlySet<string> = new Set([
  'shipping', 'color', 'colour', 'tax', 'network', 'performance', 'power', 'risk', 'print', 'audio', 'video', 'camera',
  'device', 'browser', 'build', 'test', 'cpu', 'memory', 'sso', 'deployment', 'aws', 'icc', 'speed', 'price', 'pricing',
]);
export const TECH_CONTEXT: ReadonlySet<string> = new Set([
  'enum', 'tuple', 'class', 'type', 'interface', 'struct', 'union', 'module', 'exports', 'export', 'static',
  'instance', 'expression', 'access', 'signature', 'declaration', 'property', 'method', 'field', 'symbol', 'node',
  'ast', 'function', 'object', 'ice', 'rtc', 'peer', 'sdp', 'completion', 'suggestion', 'compiler', 'checker',
  'factory', 'named', 'jsdoc', 'tree', 'dom', 'element', 'process', 'thread', 'worker', 'observable', 'subscription',
  'stream', 'queue', 'topic', 'channel', 'pubsub', 'redux', 'database', 'db', 'jdbc', 'odbc', 'sql', 'mysql',
  'postgres', 'redis', 'mongo', 'kafka', 'mq', 'rabbit', 'event', 'events', 'message', 'messages', 'signal', 'port',
  'pipe', 'socket', 'frame', 'window', 'widget', 'component', 'layer', 'scene', 'graph', 'edge', 'vertex', 'syntax',
  'token', 'parser', 'lexer', 'scanner', 'emitter', 'walker', 'plugin', 'loader', 'bundle', 'chunk',
  'webpack', 'rollup', 'vite', 'babel', 'eslint', 'lint', 'rule', 'cpu', 'gpu', 'kernel', 'platform',
  'macro', 'cursor', 'selection', 'range', 'mutation', 'observer', 'server', 'http', 'request', 'response', 'mail',
  'smtp', 'email', 'sms', 'rpc', 'grpc', 'profiler', 'profiling', 'performance', 'perf', 'cpuprofile', 'heap',
]);

/**
 * An owner whose last word is one of these maps field names to something about the fields (form errors,
 * labels, validation rules): `interface SignupErrors { email?: string }` holds a message, not an email.
 */
export const META_OWNER_HEADS: ReadonlySet<string> = new Set([
  'errors', 'error', 'errs', 'labels', 'label', 'placeholders', 'placeholder', 'hints', 'hint', 'messages', 'msgs',
  'rules', 'validators', 'validations', 'validation', 'touched', 'dirty', 'visibility', 'tooltips', 'tips', 'columns',
  'i18n', 'translations', 'titles', 'formatters', 'patterns', 'regexes', 'masks', 'icons', 'styles', 'classes',
  'widths', 'keys', 'flags', 'toggles', 'permissions', 'scopes', 'mappings', 'headers', 'sorts', 'filters',
]);

/** Sibling names (as split words) that make a password a service's: a mail server's, a provider's credentials. */
export const SERVICE_SIBLINGS: ReadonlySet<string> = new Set([
  'host', 'hostname', 'port', 'smtp host', 'smtp port', 'api key', 'secret key', 'access key', 'access key id', 'account sid',
  'auth token', 'base url', 'endpoint', 'api url', 'webhook url',
]);

/** Blockchain words: where they stand (owner, siblings, type), an "address" is a wallet's or a contract's. */
export const CRYPTO_WORDS: ReadonlySet<string> = new Set([
  'chain', 'chains', 'token', 'tokens', 'wallet', 'wallets', 'tx', 'txs', 'txhash', 'gas', 'nonce', 'block', 'blocks',
  'contract', 'contracts', 'evm', 'eth', 'ether', 'ethereum', 'wei', 'gwei', 'abi', 'erc', 'erc20', 'erc721', 'nft', 'nfts',
  'defi', 'swap', 'stake', 'staking', 'gauge', 'gauges', 'liquidity', 'mint', 'signer', 'solana', 'bitcoin', 'btc',
  'usdt', 'usdc', 'onchain', 'web3', 'dapp', 'lamports', 'calldata', 'bytecode', 'hex', 'viem', 'ethers', 'blockchain',
  'crypto', 'coin', 'coins', 'vault', 'bridge', 'relayer', 'validator', 'multisig', 'safe', 'dao', 'airdrop',
]);

/** Words that end type names without naming the thing (UserInfoVo, CreateMemberInput): skipped to find the owner's head noun. */
export const GENERIC_OWNER_SUFFIXES: ReadonlySet<string> = new Set([
  'dto', 'vo', 'bo', 'po', 'do', 'vm', 'entity', 'info', 'data', 'request', 'req', 'response', 'resp', 'res', 'input', 'output',
  'params', 'param', 'form', 'model', 'record', 'detail', 'details', 'payload', 'body', 'schema', 'document', 'doc', 'row',
  'item', 'type', 'props', 'state', 'result', 'view', 'base', 'create', 'update', 'edit', 'new', 'query', 'args', 'fields',
  'attributes', 'attrs', 'json', 'object', 'obj', 'dao', 'table', 'i', 'xx', 'xinxi',
]);

/** Owners that are things or infrastructure: an ambiguous term on them is not personal data. */
export const NON_PERSON_OWNER_WORDS: ReadonlySet<string> = new Set([
  'config', 'configuration', 'conf', 'cfg', 'options', 'opts', 'settings', 'setting', 'server', 'service', 'instance',
  'product', 'products', 'sku', 'goods', 'item', 'shop', 'store', 'warehouse', 'company', 'merchant', 'tenant', 'org',
  'organization', 'bank', 'job', 'posting', 'movie', 'hotel', 'element', 'component', 'props', 'canvas', 'edge',
  'node', 'vector', 'semver', 'version', 'descriptor', 'breakpoints', 'breakpoint', 'theme', 'menu', 'dataset',
  'geometry', 'mesh', 'mailer', 'smtp', 'db', 'database', 'connection', 'pool', 'cache', 'queue',
  'cluster', 'site', 'dept', 'department', 'role', 'attribution', 'currency', 'socket', 'listen', 'net',
  'network', 'proxy', 'parcel', 'package', 'button', 'column', 'table', 'layout', 'style',
  'button', 'widget', 'chart', 'axis', 'plugin', 'module', 'file', 'image', 'font', 'window', 'screen', 'media',
  'dict', 'enum', 'xmgl', 'xiangmu', 'shangpin', 'dianpu', 'gongsi', 'shangjia',
  'script', 'tag', 'doc', 'jsdoc', 'typedef', 'symbol', 'syntax', 'token', 'declaration', 'compiler', 'program',
  'source', 'ast', 'factory', 'checker', 'emitter', 'printer', 'scanner', 'lexer', 'transformer', 'plugin',
  'test', 'context', 'suite', 'spec', 'metadata', 'meta', 'country', 'region', 'city', 'language', 'locale',
  'currency', 'timezone', 'key', 'cert', 'certificate', 'tls', 'ssl', 'pfx', 'pxf', 'pem', 'keystore', 'truststore',
  'project', 'repository', 'repo', 'extension', 'publisher', 'translation', 'release', 'build', 'pipeline',
  'cipher', 'decipher', 'crypto', 'scrypt', 'pbkdf2', 'keygen', 'proxy', 'tunnel',
  // What a workspace tool holds besides its people: teams, apps and integrations, templates, notifications.
  'team', 'teams', 'workspace', 'workspaces', 'organisation', 'organisations', 'organizations', 'orgs', 'group', 'groups',
  'client', 'clients', 'oauth', 'app', 'apps', 'application', 'applications', 'integration', 'integrations',
  'installation', 'installations', 'webhook', 'webhooks', 'bot', 'bots', 'template', 'templates', 'channel', 'channels',
  'notification', 'notifications', 'preview', 'stock', 'inventory', 'provider', 'providers',
]);
// Generic words (info, data, detail, dto) carry no signal either way and are not listed.

/** Words before a term that keep it what it is (maskedName, encryptedPhone, newPassword). */
export const TRANSPARENT_MODIFIERS: ReadonlySet<string> = new Set([
  'masked', 'encrypted', 'enc', 'hashed', 'raw', 'plain', 'formatted', 'normalized', 'normalised', 'verified', 'confirmed',
  'new', 'old', 'current', 'original', 'primary', 'secondary', 'backup', 'alternate', 'alt', 'full', 'real', 'true', 'legal',
  'desensitized', 'tuomin', 'decrypted', 'cleaned', 'trimmed', 'parsed', 'validated', 'registered', 'bound',
]);

/** Words after a term that keep it personal data: "phone number", "idCardFrontUrl", "emailHash". */
export const DATA_SUFFIXES: ReadonlySet<string> = new Set([
  'no', 'nos', 'num', 'number', 'numbers', 'nr', 'value', 'val', 'str', 'string', 'text', 'txt', 'raw', 'plain',
  'encrypted', 'enc', 'encrypt', 'cipher', 'ciphertext', 'hash', 'hashed', 'digest', 'md5', 'sha1', 'sha256',
  'masked', 'data', 'info', 'detail', 'details', 'list', 'arr', 'array', 'set', 'url', 'uri', 'urls', 'img', 'image',
  'images', 'pic', 'pics', 'picture', 'photo', 'photos', 'file', 'files', 'path', 'front', 'back', 'line', 'lines',
  'id', 'hao', 'haoma', 'ma', 'jilu', 'xinxi', 'baogao', 'zheng', 'record', 'records', 'history', 'level', 'obj',
  'bytes', 'buffer', 'blob', 'base64', 'b64', 'json', 'copy', 'snapshot', 'cn', 'en', 'zh', 'old', 'new', 'prev',
  'original', 'orig', 'confirm', 'full', 'main', 'primary', 'secondary', 'alt', 'backup', 'other', 'home', 'work',
  'personal', 'private', 'mobile', 'fixed', 'one', 'two', 'tp', 'zp', 'sn', 'dto', 'vo', 'entity', 'position', 'coordinates', 'coords', 'point', 'files',
]);

/**
 * Words that, coming after a term, make the name about something else: the head of the compound
 * (emailTemplate, phoneFormatRegex, addressBar, passwordPolicy, ipVersion).
 */
export const NEUTRAL_HEADS: ReadonlySet<string> = new Set([
  'template', 'templates', 'tpl', 'tmpl', 'moban', 'regex', 'regexp', 're', 'reg', 'pattern', 'patterns', 'zhengze',
  'format', 'formats', 'formatter', 'fmt', 'geshi', 'validator', 'validators', 'validation', 'validate', 'valid',
  'invalid', 'jiaoyan', 'rule', 'rules', 'policy', 'policies', 'enabled', 'enable', 'disabled', 'disable',
  'visible', 'visibility', 'hidden', 'show', 'verified', 'verify', 'verification', 'required', 'optional',
  'placeholder', 'label', 'labels', 'title', 'hint', 'tip', 'tips', 'tooltip', 'help', 'helper', 'error', 'errors',
  'err', 'message', 'msg', 'field', 'fields', 'input', 'inputs', 'column', 'col', 'cols', 'type', 'types',
  'leixing', 'kind', 'category', 'count', 'counts', 'cnt', 'length', 'len', 'size', 'min', 'max', 'limit',
  'limits', 'maximum', 'minimum', 'config', 'conf', 'cfg', 'configuration', 'options', 'option', 'opts',
  'settings', 'setting', 'service', 'svc', 'provider', 'providers', 'api', 'endpoint', 'server', 'host', 'port',
  'handler', 'listener', 'callback', 'cb', 'hook', 'component', 'modal', 'dialog', 'button', 'btn', 'page',
  'route', 'router', 'view', 'screen', 'layout', 'menu', 'bar', 'panel', 'tab', 'icon', 'style', 'styles',
  'class', 'classname', 'width', 'height', 'color', 'colour', 'font', 'index', 'idx', 'offset', 'prefix',
  'suffix', 'mask', 'masks', 'changed', 'change', 'changes', 'state', 'status', 'zhuangtai', 'mode', 'flag',
  'flags', 'toggle', 'switch', 'kaiguan', 'schema', 'parser', 'parse', 'space', 'family', 'channel', 'version',
  'ver', 'range', 'whitelist', 'blacklist', 'allowlist', 'blocklist', 'breakpoint', 'breakpoints', 'queue',
  'job', 'worker', 'alphabet', 'expires', 'expiry', 'expiration', 'expire', 'at', 'time', 'date', 'timestamp',
  'updated', 'created', 'modified', 'sent', 'taken', 'exists', 'available', 'unique', 'strength', 'reset',
  'attempts', 'retries', 'tries', 'threshold', 'timeout', 'interval', 'delay', 'ttl', 'duration', 'period',
  'cache', 'lookup', 'table', 'lang', 'locale', 'code', 'codes', 'country', 'area', 'zone', 'normalizer',
  'normalize', 'sanitizer', 'mapper', 'builder', 'factory', 'generator', 'gen', 'mock', 'stub', 'spec', 'test',
  'example', 'sample', 'demo', 'default', 'editor', 'picker', 'selector', 'select', 'dropdown', 'autocomplete',
  'widget', 'verifier', 'checker', 'check', 'matcher', 'match', 'extractor', 'detector', 'detection',
  'recognition', 'recognizer', 'score', 'ratio', 'rate', 'percent', 'pixel', 'memory', 'orientation', 'model',
  'brand', 'vendor', 'os', 'platform', 'resolution', 'login', 'register', 'registration', 'signin', 'signup',
  'auth', 'bound', 'binding', 'subject', 'body', 'content', 'header', 'footer', 'campaign', 'domain', 'search',
  'filter', 'query', 'sort', 'asc', 'desc', 'suggestion', 'suggestions', 'completion', 'dataset', 'normal',
  'policy', 'salt', 'rounds', 'link', 'links', 'key', 'keys', 'regexes', 'enum', 'dict', 'map', 'util', 'utils',
  'lib', 'module', 'plugin', 'middleware', 'guard', 'pipe', 'filter', 'interceptor', 'strategy', 'sender',
  'reminder', 'notification', 'notifications', 'notify', 'events', 'event', 'log', 'logs', 'logger', 'metrics',
  'metric', 'stats', 'stat', 'chart', 'report', 'reports', 'export', 'import', 'upload', 'uploader', 'download',
  'preview', 'thumbnail', 'visible', 'editable', 'readonly', 'disabled', 'loading', 'loaded', 'pending', 'ready',
  'jpg', 'png', 'gif', 'svg', 'mime', 'encoding', 'charset', 'algorithm', 'algo', 'cipher', 'iv', 'salt',
  'options', 'dimension', 'dimensions', 'tag', 'tags', 'jiekou', 'fuwu', 'peizhi', 'leixing', 'mingcheng',
  'weight', 'point', 'points', 'pointer', 'vertex', 'vertices', 'uv', 'uvs', 'material', 'materials', 'geometry',
  'collection', 'provider', 'registry', 'manager', 'mgr', 'controller', 'ctrl', 'store', 'slice', 'reducer',
  'action', 'actions', 'selector', 'listeners', 'subscriber', 'observer', 'emitter', 'stream', 'socket', 'connection',
  'pool', 'client', 'driver', 'adapter', 'transport', 'transporter', 'whitelisted', 'blocked', 'banned', 'allowed',
  'mapping', 'column', 'columns', 'def', 'definition', 'descriptor', 'meta', 'metadata', 'book',
]);

/** Words before a term that make the name a flag, an operation or a setting (isMobile, showPassword, maxNameLength). */
export const FLAG_PREFIXES: ReadonlySet<string> = new Set([
  'is', 'has', 'have', 'should', 'can', 'could', 'will', 'did', 'does', 'was', 'were', 'show', 'hide', 'enable',
  'disable', 'enabled', 'disabled', 'allow', 'allowed', 'need', 'needs', 'require', 'requires', 'required', 'use',
  'on', 'handle', 'validate', 'valid', 'invalid', 'format', 'parse', 'get', 'set', 'fetch', 'load', 'check',
  'verify', 'toggle', 'send', 'reset', 'forgot', 'forget', 'update', 'max', 'min', 'num', 'count', 'total',
  'default', 'mock', 'mocked', 'fake', 'sample', 'test', 'dummy', 'example', 'demo', 'placeholder', 'missing', 'empty',
  'unique', 'duplicate', 'no', 'without', 'with', 'shifou', 'sf', 'if', 'when', 'maximum', 'minimum', 'remove',
  'delete', 'clear', 'add', 'create', 'edit', 'mask', 'encrypt', 'decrypt', 'hash', 'normalize', 'sanitize',
  'render', 'display', 'print', 'log', 'track', 'search', 'filter', 'sort', 'by', 'for', 'per', 'of',
  'include', 'exclude', 'skip', 'ignore', 'keep', 'want', 'wants', 'refresh', 'fix', 'apply', 'compute', 'calc',
  'calculate', 'resolve', 'find', 'build', 'make', 'do', 'run', 'process', 'convert', 'transform', 'merge', 'compare',
  'collect', 'extract', 'generate', 'lookup', 'query', 'request', 'submit', 'save', 'store', 'upload', 'download',
  'copy', 'read', 'write', 'open', 'close', 'select', 'choose', 'pick', 'unbind', 'change', 'modify', 'replace',
]);

/** Businesses, systems and places that have phones, names and addresses that are not personal data. */
export const BUSINESS_WORDS: ReadonlySet<string> = new Set([
  'company', 'corp', 'corporate', 'enterprise', 'org', 'organization', 'organisation', 'shop', 'store', 'merchant',
  'mch', 'vendor', 'warehouse', 'depot', 'office', 'service', 'support', 'official', 'platform',
  'site', 'app', 'application', 'brand', 'tenant', 'kefu', 'gongsi', 'dianpu', 'shangjia', 'shanghu', 'mendian',
  'cangku', 'qiye', 'jigou', 'xitong', 'pingtai', 'noreply', 'hotline', 'public', 'global', 'team', 'bot', 'robot',
  'server', 'host', 'cluster', 'product', 'hotel', 'file', 'module', 'package', 'table', 'column', 'field', 'class',
  'function', 'method', 'event', 'queue', 'bucket', 'cookie', 'header', 'node', 'tag', 'attr', 'attribute',
  'property', 'prop', 'key', 'type', 'enum', 'var', 'variable', 'param', 'arg', 'namespace', 'schema', 'repo',
  'branch', 'commit', 'project', 'xiangmu', 'category', 'dept', 'department', 'role', 'group', 'channel', 'topic',
  'bank', 'school', 'hospital', 'city', 'country', 'font', 'type', 'font', 'env', 'region', 'zone', 'cluster',
  'component', 'widget', 'plugin', 'api', 'job', 'task', 'step', 'stage', 'flow', 'process', 'thread', 'image',
  'video', 'audio', 'sound', 'icon', 'layer', 'sheet', 'tab', 'window', 'frame', 'label', 'button', 'menu',
  'route', 'page', 'view', 'screen', 'model', 'entity', 'index', 'db', 'database', 'display', 'script', 'symbol',
  'token', 'tag', 'test', 'spec', 'suite', 'fixture', 'host', 'domain', 'module', 'plugin', 'theme', 'layout',
]);
// 'display' is not a business, but "displayName" is most often a component's; person owners lift it.

/** Network, memory and code words: with them "address" and "ip" are not a person's (serverIp, memoryAddress). */
export const TECH_WORDS: ReadonlySet<string> = new Set([
  'server', 'host', 'local', 'localhost', 'bind', 'listen', 'proxy', 'gateway', 'base', 'memory', 'mem', 'contract',
  'wallet', 'token', 'return', 'ret', 'dns', 'smtp', 'target', 'source', 'src', 'dest', 'destination', 'start',
  'end', 'next', 'prev', 'physical', 'virtual', 'logical', 'offset', 'entry', 'load', 'jump', 'stack', 'heap',
  'pointer', 'ptr', 'broadcast', 'multicast', 'network', 'net', 'peer', 'upstream', 'downstream', 'node', 'cluster',
  'router', 'dhcp', 'nat', 'public', 'private', 'internal', 'external', 'vpc', 'subnet', 'lb', 'ingress', 'egress',
  'docker', 'container', 'pod', 'redis', 'mysql', 'db', 'database', 'mongo', 'kafka', 'rpc', 'grpc', 'api', 'web',
  'http', 'https', 'ws', 'socket', 'service', 'backend', 'frontend', 'origin', 'cdn', 'dev', 'prod', 'staging',
  'ipv', 'vm', 'machine', 'instance', 'allowed', 'trusted', 'fuwuqi', 'neicun', 'jiekou', 'bus', 'io', 'mmio',
  'instruction', 'code', 'data', 'func', 'function', 'program', 'page', 'frame', 'segment',
  // Lists that filter requests are configuration (denyIPAddressList, blockedIps).
  'deny', 'denied', 'block', 'blocked', 'ban', 'banned', 'allow', 'allowlist', 'blocklist', 'whitelist', 'blacklist',
  'exclude', 'excluded', 'ignore', 'ignored', 'reserved',
]);

/** Senders and systems: with them an email is not a person's (systemEmail, noreplyEmail, alertEmail). */
const EMAIL_KILLS: ReadonlySet<string> = new Set([
  'system', 'sys', 'from', 'noreply', 'sender', 'reply', 'bounce', 'smtp', 'admin', 'ops', 'alert', 'alerts',
  'notification', 'webmaster', 'postmaster',
]);

/** Words before any term of a category that make it not a person's, beyond each term's own kills. */
export const CATEGORY_KILLS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [IP, TECH_WORDS],
  [ADDR, TECH_WORDS],
  [EMAIL, EMAIL_KILLS],
]);

/** Device and network identifiers live in technical owners (Socket, Device): such an owner does not weaken them. */
export const DEVICE_CATEGORIES: ReadonlySet<string> = new Set([DEVICE, IP]);

/** Categories whose values are plausibly plain numbers (for evidence without a term: Chinese docs). */
export const NUMERIC_CATEGORIES: ReadonlySet<string> = new Set([
  GENDER,
  PHONE, PHYSIO, CREDIT, FIN_TX, FIN_ACCOUNT,
  JOB, EDU, BIRTH, TRACK, COARSE, ACCOUNT,
]);

/** Type names (or their last word) that say the declaration is not a value holding personal data. */
export const NEUTRAL_TYPE_HEADS: ReadonlySet<string> = new Set([
  'regexp', 'element', 'ref', 'refobject', 'node', 'component', 'fc', 'group', 'control', 'fn', 'service', 'client',
  'emitter', 'queue', 'transporter', 'strategy', 'static', 'device', 'face', 'surface', 'balancer', 'track', 'voice',
  'transaction', 'renderer', 'provider', 'config', 'options', 'validator', 'template', 'policy', 'history',
  'location', 'function', 'vector', 'matrix', 'def', 'column', 'field', 'builder', 'factory', 'logger', 'handler',
  'listener', 'controller', 'router', 'module', 'plugin', 'mode', 'settings', 'schema', 'regex', 'pattern',
  'formatter', 'parser', 'request', 'response', 'promise', 'observable', 'subject', 'signal', 'store', 'repository',
  'repo', 'manager', 'connection', 'pool', 'socket', 'stream', 'channel', 'worker', 'thread', 'timer', 'interval',
  'ipcrenderer', 'ipcmain', 'telemetry', 'sampler', 'texture', 'geometry', 'material', 'mesh', 'font', 'fontface',
]);

/**
 * Names of slots in type-level maps (`{ CustomerAddress: { dto: CustomerAddressDTO } }` in a service's generic): their
 * type names the data, but nothing holds it.
 */
export const TYPE_SLOT_NAMES: ReadonlySet<string> = new Set(['dto', 'dtos', 'vo', 'bo', 'po', 'entity', 'model', 'schema', 'type', 'types']);

/** Built-in and utility type names (lowercased), which say nothing about what a value holds. */
export const PRIMITIVE_TYPE_NAMES: ReadonlySet<string> = new Set([
  'string', 'number', 'boolean', 'null', 'undefined', 'bigint', 'symbol', 'object', 'unknown', 'any',
  'never', 'void', 'array', 'readonlyarray', 'record', 'partial', 'readonly', 'required', 'pick', 'omit', 'date', 'true', 'false',
  'uint8array', 'float32array', 'float64array', 'int32array', 'arraybuffer', 'buffer', 'blob', 'file', 'bytes',
]);

// ---------------------------------------------------------------- the terms

// Names: "name" alone is a file's, a product's, a component's. Person words and owners make it a person's.
en('name', NAME, 0.15, { personBoost: 0.5, ownerBoost: 0.5, common: true });
for (const w of ['first', 'last', 'full', 'real', 'given', 'family', 'middle', 'legal', 'true', 'chinese', 'english', 'maiden', 'birth']) {
  en(`${w} name`, NAME, 0.85);
}
en('display name', NAME, 0.3, { ownerBoost: 0.35 });
en('nick name', NAME, 0.8);
en('nickname', NAME, 0.8);
en('surname', NAME, 0.85);
en('forename', NAME, 0.85);
en('fullname', NAME, 0.85);
en('realname', NAME, 0.85);
en('firstname', NAME, 0.85);
en('lastname', NAME, 0.85);
en('cardholder', NAME, 0.6);
en('payee', NAME, 0.45, { ownerBoost: 0.2 });
en('cert name', NAME, 0.7);
en('acct name', NAME, 0.45, { ownerWords: ['bank', 'card', 'remit', 'withdraw', 'payee', 'acct'] });
en('account holder', NAME, 0.8);
py('xingming', '姓名', NAME, 0.95);
py('mingzi', '名字', NAME, 0.6, { ownerBoost: 0.2 });
py('zhenshixingming', '真实姓名', NAME, 0.95);
py('shouhuoren', '收货人', NAME, 0.85);
py('shoujianren', '收件人', NAME, 0.85);
py('lianxiren', '联系人', NAME, 0.75);
py('huming', '户名', NAME, 0.75);
ini('xm', '姓名', NAME, 0.3, { ownerBoost: 0.15 });
ini('lxr', '联系人', NAME, 0.5);
ini('sjr', '收件人', NAME, 0.45);

// Accounts. Surrogate keys (userId, customerId, uid) are deliberately absent: they sit in every table and are
// covered by the record's own annotation. Identifiers chosen by or tied to the person are here.
en('username', ACCOUNT, 0.75);
en('user name', ACCOUNT, 0.75);
en('login name', ACCOUNT, 0.8);
en('loginname', ACCOUNT, 0.8);
en('login id', ACCOUNT, 0.75);
en('account name', ACCOUNT, 0.55, { ownerBoost: 0.2 });
en('openid', ACCOUNT, 0.85);
en('open id', ACCOUNT, 0.8);
en('unionid', ACCOUNT, 0.85);
en('union id', ACCOUNT, 0.85);
en('alipay user id', ACCOUNT, 0.8);
en('wechat id', ACCOUNT, 0.75);
en('wechat', ACCOUNT, 0.35, { ownerBoost: 0.2 });
en('weixin', ACCOUNT, 0.35, { ownerBoost: 0.2 });
en('qq', ACCOUNT, 0.4, { ownerBoost: 0.15 });
en('qq number', ACCOUNT, 0.85);
en('qq no', ACCOUNT, 0.85);
en('twitter handle', ACCOUNT, 0.8);
// Social handles, where the owner is a person's social links.
const SOCIAL_OWNERS = ['social', 'socials', 'profile', 'contact', 'contacts', 'sns'];
for (const w of ['linkedin', 'github', 'twitter', 'facebook', 'instagram', 'weibo', 'douyin', 'tiktok', 'telegram', 'skype', 'line id']) {
  en(w, ACCOUNT, 0.3, { ownerWords: SOCIAL_OWNERS, ownerBoost: 0.4, ownerWordsOnly: true, common: true });
}
en('provider account id', ACCOUNT, 0.7);
py('weixinhao', '微信号', ACCOUNT, 0.85);
py('zhanghao', '账号', ACCOUNT, 0.6, { ownerBoost: 0.15 });
py('yonghuming', '用户名', ACCOUNT, 0.8);
ini('wxh', '微信号', ACCOUNT, 0.6);

// Credentials of a person (service secrets such as apiKey, clientSecret, jwtSecret are not personal data).
const CRED_SUFFIXES = ['secret'];
/** Passwords of systems, keys and certificates are not a person's. */
const SERVICE_CRED = ['certificate', 'cert', 'key', 'keystore', 'truststore', 'db', 'database', 'redis', 'mysql', 'postgres',
  'smtp', 'proxy', 'ftp', 'sftp', 'ssh', 'vpn', 'wifi', 'root', 'master', 'service', 'bind', 'jks', 'pfx', 'p12', 'zip', 'archive'];
/** Owners whose password is a system's: a mail server's, a provider integration's, a connection's. */
const SERVICE_CRED_OWNERS = ['config', 'configuration', 'conf', 'cfg', 'smtp', 'mailer', 'integration', 'integrations',
  'provider', 'providers', 'connection', 'datasource', 'proxy', 'transport', 'transporter'];
const PASSWORD_O: Opts = { kills: SERVICE_CRED, ownerKills: SERVICE_CRED_OWNERS };
en('password', CRED, 0.9, { suffixes: CRED_SUFFIXES, ...PASSWORD_O });
en('passwd', CRED, 0.85, PASSWORD_O);
en('pwd', CRED, 0.7, PASSWORD_O);
en('passphrase', CRED, 0.7, PASSWORD_O);
en('passcode', CRED, 0.75);
en('sms code', CRED, 0.75);
en('verification code', CRED, 0.75);
en('verify code', CRED, 0.75);
en('otp', CRED, 0.75, { suffixes: ['secret', 'code'] });
en('totp', CRED, 0.7, { suffixes: ['secret', 'code'] });
en('mfa secret', CRED, 0.75);
en('security answer', CRED, 0.8);
en('security question answer', CRED, 0.85);
en('transaction pin', CRED, 0.8);
en('payment pin', CRED, 0.8);
en('card pin', CRED, 0.8);
en('session key', CRED, 0.45);
py('mima', '密码', CRED, 0.85);
py('yanzhengma', '验证码', CRED, 0.75);
py('kouling', '口令', CRED, 0.7);

// Phones.
const PHONE_O: Opts = { numeric: true };
en('phone', PHONE, 0.85, PHONE_O);
en('phones', PHONE, 0.8, PHONE_O);
en('telephone', PHONE, 0.85, PHONE_O);
en('cellphone', PHONE, 0.85, PHONE_O);
en('cell phone', PHONE, 0.85, PHONE_O);
en('mobile', PHONE, 0.5, { numeric: true, ownerBoost: 0.2, personBoost: 0.3, stringBoost: 0.1 });
en('mobile no', PHONE, 0.85, PHONE_O);
en('mobile number', PHONE, 0.85, PHONE_O);
en('mobile num', PHONE, 0.85, PHONE_O);
en('mobile phone', PHONE, 0.9, PHONE_O);
en('tel', PHONE, 0.5, { numeric: true, ownerBoost: 0.2, personBoost: 0.3, stringBoost: 0.1 });
en('tel no', PHONE, 0.85, PHONE_O);
en('tel number', PHONE, 0.85, PHONE_O);
en('contact number', PHONE, 0.8, PHONE_O);
// Bank-reserved phone (银行预留手机号), one of the four elements of bank card verification.
en('bank phone', PHONE, 0.7, PHONE_O);
en('bank mobile', PHONE, 0.7, PHONE_O);
en('reserved phone', PHONE, 0.8, PHONE_O);
en('contact no', PHONE, 0.8, PHONE_O);
en('msisdn', PHONE, 0.85, PHONE_O);
en('whatsapp', PHONE, 0.6, PHONE_O);
py('shoujihao', '手机号', PHONE, 0.95);
py('shoujihaoma', '手机号码', PHONE, 0.95);
py('shouji', '手机', PHONE, 0.7);
py('dianhua', '电话', PHONE, 0.75);
py('lianxidianhua', '联系电话', PHONE, 0.9);
py('dianhuahaoma', '电话号码', PHONE, 0.9);
py('zuoji', '座机', PHONE, 0.7);
ini('sjh', '手机号', PHONE, 0.85);
ini('sjhm', '手机号码', PHONE, 0.9);
ini('lxdh', '联系电话', PHONE, 0.85);
ini('lxfs', '联系方式', PHONE, 0.6);
ini('dhhm', '电话号码', PHONE, 0.85);
ini('gddh', '固定电话', PHONE, 0.8);

// Email.
en('email', EMAIL, 0.9);
en('emails', EMAIL, 0.85);
en('email address', EMAIL, 0.95);
en('e mail', EMAIL, 0.85);
en('mail', EMAIL, 0.45, { ownerBoost: 0.25, personBoost: 0.25, common: true });
en('mail address', EMAIL, 0.85);
py('youxiang', '邮箱', EMAIL, 0.85);
py('dianziyouxiang', '电子邮箱', EMAIL, 0.9);
ini('dzyx', '电子邮箱', EMAIL, 0.8);
ini('yx', '邮箱', EMAIL, 0.25);

// Postal addresses. "address" alone is a memory, network or contract address as often as a postal one.
const ADDRESS_BOOSTERS = [
  'shipping', 'ship', 'delivery', 'deliver', 'home', 'billing', 'bill', 'mailing', 'postal', 'residential',
  'residence', 'street', 'receiver', 'receive', 'recipient', 'consignee', 'detail', 'detailed', 'full', 'contact',
  'permanent', 'registered', 'house', 'living', 'current', 'pickup', 'correspondence', 'user',
  'customer', 'member', 'buyer', 'personal', 'shouhuo', 'shoujian', 'jiating', 'xiangxi', 'kehu', 'yonghu',
];
const ADDRESS_OWNERS = ['shipping', 'delivery', 'receive', 'receiver', 'consignee', 'recipient', 'order', 'waybill', 'courier', 'dizhi'];
// An address's id (shipping_address_id) is a key to the address record, which carries the data.
const ADDRESS_KEYS = ['id', 'ids'];
const ADDRESS_O: Opts = { boosters: ADDRESS_BOOSTERS, boost: 0.45, ownerBoost: 0.25, ownerWords: ADDRESS_OWNERS, notAfter: ADDRESS_KEYS };
en('address', ADDR, 0.4, ADDRESS_O);
en('addresses', ADDR, 0.4, ADDRESS_O);
en('addr', ADDR, 0.35, ADDRESS_O);
// In an address record its numbered lines (address_1, address_2) are the address; a lone `address` there may be a label.
const ADDRESS_LINE_O: Opts = { ...ADDRESS_O, ownerWords: [...ADDRESS_OWNERS, 'address'] };
en('address 1', ADDR, 0.4, ADDRESS_LINE_O);
en('address 2', ADDR, 0.4, ADDRESS_LINE_O);
en('address line', ADDR, 0.85);
en('street address', ADDR, 0.9);
en('street', ADDR, 0.35, { ownerBoost: 0.3, ownerWords: [...ADDRESS_OWNERS, 'address'] });
en('house number', ADDR, 0.75);
en('doorplate', ADDR, 0.75);
en('postcode', ADDR, 0.35, { ownerBoost: 0.3, ownerWords: [...ADDRESS_OWNERS, 'address'], boosters: ADDRESS_BOOSTERS, boost: 0.35 });
en('post code', ADDR, 0.35, { ownerBoost: 0.3, ownerWords: [...ADDRESS_OWNERS, 'address'], boosters: ADDRESS_BOOSTERS, boost: 0.35 });
en('postal code', ADDR, 0.35, { ownerBoost: 0.3, ownerWords: [...ADDRESS_OWNERS, 'address'], boosters: ADDRESS_BOOSTERS, boost: 0.35 });
en('zip code', ADDR, 0.35, { ownerBoost: 0.3, ownerWords: [...ADDRESS_OWNERS, 'address'], boosters: ADDRESS_BOOSTERS, boost: 0.35 });
en('zipcode', ADDR, 0.35, { ownerBoost: 0.3, ownerWords: [...ADDRESS_OWNERS, 'address'], boosters: ADDRESS_BOOSTERS, boost: 0.35 });
en('pincode', ADDR, 0.35, { ownerBoost: 0.3, ownerWords: [...ADDRESS_OWNERS, 'address'], boosters: ADDRESS_BOOSTERS, boost: 0.35 });
py('dizhi', '地址', ADDR, 0.65, { boosters: ADDRESS_BOOSTERS, boost: 0.25 });
py('zhuzhi', '住址', ADDR, 0.85);
py('shouhuodizhi', '收货地址', ADDR, 0.9);
py('jiatingzhuzhi', '家庭住址', ADDR, 0.9);
py('menpaihao', '门牌号', ADDR, 0.75);
ini('yzbm', '邮政编码', ADDR, 0.45, { ownerBoost: 0.2 });

// Device identifiers.
en('device id', DEVICE, 0.7);
en('deviceid', DEVICE, 0.7);
en('device token', DEVICE, 0.75);
en('device serial', DEVICE, 0.65);
en('imei', DEVICE, 0.9);
en('imsi', DEVICE, 0.85);
en('meid', DEVICE, 0.85);
en('idfa', DEVICE, 0.9);
en('idfv', DEVICE, 0.85);
en('oaid', DEVICE, 0.9);
en('udid', DEVICE, 0.85);
en('android id', DEVICE, 0.85);
en('advertising id', DEVICE, 0.85);
en('gaid', DEVICE, 0.8);
en('mac address', DEVICE, 0.8);
en('mac', DEVICE, 0.3, { ownerBoost: 0.2, ownerWords: ['device', 'login', 'log'] });
en('push token', DEVICE, 0.7);
en('fcm token', DEVICE, 0.7);
en('apns token', DEVICE, 0.75);
en('browser fingerprint', DEVICE, 0.8);
en('device fingerprint', DEVICE, 0.85);
en('canvas fingerprint', DEVICE, 0.8);
en('visitor id', DEVICE, 0.5, { ownerWords: ['fingerprint'], ownerBoost: 0.2 });
py('shebeihao', '设备号', DEVICE, 0.85);
py('shebei', '设备', DEVICE, 0.3, { strong: { suffixes: ['id', 'hao', 'biaoshi', 'ma'], weight: 0.85 } });

// IP addresses.
const IP_BOOSTERS = ['client', 'remote', 'user', 'login', 'register', 'registration', 'last', 'real', 'visitor',
  'customer', 'member', 'request', 'req', 'origin', 'caller', 'signup', 'access', 'device', 'buyer', 'denglu', 'yonghu', 'kehu', 'current', 'my'];
const IP_OWNERS = ['log', 'login', 'logininfor', 'audit', 'access', 'visit', 'session', 'event', 'signin', 'oper', 'operlog', 'history'];
en('ip', IP, 0.45, { boosters: IP_BOOSTERS, boost: 0.4, ownerWords: IP_OWNERS, ownerBoost: 0.2 });
en('ip address', IP, 0.8, { boosters: IP_BOOSTERS, boost: 0.15, ownerWords: IP_OWNERS, ownerBoost: 0.1 });
en('ip addr', IP, 0.8, { boosters: IP_BOOSTERS, boost: 0.15, ownerWords: IP_OWNERS, ownerBoost: 0.1 });
en('ipaddr', IP, 0.8, { boosters: IP_BOOSTERS, boost: 0.15, ownerWords: IP_OWNERS, ownerBoost: 0.1 });
en('remote address', IP, 0.75);
en('remote addr', IP, 0.75);
en('forwarded for', IP, 0.75);

// Online activity.
for (const w of ['browsing', 'browse', 'view', 'viewing', 'watch', 'purchase', 'search', 'visit', 'click', 'reading', 'play', 'listening']) {
  en(`${w} history`, ACTIVITY, w === 'search' || w === 'view' ? 0.7 : 0.8);
}
for (const w of ['browse', 'browsing', 'visit', 'view', 'search', 'click']) {
  en(`${w} records`, ACTIVITY, 0.75);
  en(`${w} record`, ACTIVITY, 0.7);
  en(`${w} log`, ACTIVITY, 0.65);
}
en('clickstream', ACTIVITY, 0.8);
en('search keywords', ACTIVITY, 0.45, { ownerBoost: 0.25 });
en('footprints', ACTIVITY, 0.4, { ownerBoost: 0.25 });
py('liulan', '浏览', ACTIVITY, 0.3, { strong: { suffixes: ['jilu', 'lishi'], weight: 0.85 } });
py('sousuo', '搜索', ACTIVITY, 0.2, { strong: { suffixes: ['jilu', 'lishi'], weight: 0.8 } });
py('zuji', '足迹', ACTIVITY, 0.5);

// Location.
const TRACK_OWNERS = ['checkin', 'check', 'position', 'rider', 'courier', 'driver', 'trip', 'ride', 'track', 'trace', 'gps', 'footprint'];
en('latitude', TRACK, 0.3, { numeric: true, ownerBoost: 0.35, ownerWords: TRACK_OWNERS, personBoost: 0.35 });
en('longitude', TRACK, 0.3, { numeric: true, ownerBoost: 0.35, ownerWords: TRACK_OWNERS, personBoost: 0.35 });
en('lat', TRACK, 0.2, { numeric: true, ownerBoost: 0.35, ownerWords: TRACK_OWNERS, personBoost: 0.35 });
en('lng', TRACK, 0.2, { numeric: true, ownerBoost: 0.35, ownerWords: TRACK_OWNERS, personBoost: 0.35 });
en('lon', TRACK, 0.2, { numeric: true, ownerBoost: 0.35, ownerWords: TRACK_OWNERS, personBoost: 0.35 });
en('gps', TRACK, 0.45, { ownerBoost: 0.2, personBoost: 0.3 });
en('gps track', TRACK, 0.85);
// Projectiles, robots and animations have trajectories too.
en('trajectory', TRACK, 0.45, { ownerWords: TRACK_OWNERS, ownerBoost: 0.35, personBoost: 0.35 });
en('trajectories', TRACK, 0.45, { ownerWords: TRACK_OWNERS, ownerBoost: 0.35, personBoost: 0.35 });
en('location history', TRACK, 0.85);
en('location track', TRACK, 0.85);
en('track points', TRACK, 0.7);
en('movement history', TRACK, 0.8);
en('whereabouts', TRACK, 0.85);
en('current location', TRACK, 0.4, { ownerBoost: 0.35, ownerWords: TRACK_OWNERS });
// A person's location as a field ("Shanghai", a city on a profile) is coarse; tracks and coordinates are above.
en('location', COARSE, 0.15, { personBoost: 0.6, ownerBoost: 0.45, common: true });
// navigator.geolocation is the API; its positions and coordinates are the person's.
const GEO_DATA = { suffixes: ['position', 'positions', 'coordinates', 'coords', 'data', 'info', 'point', 'points', 'history', 'sample', 'samples'], weight: 0.8 };
en('geolocation', TRACK, 0.35, { strong: GEO_DATA });
en('geo location', TRACK, 0.35, { strong: GEO_DATA });
en('real time location', TRACK, 0.8);
py('guiji', '轨迹', TRACK, 0.8);
py('xingzong', '行踪', TRACK, 0.85);
py('dingwei', '定位', TRACK, 0.7);
py('jingweidu', '经纬度', TRACK, 0.6, { ownerBoost: 0.2 });
// In an address record (CustomerAddress, OrderAddress) a city or province is a line of the address.
const ADDRESS_PART: Opts = { ownerBoost: 0.35, personBoost: 0.4, common: true, ownerWords: ['address', 'addresses', 'addr'], inAddress: ADDR };
en('city', COARSE, 0.25, ADDRESS_PART);
en('province', COARSE, 0.25, ADDRESS_PART);
en('ip location', COARSE, 0.8);
en('hometown', COARSE, 0.75);
en('home town', COARSE, 0.75);
en('home city', COARSE, 0.75);
en('residence city', COARSE, 0.75);
en('birthplace', COARSE, 0.75);
en('place of birth', COARSE, 0.8);
py('jiguan', '籍贯', COARSE, 0.8);
py('changzhudi', '常住地', COARSE, 0.8);
py('ipshudi', 'IP 属地', COARSE, 0.85);

// Communications.
const CHAT_OWNERS = ['chat', 'conversation', 'private', 'direct', 'dm', 'inbox', 'session', 'call', 'im'];
en('chat content', CONTENT, 0.8);
en('chat history', CONTENT, 0.8);
en('chat messages', CONTENT, 0.7);
en('chat records', CONTENT, 0.75);
en('chat log', CONTENT, 0.7);
en('chat logs', CONTENT, 0.7);
en('message content', CONTENT, 0.45, { ownerWords: CHAT_OWNERS, ownerBoost: 0.25 });
en('message body', CONTENT, 0.4, { ownerWords: CHAT_OWNERS, ownerBoost: 0.25 });
en('private message', CONTENT, 0.8);
en('private messages', CONTENT, 0.8);
en('direct message', CONTENT, 0.75);
en('transcript', CONTENT, 0.3, { ownerWords: CHAT_OWNERS, ownerBoost: 0.35, ownerWordsOnly: true });
en('call recording', CONTENT, 0.8);
en('sms content', CONTENT, 0.45, { ownerBoost: 0.2 });
py('liaotian', '聊天', CONTENT, 0.35, { strong: { suffixes: ['jilu', 'neirong', 'xiaoxi'], weight: 0.85 } });
py('sixin', '私信', CONTENT, 0.7);
en('address book', CONTACTS, 0.8);
en('phone book', CONTACTS, 0.8);
en('phonebook', CONTACTS, 0.8);
en('contacts', CONTACTS, 0.35, { ownerBoost: 0.2, ownerWords: ['phone', 'device', 'sync', 'upload', 'snapshot', 'mobile'], ownerWordsOnly: true });
en('contact list', CONTACTS, 0.55, { ownerBoost: 0.2, ownerWords: ['phone', 'device', 'sync', 'upload', 'snapshot', 'mobile'], ownerWordsOnly: true });
en('emergency contacts', CONTACTS, 0.75);
en('emergency contact', CONTACTS, 0.75);
py('tongxunlu', '通讯录', CONTACTS, 0.85);

// Work and education.
en('employer', JOB, 0.6, { ownerBoost: 0.25 });
// In a CV's entries (Experience, Education) plain words are the person's history.
const WORK_OWNERS = ['experience', 'experiences', 'employment', 'career', 'resume', 'cv', 'jianli', 'jingli', 'workhistory'];
const EDU_OWNERS = ['education', 'educations', 'academic', 'schooling', 'jiaoyu', 'xueli'];
en('company', JOB, 0.1, { ownerWords: WORK_OWNERS, ownerBoost: 0.55, ownerWordsOnly: true, common: true });
en('company name', JOB, 0.1, { ownerWords: WORK_OWNERS, ownerBoost: 0.55, ownerWordsOnly: true, common: true });
en('role', JOB, 0.1, { ownerWords: WORK_OWNERS, ownerBoost: 0.55, ownerWordsOnly: true, common: true });
en('position', JOB, 0.1, { ownerWords: WORK_OWNERS, ownerBoost: 0.55, ownerWordsOnly: true, common: true });
en('institution', EDU, 0.1, { ownerWords: EDU_OWNERS, ownerBoost: 0.55, ownerWordsOnly: true, common: true });
en('job title', JOB, 0.3, { ownerBoost: 0.35, personBoost: 0.35 });
en('work experience', JOB, 0.85);
en('employment history', JOB, 0.85);
en('employment record', JOB, 0.85);
en('work history', JOB, 0.8);
en('occupation', JOB, 0.6, { ownerBoost: 0.25 });
en('salary', JOB, 0.45, { ownerBoost: 0.3, personBoost: 0.3, numeric: true });
en('monthly salary', JOB, 0.7, { numeric: true });
en('resume', JOB, 0.3, { ownerBoost: 0.35, personBoost: 0.35, common: true });
en('employee no', JOB, 0.7);
en('employee code', JOB, 0.7);
en('employment status', JOB, 0.6);
en('employee number', JOB, 0.7);
en('staff no', JOB, 0.7);
py('gongzuo', '工作', JOB, 0.25, { strong: { suffixes: ['danwei', 'jingli', 'jingyan'], weight: 0.85 } });
py('gongzuodanwei', '工作单位', JOB, 0.85);
py('zhiye', '职业', JOB, 0.7);
py('jianli', '简历', JOB, 0.8);
py('gonghao', '工号', JOB, 0.75);
py('gongzi', '工资', JOB, 0.7, { numeric: true });
py('xinzi', '薪资', JOB, 0.7, { numeric: true });
ini('gzdw', '工作单位', JOB, 0.6);
en('education', EDU, 0.7);
en('education level', EDU, 0.8);
en('degree', EDU, 0.3, { ownerBoost: 0.35, personBoost: 0.35, ownerWords: EDU_OWNERS, common: true });
en('graduation school', EDU, 0.8);
en('graduated school', EDU, 0.8);
en('graduate school', EDU, 0.8);
en('alma mater', EDU, 0.8);
en('gpa', EDU, 0.7, { numeric: true });
en('transcript', EDU, 0.2, { ownerWords: ['student', 'academic', 'school', 'grade'], ownerBoost: 0.45, ownerWordsOnly: true });
en('student no', EDU, 0.75);
en('student number', EDU, 0.75);
en('major', EDU, 0.3, { ownerBoost: 0.35, personBoost: 0.35, ownerWords: EDU_OWNERS, common: true });
en('school', EDU, 0.3, { ownerBoost: 0.3, personBoost: 0.3, common: true });
py('xueli', '学历', EDU, 0.85);
py('xuewei', '学位', EDU, 0.8);
py('biye', '毕业', EDU, 0.3, { strong: { suffixes: ['yuanxiao', 'xuexiao', 'zhuanye'], weight: 0.85 } });
py('biyeyuanxiao', '毕业院校', EDU, 0.85);
py('xuehao', '学号', EDU, 0.8);
ini('whcd', '文化程度', EDU, 0.55);

// Biometrics. "face" is a mesh's, a font's or a die's unless an image, template or feature follows it.
const BIO_SUFFIXES = ['template', 'templates', 'feature', 'features', 'embedding', 'embeddings', 'vector', 'vectors',
  'token', 'image', 'img', 'photo', 'pic', 'picture', 'data', 'id', 'url', 'video', 'sample', 'samples', 'scan',
  'code', 'minutiae', 'print', 'base64', 'b64', 'tezheng', 'zhaopian', 'tupian', 'shuju', 'moban', 'liveness'];
en('face', FACE, 0.3, { strong: { suffixes: BIO_SUFFIXES, weight: 0.85 }, suffixes: BIO_SUFFIXES, ownerWords: ['biometric', 'liveness', 'kyc'], ownerBoost: 0.2, kills: ['font', 'type', 'sur', 'inter', 'clock', 'watch', 'cube', 'mesh', 'polygon', 'dice', 'card'] });
en('faces', FACE, 0.2, { strong: { suffixes: BIO_SUFFIXES, weight: 0.8 }, suffixes: BIO_SUFFIXES });
en('liveness', FACE, 0.75, { suffixes: BIO_SUFFIXES });
en('selfie', FACE, 0.7, { suffixes: BIO_SUFFIXES });
en('facial', FACE, 0.6, { suffixes: BIO_SUFFIXES });
py('renlian', '人脸', FACE, 0.85, { suffixes: BIO_SUFFIXES });
py('shualian', '刷脸', FACE, 0.8, { suffixes: BIO_SUFFIXES });
const FINGER_KILLS = ['cert', 'certificate', 'sha', 'sha1', 'sha256', 'md5', 'key', 'ssh', 'public', 'content',
  'file', 'asset', 'hash', 'build', 'tls', 'ssl', 'pgp', 'gpg', 'host', 'server', 'card', 'cache', 'module', 'chunk', 'schema'];
en('fingerprint', FINGER, 0.25, { strong: { suffixes: BIO_SUFFIXES, weight: 0.85 }, suffixes: BIO_SUFFIXES, kills: FINGER_KILLS, ownerWords: ['biometric', 'attendance'], ownerBoost: 0.3 });
en('finger print', FINGER, 0.3, { strong: { suffixes: BIO_SUFFIXES, weight: 0.85 }, suffixes: BIO_SUFFIXES, kills: FINGER_KILLS });
en('fingerprints', FINGER, 0.25, { strong: { suffixes: BIO_SUFFIXES, weight: 0.85 }, suffixes: BIO_SUFFIXES, kills: FINGER_KILLS });
py('zhiwen', '指纹', FINGER, 0.8, { suffixes: BIO_SUFFIXES });
en('voiceprint', VOICE, 0.9, { suffixes: BIO_SUFFIXES });
en('voice print', VOICE, 0.9, { suffixes: BIO_SUFFIXES });
en('voice feature', VOICE, 0.7, { suffixes: BIO_SUFFIXES });
py('shengwen', '声纹', VOICE, 0.85, { suffixes: BIO_SUFFIXES });
en('iris', IRIS, 0.35, { strong: { suffixes: BIO_SUFFIXES, weight: 0.85 }, suffixes: BIO_SUFFIXES });
py('hongmo', '虹膜', IRIS, 0.85, { suffixes: BIO_SUFFIXES });
en('palmprint', BIO, 0.85, { suffixes: BIO_SUFFIXES });
en('palm print', BIO, 0.85, { suffixes: BIO_SUFFIXES });
en('palm vein', BIO, 0.85, { suffixes: BIO_SUFFIXES });
en('gait', BIO, 0.4, { strong: { suffixes: BIO_SUFFIXES, weight: 0.8 }, suffixes: BIO_SUFFIXES });
en('biometric', BIO, 0.75, { suffixes: BIO_SUFFIXES });
en('biometrics', BIO, 0.75, { suffixes: BIO_SUFFIXES });
en('dna', BIO, 0.5, { strong: { suffixes: BIO_SUFFIXES, weight: 0.75 }, suffixes: BIO_SUFFIXES });
py('zhangwen', '掌纹', BIO, 0.75, { suffixes: BIO_SUFFIXES });

// Religion and specific identities.
en('religion', RELIGION, 0.85);
en('religious', RELIGION, 0.8);
en('religious belief', RELIGION, 0.9);
en('faith', RELIGION, 0.3, { ownerBoost: 0.3, common: true });
py('zongjiao', '宗教', RELIGION, 0.85);
py('xinyang', '信仰', RELIGION, 0.6);
en('ethnicity', SPECIAL, 0.8);
en('ethnic group', SPECIAL, 0.8);
const IDENTITY_SUFFIXES = ['status', 'type', 'level', 'grade', 'category', 'certificate', 'cert'];
en('political status', SPECIAL, 0.85);
en('political affiliation', SPECIAL, 0.85);
en('party member', SPECIAL, 0.5, { attribute: true });
en('disability', SPECIAL, 0.8, { attribute: true, suffixes: IDENTITY_SUFFIXES });
en('disabled person', SPECIAL, 0.8, { attribute: true });
en('criminal record', SPECIAL, 0.85);
en('sexual orientation', SPECIAL, 0.9);
en('veteran status', SPECIAL, 0.75);
py('minzu', '民族', SPECIAL, 0.7);
py('zhengzhimianmao', '政治面貌', SPECIAL, 0.9);
py('canji', '残疾', SPECIAL, 0.8, { attribute: true, suffixes: IDENTITY_SUFFIXES });
py('canjizheng', '残疾证', SPECIAL, 0.85);
ini('zzmm', '政治面貌', SPECIAL, 0.6);
ini('mz', '民族', SPECIAL, 0.25);

// Health.
const HEALTH_OWNERS = ['patient', 'medical', 'clinic', 'emr', 'health', 'consultation', 'visit', 'case', 'vitals',
  'vital', 'body', 'workout', 'fitness', 'measurement', 'exam', 'checkup', 'hz', 'huanzhe', 'bingren', 'tijian'];
const H: Opts = { ownerWords: HEALTH_OWNERS, ownerBoost: 0.3 };
en('diagnosis', MEDICAL, 0.8, H);
en('diagnoses', MEDICAL, 0.8, H);
en('medical history', MEDICAL, 0.9);
en('medical record', MEDICAL, 0.85);
en('medical records', MEDICAL, 0.85);
en('medical', MEDICAL, 0.4, H);
en('prescription', MEDICAL, 0.75, H);
en('prescriptions', MEDICAL, 0.75, H);
en('allergies', MEDICAL, 0.6, H);
en('allergy', MEDICAL, 0.6, H);
en('symptoms', MEDICAL, 0.55, H);
en('medications', MEDICAL, 0.6, H);
en('medication', MEDICAL, 0.6, H);
en('lab results', MEDICAL, 0.8);
en('lab result', MEDICAL, 0.8);
en('chief complaint', MEDICAL, 0.85);
en('icd', MEDICAL, 0.5, H);
en('health record', MEDICAL, 0.85);
en('disease', MEDICAL, 0.55, H);
en('diseases', MEDICAL, 0.55, H);
en('health status', PHYSIO, 0.3, H);
en('health condition', PHYSIO, 0.6, H);
en('blood type', PHYSIO, 0.85);
en('blood group', PHYSIO, 0.85);
en('blood pressure', PHYSIO, 0.85, { numeric: true });
en('heart rate', PHYSIO, 0.7, { numeric: true, ...H });
en('blood sugar', PHYSIO, 0.8, { numeric: true });
en('blood glucose', PHYSIO, 0.8, { numeric: true });
// Heights and weights are mostly elements' and edges'; only a health owner makes them a person's.
const BODY_OWNERS = ['patient', 'medical', 'clinic', 'emr', 'health', 'vitals', 'vital', 'checkup', 'huanzhe', 'bingren', 'tijian'];
en('height', PHYSIO, 0.15, { numeric: true, ownerWords: BODY_OWNERS, ownerBoost: 0.5, ownerWordsOnly: true, common: true });
en('weight', PHYSIO, 0.15, { numeric: true, ownerWords: BODY_OWNERS, ownerBoost: 0.5, ownerWordsOnly: true, common: true });
en('body weight', PHYSIO, 0.8, { numeric: true });
en('body height', PHYSIO, 0.8, { numeric: true });
en('bmi', PHYSIO, 0.5, { numeric: true, ...H });
en('pregnant', PHYSIO, 0.85, { attribute: true });
en('pregnancy', PHYSIO, 0.85, { attribute: true });
en('menstrual', PHYSIO, 0.85);
py('bingli', '病历', MEDICAL, 0.9);
py('binglihao', '病历号', MEDICAL, 0.9);
py('zhenduan', '诊断', MEDICAL, 0.85);
py('bingshi', '病史', MEDICAL, 0.85);
py('chufang', '处方', MEDICAL, 0.75);
py('jiuzhen', '就诊', MEDICAL, 0.5, { strong: { suffixes: ['jilu', 'xinxi'], weight: 0.85 } });
py('shengao', '身高', PHYSIO, 0.8, { numeric: true });
py('tizhong', '体重', PHYSIO, 0.8, { numeric: true });
py('xuexing', '血型', PHYSIO, 0.85);
py('xueya', '血压', PHYSIO, 0.85, { numeric: true });
py('jiankang', '健康', PHYSIO, 0.4, { strong: { suffixes: ['zhuangkuang', 'xinxi', 'dangan'], weight: 0.85 } });
ini('zdmc', '诊断名称', MEDICAL, 0.5);
ini('jkzk', '健康状况', PHYSIO, 0.55);

// Finance.
const FIN_OWNERS = ['bank', 'card', 'pay', 'payment', 'payee', 'payout', 'withdraw', 'remit', 'transfer', 'wallet', 'bind', 'settle', 'settlement', 'refund'];
en('bank card', FIN_ACCOUNT, 0.9);
en('bankcard', FIN_ACCOUNT, 0.9);
en('card no', FIN_ACCOUNT, 0.5, { ownerWords: FIN_OWNERS, ownerBoost: 0.3, personBoost: 0.2 });
en('card number', FIN_ACCOUNT, 0.7, { ownerWords: FIN_OWNERS, ownerBoost: 0.2 });
en('card num', FIN_ACCOUNT, 0.6, { ownerWords: FIN_OWNERS, ownerBoost: 0.2 });
en('credit card', FIN_ACCOUNT, 0.85);
en('debit card', FIN_ACCOUNT, 0.85);
en('card expiry', FIN_ACCOUNT, 0.7);
en('card expiration', FIN_ACCOUNT, 0.7);
en('cvv', FIN_ACCOUNT, 0.85);
en('cvc', FIN_ACCOUNT, 0.8);
en('cvv2', FIN_ACCOUNT, 0.85);
en('iban', FIN_ACCOUNT, 0.85);
en('bank account', FIN_ACCOUNT, 0.85);
en('account number', FIN_ACCOUNT, 0.45, { ownerWords: FIN_OWNERS, ownerBoost: 0.3 });
en('account no', FIN_ACCOUNT, 0.45, { ownerWords: FIN_OWNERS, ownerBoost: 0.3 });
en('acct no', FIN_ACCOUNT, 0.45, { ownerWords: FIN_OWNERS, ownerBoost: 0.3 });
en('alipay account', FIN_ACCOUNT, 0.8);
en('open bank', FIN_ACCOUNT, 0.45, { ownerWords: FIN_OWNERS, ownerBoost: 0.25 });
en('wallet balance', FIN_ACCOUNT, 0.7, { numeric: true });
en('account balance', FIN_ACCOUNT, 0.6, { numeric: true });
py('yinhangka', '银行卡', FIN_ACCOUNT, 0.9);
py('yinhangkahao', '银行卡号', FIN_ACCOUNT, 0.95);
py('kahao', '卡号', FIN_ACCOUNT, 0.5, { ownerWords: FIN_OWNERS, ownerBoost: 0.3 });
py('kaihuhang', '开户行', FIN_ACCOUNT, 0.85);
py('yinhangzhanghao', '银行账号', FIN_ACCOUNT, 0.9);
ini('yhkh', '银行卡号', FIN_ACCOUNT, 0.85);
ini('yhzh', '银行账号', FIN_ACCOUNT, 0.7);
en('transaction history', FIN_TX, 0.8);
en('transaction records', FIN_TX, 0.8);
en('payment records', FIN_TX, 0.7);
en('payment record', FIN_TX, 0.7);
en('payment history', FIN_TX, 0.75);
en('consumption records', FIN_TX, 0.8);
en('spending history', FIN_TX, 0.8);
en('bank statement', FIN_TX, 0.85);
en('income', FIN_TX, 0.45, { numeric: true, ownerBoost: 0.25, personBoost: 0.25 });
py('zhangdan', '账单', FIN_TX, 0.75);
py('liushui', '流水', FIN_TX, 0.55);
py('jiaoyi', '交易', FIN_TX, 0.3, { strong: { suffixes: ['jilu', 'liushui', 'mingxi'], weight: 0.85 } });
py('xiaofei', '消费', FIN_TX, 0.3, { strong: { suffixes: ['jilu', 'mingxi'], weight: 0.85 } });
py('shouru', '收入', FIN_TX, 0.6, { numeric: true });
en('credit score', CREDIT, 0.85, { numeric: true });
en('credit report', CREDIT, 0.85);
en('credit rating', CREDIT, 0.7);
en('credit history', CREDIT, 0.85);
en('credit limit', CREDIT, 0.5, { numeric: true, ownerBoost: 0.25 });
en('sesame score', CREDIT, 0.85, { numeric: true });
en('zhima score', CREDIT, 0.85, { numeric: true });
en('overdue days', CREDIT, 0.5, { numeric: true, ownerWords: ['loan', 'borrower', 'repay', 'credit', 'debt'], ownerBoost: 0.3 });
en('overdue', CREDIT, 0.35, { numeric: true, ownerWords: ['loan', 'borrower', 'repay', 'credit', 'debt'], ownerBoost: 0.3 });
en('debt', CREDIT, 0.35, { numeric: true, ownerBoost: 0.3 });
py('zhengxin', '征信', CREDIT, 0.85);
py('zhimafen', '芝麻分', CREDIT, 0.85, { numeric: true });
py('yuqi', '逾期', CREDIT, 0.5, { numeric: true, ownerBoost: 0.2 });

// ID documents. "id" alone is a key; with card / number / no it is an ID document.
en('id card', IDNO, 0.9);
en('idcard', IDNO, 0.9);
en('id number', IDNO, 0.8);
en('id no', IDNO, 0.6, { ownerBoost: 0.2, personBoost: 0.2 });
en('id num', IDNO, 0.6, { ownerBoost: 0.2, personBoost: 0.2 });
en('identity card', IDNO, 0.9);
en('identity number', IDNO, 0.8);
en('identity no', IDNO, 0.75);
en('national id', IDNO, 0.85);
en('citizen id', IDNO, 0.8);
en('resident id', IDNO, 0.8);
en('passport', IDNO, 0.3, { strong: { suffixes: ['no', 'number', 'num', 'id', 'image', 'img', 'photo', 'scan', 'copy', 'info'], weight: 0.9 } });
en('ssn', IDNO, 0.9);
en('social security number', IDNO, 0.95);
en('social security no', IDNO, 0.95);
en('tax id', IDNO, 0.35, { ownerBoost: 0.3, personBoost: 0.3 });
en('cert no', IDNO, 0.4, { ownerBoost: 0.25 });
en('certificate no', IDNO, 0.4, { ownerBoost: 0.25 });
// A vehicle's "driving license" (行驶证) is its registration, not a person's ID.
const VEHICLE: Opts = { ownerKills: ['vehicle', 'vehicles', 'car', 'cars', 'truck', 'fleet', 'cheliang'] };
en('driver license', IDNO, 0.85, VEHICLE);
en('drivers license', IDNO, 0.85, VEHICLE);
en('driving license', IDNO, 0.85, VEHICLE);
en('driver licence', IDNO, 0.85, VEHICLE);
en('macao permit', IDNO, 0.85);
en('taiwan permit', IDNO, 0.85);
en('residence permit', IDNO, 0.85);
en('hukou', IDNO, 0.6);
py('shenfenzheng', '身份证', IDNO, 0.95);
py('shenfenzhenghao', '身份证号', IDNO, 0.95);
py('huzhao', '护照', IDNO, 0.85);
py('zhengjianhao', '证件号', IDNO, 0.85);
py('zhengjianhaoma', '证件号码', IDNO, 0.9);
ini('sfz', '身份证', IDNO, 0.85);
ini('sfzh', '身份证号', IDNO, 0.95);
ini('sfzhm', '身份证号码', IDNO, 0.95);
ini('zjhm', '证件号码', IDNO, 0.8);
ini('zjh', '证件号', IDNO, 0.6);
ini('hzh', '护照号', IDNO, 0.5);

// Birth, gender, photos.
en('dob', BIRTH, 0.85);
en('date of birth', BIRTH, 0.95);
en('birth date', BIRTH, 0.9);
en('birthdate', BIRTH, 0.9);
en('birthday', BIRTH, 0.85);
en('birth day', BIRTH, 0.85);
en('birth year', BIRTH, 0.8, { numeric: true });
en('birth', BIRTH, 0.55, { personBoost: 0.2 });
py('shengri', '生日', BIRTH, 0.85);
py('chushengriqi', '出生日期', BIRTH, 0.95);
py('chusheng', '出生', BIRTH, 0.6, { strong: { suffixes: ['riqi', 'nianyue', 'nianfen'], weight: 0.9 } });
ini('csrq', '出生日期', BIRTH, 0.85);
// Gender is often coded as a number (0 unknown, 1 male, 2 female).
en('gender', GENDER, 0.85, { numeric: true });
en('sex', GENDER, 0.8, { numeric: true });
py('xingbie', '性别', GENDER, 0.9, { numeric: true });
ini('xb', '性别', GENDER, 0.3);
en('avatar', PHOTO, 0.7);
en('avatar url', PHOTO, 0.75);
en('profile photo', PHOTO, 0.85);
en('profile picture', PHOTO, 0.85);
en('profile pic', PHOTO, 0.85);
en('profile image', PHOTO, 0.8);
en('headshot', PHOTO, 0.8);
en('head img', PHOTO, 0.8);
en('head image', PHOTO, 0.75);
en('head portrait', PHOTO, 0.8);
en('id photo', PHOTO, 0.8);
// The two sides of an ID card (idFrontUrl, idBackFiles).
en('id front', IDNO, 0.8);
en('id back', IDNO, 0.8);
en('photo', PHOTO, 0.2, { personBoost: 0.45, ownerBoost: 0.4, common: true });
en('image', PHOTO, 0.2, { personBoost: 0.45, ownerBoost: 0.45, common: true });
en('picture', PHOTO, 0.2, { personBoost: 0.45, ownerBoost: 0.4, common: true });
py('touxiang', '头像', PHOTO, 0.85);
py('zhaopian', '照片', PHOTO, 0.35, { personBoost: 0.4, ownerBoost: 0.3 });

export const TERMS: readonly Term[] = T;

/**
 * Pinyin initials are often run together with a head that carries the meaning: khxm (客户姓名),
 * sjrxm (收件人姓名), jtzz (家庭住址), lxrdh (联系人电话). A consonant-only token ending in one of these
 * heads gets the head's category. English consonant-only tokens (html, xml, css, pdf) never end in them.
 */
export interface InitialHead {
  head: string;
  category: string;
  weight: number;
  zh: string;
  /**
   * For heads that also mean something else (xm is 姓名 and 项目, dh is 电话 and 单号, dz is 地址 and 定值),
   * the initials before the head that make it personal: sjrxm 收件人姓名, lxdh 联系电话, jtdz 家庭地址.
   * Without one of them the head has AMBIGUOUS_HEAD_WEIGHT.
   */
  prefixes?: readonly string[];
}
export const AMBIGUOUS_HEAD_WEIGHT = 0.45;
const PERSON_INITIALS = ['kh', 'yh', 'sjr', 'shr', 'lxr', 'br', 'hz', 'db', 'dbr', 'zs', 'js', 'fr', 'xs', 'yg', 'jz', 'jhr', 'hy', 'ckr', 'jsr', 'cyr', 'sqr', 'jkr', 'dkr', 'bbr', 'tbr', 'syr', 'jjlxr'];
export const INITIAL_HEADS: readonly InitialHead[] = [
  { head: 'sfzhm', category: IDNO, weight: 0.9, zh: '身份证号码' },
  { head: 'sfzh', category: IDNO, weight: 0.9, zh: '身份证号' },
  { head: 'sjhm', category: PHONE, weight: 0.85, zh: '手机号码' },
  { head: 'sjh', category: PHONE, weight: 0.8, zh: '手机号' },
  { head: 'csrq', category: BIRTH, weight: 0.85, zh: '出生日期' },
  { head: 'xm', category: NAME, weight: 0.75, zh: '姓名', prefixes: PERSON_INITIALS },
  { head: 'dh', category: PHONE, weight: 0.75, zh: '电话', prefixes: [...PERSON_INITIALS, 'lx', 'yd', 'gd', 'sj', 'jt', 'bg', 'zz', 'jtzz'] },
  { head: 'dz', category: ADDR, weight: 0.7, zh: '地址', prefixes: [...PERSON_INITIALS, 'lx', 'jt', 'xx', 'sh', 'hj', 'jz', 'tx', 'sj', 'yj', 'xz', 'cz'] },
  { head: 'zz', category: ADDR, weight: 0.75, zh: '住址', prefixes: [...PERSON_INITIALS, 'jt', 'x', 'hj', 'jz', 'lx', 'xj'] },
];
export const INITIALS_TOKEN = /^[bcdfghjklmnpqrstwxyz]{3,7}$/;
/** Initials that start with "sf" (是否: whether) or "xm" (项目: project) are not what they seem. */
export const INITIALS_FALSE_STARTS = ['sf', 'xm'];

/** Chinese terms, in documentation and in Chinese identifiers. Longer terms first where they overlap. */
export interface ChineseTerm {
  re: RegExp;
  category: string;
  weight: number;
  /** A state that is itself personal data, also as a yes/no flag (是否阳性, 是否残疾). */
  attribute?: boolean;
  /** The word as shown in explanations. */
  text: string;
}
const CN: ChineseTerm[] = [];
function cn(words: string, category: string, weight: number, attribute = false): void {
  for (const w of words.split(' ')) CN.push({ re: new RegExp(w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'), category, weight, text: w, attribute });
}
function cnRe(re: RegExp, text: string, category: string, weight: number): void {
  CN.push({ re: new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'), category, weight, text });
}
cn('手机号码 手机号 手机 移动电话 联系电话 电话号码 电话 座机 固话 联系方式', PHONE, 0.85);
cn('邮箱 电子邮箱 电子邮件地址 邮件地址 邮箱地址', EMAIL, 0.85);
cn('收货地址 收件地址 家庭住址 家庭地址 住址 居住地址 现住址 详细地址 通讯地址 通信地址 联系地址 户籍地址 户籍所在地 身份证地址 邮寄地址 门牌号 居住地', ADDR, 0.85);
cn('地址', ADDR, 0.55);
cn('邮政编码 邮编', ADDR, 0.55);
cn('姓名 真实姓名 户名 收货人 收件人 持卡人 寄件人 联系人姓名', NAME, 0.9);
cn('名字 联系人', NAME, 0.65);
cn('昵称', NAME, 0.7);
cn('用户名 用户账号 登录账号 登录名 微信号 QQ号 支付宝账号 支付宝用户', ACCOUNT, 0.8);
cnRe(/QQ\s+号/, 'QQ 号', ACCOUNT, 0.8);
cn('账号', ACCOUNT, 0.6);
cn('身份证 身份证号 身份证号码 证件号 证件号码 护照 护照号 护照号码 港澳通行证 台胞证 军官证 驾驶证 驾照 社保号 社会保障号 居住证', IDNO, 0.9);
cn('出生日期 生日 出生年月 出生年份', BIRTH, 0.85);
cn('性别', GENDER, 0.85);
cn('头像 证件照 个人照片 自拍', PHOTO, 0.8);
cn('照片', PHOTO, 0.4);
cn('人脸 面部 刷脸 人像', FACE, 0.85);
cn('指纹', FINGER, 0.85);
cn('声纹', VOICE, 0.85);
cn('虹膜', IRIS, 0.85);
cn('掌纹 掌静脉 步态 生物特征 生物识别 基因', BIO, 0.8);
cn('宗教 宗教信仰', RELIGION, 0.85);
cn('信仰', RELIGION, 0.6);
cn('民族', SPECIAL, 0.7);
cn('政治面貌 残疾证 犯罪记录 违法犯罪 性取向', SPECIAL, 0.85);
cn('残疾', SPECIAL, 0.85, true);
cn('病历 病史 诊断 处方 过敏史 就诊记录 病案号 体检报告 主诉 化验 检查结果 既往史 体检号 体检结果 疾病', MEDICAL, 0.85);
cn('阳性 阴性 确诊 患有', MEDICAL, 0.8, true);
cn('健康状况 健康信息 血型 身高 体重 血压 心率 血糖 孕期', PHYSIO, 0.85);
cn('怀孕', PHYSIO, 0.85, true);
cn('银行卡 银行卡号 银行账号 银行账户 开户行 信用卡 收款账号 支付宝账户 账户余额', FIN_ACCOUNT, 0.85);
cn('卡号', FIN_ACCOUNT, 0.55);
cn('交易记录 交易流水 银行流水 账单 消费记录 支付记录 交易明细 消费明细', FIN_TX, 0.8);
cnRe(/收入(?!方)/, '收入', FIN_TX, 0.6);
cn('流水', FIN_TX, 0.55);
cn('征信 信用报告 信用分 芝麻分 逾期 负债', CREDIT, 0.85);
cnRe(/设备[^，。；,;]{0,6}?(?:ID|Id|id|号|标识|码|指纹)/, '设备标识', DEVICE, 0.8);
cn('IMEI IDFA OAID', DEVICE, 0.8);
cnRe(/MAC\s*地址/, 'MAC 地址', DEVICE, 0.8);
cnRe(/(?:IP|ip|Ip)\s*地址|(?:登录|登陆|客户端|用户|访问|来源|请求)\s*(?:IP|ip|Ip)/, 'IP 地址', IP, 0.85);
cnRe(/(?:IP|ip|Ip)\s*属地/, 'IP 属地', COARSE, 0.85);
cn('浏览记录 浏览历史 搜索记录 搜索历史 访问记录 观看记录 足迹', ACTIVITY, 0.8);
cn('行踪 轨迹 行程 实时位置 精确位置 位置信息', TRACK, 0.8);
cn('定位 经纬度', TRACK, 0.6);
cn('位置', TRACK, 0.45);
cn('籍贯 所在城市 常住地', COARSE, 0.8);
cn('聊天记录 聊天内容 私信 通话记录 短信内容 通话录音', CONTENT, 0.85);
cn('消息内容', CONTENT, 0.55);
cn('通讯录 联系人列表', CONTACTS, 0.9);
cn('工作单位 工作经历 职业 简历 工号 任职经历 工资 薪资 薪水 入职日期 入职时间 离职日期 离职时间 转正日期 参加工作 员工编号 职称 工龄 试用期', JOB, 0.8);
cn('岗位 入职 离职 转正', JOB, 0.55);
cn('职务 职位', JOB, 0.5);
cn('学历 学位 毕业院校 毕业学校 学号 文化程度 教育经历 所学专业', EDU, 0.85);
cn('专业', EDU, 0.6);
cn('成绩', EDU, 0.45);
cn('密码 支付密码 登录密码 会话密钥 口令 验证码 短信验证码', CRED, 0.85);
export const CHINESE_TERMS: readonly ChineseTerm[] = CN;

/** Chinese words that, after a term in the same clause, make it about something else (手机号正则, 身份证校验失败次数). */
export const CN_NEUTRAL_AFTER =
  /^[^，。；,;、]{0,8}?(?:正则|格式|模板|校验|验证规则|规则|开关|服务|接口|类型|状态|长度|次数|数量|前缀|后缀|区号|掩码|提示|错误|输入框|配置|阈值|白名单|黑名单|上限|下限|最大|最小|有效期|过期|强度|加密方式|算法|选项|字典|枚举|开启|关闭|是否|识别率|比对阈值)/;
/** Chinese words that, before a term in the same clause, make it a business's or a system's (客服电话, 服务器地址). */
export const CN_NEUTRAL_BEFORE =
  /(?:是否|客服|公司|企业|商家|商户|店铺|门店|仓库|服务器|服务|系统|内存|接口|网址|网站|回调|请求|默认|测试|示例|模拟|官方|平台|机构|单位|发件|图片|文件|下载|跳转|链接|资源|代理|网关|监听|后台|管理员|发送方|工厂|厂商|学校|医院|银行)[^，。；,;、]{0,6}$/;
/** 是否 (whether) anywhere in a clause makes it a yes/no question: 是否开启手机号登录 is a setting. */
export const CN_WHETHER = /是否/;
/** A name term that is a person (收件人, 联系人): before another term it says whose data that is (收件人手机号). */
export const CN_PERSON_TERM = /人$/;

/** An English documentation that starts with one of these describes a setting, a check or a format, not data. */
export const DOC_LEAD_NEUTRAL: ReadonlySet<string> = new Set([
  'regex', 'regexp', 'pattern', 'template', 'whether', 'toggle', 'flag', 'format', 'formatter', 'placeholder',
  'count', 'maximum', 'minimum', 'max', 'min', 'mask', 'validator', 'validates', 'validate', 'checks', 'check',
  'enables', 'enable', 'disables', 'disable', 'shows', 'show', 'hides', 'if', 'true', 'when', 'label', 'url',
  'options', 'config', 'configuration', 'settings', 'default',
]);
/** Nouns that, followed by "of" at the start of a documentation, describe a count or a label ("Number of retries"). */
export const DOC_LEAD_OF_NEUTRAL: ReadonlySet<string> = new Set(['number', 'name']);

/** Determiners skipped between a term and what qualifies it in a sentence ("the customer's phone"). */
export const ARTICLES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'each', 'its', 'their', 'his', 'her', 'current', 'given',
]);
/** Little words that are flags in a name (isMobile, byName) but ordinary in a sentence. */
export const SENTENCE_WORDS: ReadonlySet<string> = new Set([
  'of', 'for', 'by', 'with', 'per', 'on', 'no', 'if', 'when', 'is', 'has', 'have', 'was', 'were', 'can', 'could',
  'will', 'did', 'does', 'should', 'need', 'needs', 'use', 'set', 'get', 'display', 'type', 'key', 'image', 'label',
]);
/** A term after one of these is the object of a sentence, not its subject ("sends the code to the user's phone"). */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', 'for', 'to', 'by', 'with', 'from', 'about', 'on', 'in', 'into', 'via', 'using', 'against', 'than',
]);
/** After a term, these introduce whose it is ("name of the repository", "address for the server"). */
export const POSSESSOR_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for']);
/** Words that end the noun phrase a term stands in ("password reset link for the user"). */
export const PHRASE_STOPS: ReadonlySet<string> = new Set([
  ...PREPOSITIONS, 'the', 'a', 'an', 'and', 'or', 'as', 'that', 'which', 'who', 'is', 'are', 'was', 'be', 'if', 'when',
  'e', 'g', 'eg', 'ie',
]);

/** Words that exist only so the segmenter keeps them whole (microphone is not micro + phone). */
const WHOLE_WORDS = [
  'interface', 'surface', 'typeface', 'preface', 'microphone', 'headphone', 'headphones', 'iphone', 'smartphone',
  'telephony', 'telemetry', 'telnet', 'telegram', 'hotel', 'intel', 'phonetic', 'phonetics', 'facebook', 'facet',
  'heartbeat', 'idempotency', 'mailer', 'mailbox', 'hmac', 'diagnostics', 'diagnostic', 'identifier', 'identity',
  'identities', 'idle', 'ipc', 'ipv', 'zip', 'tooltip', 'equip', 'ship', 'description', 'hostname', 'pathname',
  'namespace', 'namespaces', 'rename', 'renamed', 'filename', 'dirname', 'basename', 'typename', 'classname',
  'tagname', 'nodename', 'username', 'nickname', 'surname', 'address', 'addresses', 'password', 'passport',
  'passive', 'credit', 'credits', 'credential', 'credentials', 'history', 'histories', 'location', 'locations',
  'mobile', 'email', 'emails', 'birthday', 'gender', 'avatar', 'image', 'images', 'photo', 'photos', 'picture',
  'degrees', 'degree', 'major', 'school', 'schools', 'salary', 'resume', 'resumed', 'latitude', 'longitude',
  'weight', 'height', 'city', 'cities', 'province', 'street', 'postcode', 'zipcode', 'contacts', 'contact',
  'component', 'components', 'element', 'elements', 'property', 'properties', 'timestamp', 'browser', 'document',
  'window', 'request', 'response', 'session', 'token', 'secret', 'config', 'template', 'templates', 'patient',
  'customer', 'member', 'person', 'receiver', 'recipient', 'consignee', 'shipping', 'delivery', 'billing',
  'mailing', 'postal', 'residential', 'residence', 'detail', 'details', 'number', 'numbers', 'record', 'records',
  'pinyin', 'transaction', 'transactions', 'message', 'messages', 'content', 'contents', 'status', 'device',
  'devices', 'display', 'visitor', 'visitors', 'service', 'services', 'server', 'servers', 'account', 'accounts',
  'balance', 'balancer', 'income', 'outcome', 'overdue', 'debt', 'score', 'report', 'rating', 'limit', 'career',
  'merchant', 'company', 'warehouse', 'store', 'shop', 'tenant', 'product', 'goods', 'order', 'orders', 'amount',
  'price', 'openid', 'unionid', 'owner', 'holder', 'handle', 'handler', 'handlers', 'options', 'settings',
  'remote', 'forwarded', 'realip', 'mac', 'macos', 'imei', 'idfa', 'oaid', 'udid', 'idfv', 'imsi', 'meid', 'gaid',
  'trackpad', 'tracking', 'tracker', 'track', 'tracks', 'trajectory', 'position', 'positions', 'coordinate',
  'coordinates', 'coords', 'geo', 'region', 'regions', 'country', 'countries', 'nation', 'national', 'nationality',
  'religion', 'religious', 'ethnicity', 'ethnic', 'political', 'disability', 'criminal', 'medical', 'medicine',
  'diagnosis', 'diagnoses', 'prescription', 'allergy', 'allergies', 'symptom', 'symptoms', 'medication',
  'medications', 'pregnant', 'pregnancy', 'menstrual', 'blood', 'pressure', 'rate', 'sugar', 'glucose', 'body',
  'fingerprint', 'fingerprints', 'voiceprint', 'palmprint', 'biometric', 'biometrics', 'liveness', 'selfie',
  'facial', 'iris', 'gait', 'dna', 'headshot', 'portrait', 'thumbnail', 'icon', 'logo', 'cover', 'banner',
  'employer', 'employee', 'employment', 'occupation', 'education', 'graduation', 'graduated', 'student',
  'transcript', 'clickstream', 'browsing', 'browse', 'search', 'purchase', 'watch', 'view', 'visit', 'click',
  'chat', 'private', 'direct', 'phonebook', 'bankcard', 'iban', 'cvv', 'cvc', 'alipay', 'wechat', 'weixin',
  'qq', 'twitter', 'github', 'login', 'logout', 'signin', 'signup', 'register', 'registration', 'verify',
  'verification', 'security', 'answer', 'question', 'passphrase', 'passcode', 'passwd', 'pwd', 'otp', 'totp',
  'mfa', 'pin', 'sms', 'code', 'auth', 'dob', 'ssn', 'tax', 'cert', 'certificate', 'driver', 'drivers', 'driving',
  'license', 'licence', 'permit', 'macao', 'taiwan', 'hukou', 'social', 'citizen', 'resident', 'whereabouts',
  'movement', 'hometown', 'birthplace', 'birth', 'birthdate', 'sesame', 'zhima', 'statement', 'spending',
  'consumption', 'payment', 'payments', 'wallet', 'cardholder', 'forename', 'maiden', 'legal', 'given', 'family',
  'middle', 'first', 'last', 'full', 'real', 'true', 'chinese', 'english', 'nick', 'login', 'union', 'open',
  'provider', 'deviceid', 'advertising', 'push', 'serial', 'canvas', 'doorplate', 'house', 'line', 'fullname',
  'realname', 'firstname', 'lastname', 'loginname', 'zipcode', 'gps', 'lat', 'lng', 'lon', 'ipaddr', 'addr',
  'emergency', 'whatsapp', 'msisdn', 'cellphone', 'telephone', 'phone', 'phones', 'tel', 'mail', 'faith',
  'lab', 'result', 'results', 'chief', 'complaint', 'icd', 'health', 'condition', 'group', 'bmi', 'heart',
  'vein', 'palm', 'voice', 'feature', 'features', 'embedding', 'template', 'minutiae', 'party', 'veteran',
  'orientation', 'sexual', 'affiliation', 'work', 'experience', 'title', 'monthly', 'staff', 'alma', 'mater',
  'gpa', 'income', 'crm',
];

/** Pinyin syllable groups used only as context or as parts of run-together words. */
const PINYIN_CONTEXT = [
  'kehu', 'yonghu', 'huiyuan', 'huanzhe', 'xuesheng', 'yuangong', 'renyuan', 'shouhuo', 'shoujian', 'lianxi',
  'zhenshi', 'benren', 'jilu', 'lishi', 'neirong', 'xiaoxi', 'danwei', 'jingli', 'jingyan', 'yuanxiao',
  'xuexiao', 'zhuanye', 'riqi', 'nianyue', 'nianfen', 'zhifu', 'denglu', 'haoma', 'hao', 'xinxi', 'baogao',
  'mingxi', 'zhuangkuang', 'dangan', 'tezheng', 'zhaopian', 'tupian', 'shuju', 'biaoshi', 'xiangxi', 'jiating',
  'kefu', 'gongsi', 'dianpu', 'shangjia', 'shanghu', 'mendian', 'cangku', 'qiye', 'jigou', 'xitong', 'pingtai',
  'moban', 'zhengze', 'geshi', 'jiaoyan', 'leixing', 'zhuangtai', 'shuliang', 'cishu', 'mingcheng', 'bianma',
  'daima', 'beizhu', 'shifou', 'kaiguan', 'peizhi', 'fuwu', 'jiekou', 'xiangmu', 'shangpin', 'dingdan',
  'bingren', 'tijian', 'fuwuqi', 'neicun', 'zhengjian',
];

/** Every word the segmenter may produce. */
export const VOCABULARY: ReadonlySet<string> = (() => {
  const v = new Set<string>();
  for (const t of TERMS) {
    for (const w of t.words) v.add(w);
    for (const list of [t.strong?.suffixes, t.suffixes, t.boosters, t.ownerWords, t.kills]) list?.forEach((w) => v.add(w));
  }
  for (const set of [PERSON_WORDS, NON_PERSON_OWNER_WORDS, DATA_SUFFIXES, NEUTRAL_HEADS, FLAG_PREFIXES, BUSINESS_WORDS, TECH_WORDS]) {
    for (const w of set) v.add(w);
  }
  for (const w of WHOLE_WORDS) v.add(w);
  for (const w of PINYIN_CONTEXT) v.add(w);
  // Single letters and digits never come out of the segmenter (pieces are at least 2 letters).
  for (const w of [...v]) if (w.length < 2 || /\d/.test(w)) v.delete(w);
  return v;
})();

/**
 * The vocabulary the splitter may produce by merging or segmenting. Short one-word terms (ip, qq, dob, sex)
 * are left out: they count only as separate words of an identifier (clientIp, client_ip, x-real-ip), never
 * from inside a run-together word ("clientip", "skip"), which keeps the prefilter sound and precise.
 */
export const SEGMENT_VOCABULARY: ReadonlySet<string> = (() => {
  const v = new Set(VOCABULARY);
  for (const t of TERMS) if (t.words.length === 1 && t.words[0].length <= 3) v.delete(t.words[0]);
  return v;
})();
