/**
 * The owner's context in the personal-data detector: whose a field is decides before a category is named (a
 * Team's avatar is not a person's photo, a recipient's name in a template's props is), the documentation can say
 * whose it is, and every hint says what decided it, in English and Chinese.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { detectIdentifier, type DetectContext } from '../../server/src/engine/detect/index';
import { ownerOf } from '../../server/src/engine/detect/owner';

const cat = (name: string, ctx: DetectContext = {}) => detectIdentifier(name, { typeText: 'string', ...ctx })?.category;

describe('ownerOf: the nearest segment decides', () => {
  test('a person word makes a person, a team, app or template a thing, and says which word decided', () => {
    assert.deepEqual([ownerOf('CreateUserDto')?.person, ownerOf('CreateUserDto')?.decidedBy], [true, 'user']);
    assert.deepEqual([ownerOf('PublicTeam')?.nonPerson, ownerOf('PublicTeam')?.decidedBy], [true, 'team']);
    for (const thing of ['OAuthClient', 'Integration', 'EmailTemplate', 'Organization', 'Project']) {
      assert.equal(ownerOf(thing)?.nonPerson, true, thing);
      assert.equal(ownerOf(thing)?.person, false, thing);
    }
  });

  test('an ambiguous person word: a wrapper after it leaves a person, a thing\'s qualifier before it does not', () => {
    assert.equal(ownerOf('TeamMemberDeleteDialogProps')?.person, true);
    assert.equal(ownerOf('ActivityNotificationSubscriberResponseDto')?.person, true);
    assert.equal(ownerOf('ShippingProfile')?.person, false);
    assert.equal(ownerOf('EnumMember')?.person, false);
  });

  test('an outer segment speaks only when the nearest says nothing', () => {
    const author = ownerOf('UnfurlResponse.author');
    assert.deepEqual([author?.person, author?.decidedBy, author?.decidedOuter], [true, 'author', false]);
    const account = ownerOf('installation.account');
    assert.deepEqual([account?.nonPerson, account?.decidedBy, account?.decidedOuter], [true, 'installation', true]);
    assert.equal(ownerOf('TeamMember.team')?.nonPerson, true);
  });
});

describe('owner context: hints that fire and hints that do not', () => {
  test('avatars of teams, projects, OAuth apps and integrations are not photos of people; a user\'s or an author\'s is', () => {
    for (const owner of ['PublicTeam', 'Project', 'OAuthClient', 'Integration', 'installation.account']) {
      assert.equal(cat('avatarUrl', { ownerName: owner }), undefined, owner);
    }
    assert.equal(cat('avatarUrl', { ownerName: 'User' }), 'identity.photo');
    assert.equal(cat('avatarUrl', { ownerName: 'UnfurlResponse.author' }), 'identity.photo');
  });

  test('names and emails of organisations and teams are not a person\'s; a customer\'s and a team member\'s are', () => {
    assert.equal(cat('name', { ownerName: 'Organization' }), undefined);
    assert.equal(cat('email', { ownerName: 'Team' }), undefined);
    assert.equal(cat('email', { ownerName: 'organisationEmails' }), undefined);
    assert.equal(cat('name', { ownerName: 'Customer' }), 'identity.name');
    assert.equal(cat('name', { ownerName: 'TeamMember' }), 'identity.name');
    assert.equal(cat('memberName', { ownerName: 'TeamMemberDeleteDialogProps' }), 'identity.name');
  });

  test('the system\'s sender is not a person; a recipient in a template\'s props and a parcel\'s sender are', () => {
    assert.equal(cat('email', { ownerName: 'ISendMail.from' }), undefined);
    assert.equal(cat('fromEmail', { ownerName: 'MailConfig' }), undefined);
    assert.equal(cat('senderName', { ownerName: 'ICredentials' }), undefined);
    assert.equal(cat('recipientName', { ownerName: 'TemplateDocumentReminderProps' }), 'identity.name');
    assert.equal(cat('senderName', { ownerName: 'ParcelInfo' }), 'identity.name');
  });

  test('an API namespace leading the owner is not a sender (AdminCreateInvite); a socket\'s address is still an IP', () => {
    assert.equal(cat('email', { ownerName: 'AdminCreateInvite' }), 'contact.email');
    assert.equal(cat('remoteAddress', { ownerName: 'Socket' }), 'device.ip');
  });

  test('a password next to a host, a port or an API key is a service\'s; in a login form it is a person\'s', () => {
    assert.equal(cat('password', { ownerName: 'ProviderForm', siblings: ['host', 'port', 'user'] }), undefined);
    assert.equal(cat('password', { ownerName: 'Creds', siblings: ['apiKey', 'senderName'] }), undefined);
    assert.equal(cat('password', { ownerName: 'LoginForm', siblings: ['email', 'remember'] }), 'account.credential');
  });

  test('in an address record its parts are the address, unless the address is a stock location\'s', () => {
    assert.equal(cat('city', { ownerName: 'CustomerAddressDTO' }), 'contact.address');
    assert.equal(cat('address_1', { ownerName: 'OrderAddress' }), 'contact.address');
    assert.equal(cat('postal_code', { ownerName: 'TaxCalculationContext.address' }), 'contact.address');
    assert.equal(cat('city', { ownerName: 'UmsMember' }), 'location.coarse');
    assert.equal(cat('city', { ownerName: 'StockLocationAddress' }), undefined);
    assert.equal(cat('address_1', { ownerName: 'StockLocationAddress' }), undefined);
  });

  test('filters and registries: blocked IPs, message ids and email templates are not personal data', () => {
    assert.equal(cat('blockedIps', { typeText: 'string[]' }), undefined);
    assert.equal(cat('messageId', { ownerName: 'Message' }), undefined);
    assert.equal(cat('inReplyTo'), undefined);
    assert.equal(cat('emailTemplates', { typeText: 'Record<string, string>' }), undefined);
  });
});

describe('documentation that says whose it is', () => {
  test('"Mentioned user\'s name" makes a name; "Group name" and "Project avatar URL" do not', () => {
    assert.equal(cat('name', { ownerName: 'UnfurlResponse', doc: "Mentioned user's name" }), 'identity.name');
    assert.equal(cat('name', { ownerName: 'UnfurlResponse', doc: 'Group name' }), undefined);
    assert.equal(cat('avatarUrl', { doc: 'Project avatar URL' }), undefined);
    assert.equal(cat('avatarUrl', { doc: "The user's avatar URL" }), 'identity.photo');
  });
});

describe('every hint says why, in English and Chinese', () => {
  const reason = (name: string, ctx: DetectContext) => detectIdentifier(name, { typeText: 'string', ...ctx })?.reason;

  test('the owner that made it a person\'s', () => {
    const r = reason('name', { ownerName: 'Customer' });
    assert.match(r!.en, /owner Customer is a person \("customer"\)/);
    assert.match(r!.zh, /其所属的 Customer 指人（“customer”）/);
  });

  test('the person word of the name that qualified it', () => {
    const r = reason('recipientName', { ownerName: 'TemplateDocumentReminderProps' });
    assert.match(r!.en, /qualified by "recipient"/);
    assert.match(r!.zh, /“recipient”限定的“name”/);
  });

  test('the address record its part belongs to', () => {
    const r = reason('city', { ownerName: 'CustomerAddressDTO' });
    assert.match(r!.en, /owner CustomerAddressDTO is an address/);
    assert.match(r!.zh, /CustomerAddressDTO 是地址/);
  });

  test('whose the documentation says it is', () => {
    const r = reason('name', { ownerName: 'UnfurlResponse', doc: "Mentioned user's name" });
    assert.match(r!.en, /documentation says a user's "name"/);
    assert.match(r!.zh, /文档注释写明“user”的“name”/);
  });
});
