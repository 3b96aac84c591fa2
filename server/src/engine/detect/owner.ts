/**
 * Whether the words around a term speak of a person: the enclosing declaration's name (name in interface
 * User vs in ProductConfig, email in SignupFormErrors) and ambiguous person words (member in enumMember).
 *
 * The nearest owner decides when it says anything: `avatarUrl` in `PublicTeam` is a team's, in
 * `UnfurlResponse.author` an author's, in `installation.account` (nothing said) the installation's.
 */
import { splitWords } from './identifiers';
import {
  AMBIGUOUS_PERSON_WORDS,
  GENERIC_OWNER_SUFFIXES,
  META_OWNER_HEADS,
  NON_PERSON_OWNER_WORDS,
  PERSON_WORDS,
  SYSTEM_OWNER_WORDS,
  SYSTEM_ROLE_WORDS,
  TECH_CONTEXT,
  THING_QUALIFIERS,
  SEGMENT_VOCABULARY as VOCABULARY,
} from './lexicon';

export interface Owner {
  /** The owner as written ("CustomerService.findByMobile"). */
  name: string;
  /** Every word of every segment (for a term's owner words and owner kills). */
  words: Set<string>;
  person: boolean;
  nonPerson: boolean;
  /** The word that made the owner a person or a thing ("user" in CreateUserDto, "team" in PublicTeam). */
  decidedBy?: string;
  /** A programming word stands in the owner (EnumMember, RTCIceCandidate): ambiguous person words do not count. */
  tech: boolean;
  /** The owner maps fields to errors, labels, rules (SignupFormErrors): its members are not the data. */
  meta: boolean;
  /** The owner's head noun is a person (CreateUserDto, UserInfoVo, SysUser), not a thing of theirs (UserLocation). */
  headPerson: boolean;
  /** The words of the nearest segment ("findByMobile" in "CustomerService.findByMobile"). */
  nearest: string[];
  /** The head noun of the nearest segment ("address" in CustomerAddressDTO). */
  head?: string;
  /** It configures a system (MailConfig, ICredentials): a sender there is the system. */
  system: boolean;
  /** An outer segment decided, the nearest said nothing (`address` in `TaxCalculationContext.address`). */
  decidedOuter: boolean;
}

interface Verdict {
  person: boolean;
  nonPerson: boolean;
  tech: boolean;
  decidedBy?: string;
}

/**
 * What one segment of an owner says. A person word makes it a person's (CustomerAddress, TeamMember); an
 * ambiguous one only without a programming word (EnumMember), without a thing after it (ProfileRegion) and
 * without a thing's qualifier before it (ShippingProfile).
 */
function verdictOf(words: readonly string[]): Verdict {
  // A wrapper (Request, Response) is no programming context for the person word it wraps (SubscriberResponseDto).
  const tech = words.some((w) => TECH_CONTEXT.has(w) && !GENERIC_OWNER_SUFFIXES.has(w));
  let person: string | undefined;
  let thing: string | undefined;
  words.forEach((w, i) => {
    if (PERSON_WORDS.has(w) && !AMBIGUOUS_PERSON_WORDS.has(w)) person ??= w;
    else if (PERSON_WORDS.has(w)) {
      // A thing after it is theirs (ProfileRegion); a wrapper is not (TeamMemberDeleteDialogProps, SubscriberResponseDto).
      const thingAfter = words.slice(i + 1).some((x) => NON_PERSON_OWNER_WORDS.has(x) && !GENERIC_OWNER_SUFFIXES.has(x));
      const qualified = i > 0 && THING_QUALIFIERS.has(words[i - 1]);
      if (!tech && !thingAfter && !qualified) person ??= w;
    } else if (NON_PERSON_OWNER_WORDS.has(w)) thing ??= w;
  });
  if (person) return { person: true, nonPerson: false, tech, decidedBy: person };
  if (thing) return { person: false, nonPerson: true, tech, decidedBy: thing };
  return { person: false, nonPerson: false, tech };
}

export function ownerOf(ownerName: string | undefined): Owner | undefined {
  if (!ownerName) return undefined;
  const segments = ownerName.split('.').map((s) => splitWords(s, VOCABULARY));
  const nearest = segments[segments.length - 1];
  const words = new Set(segments.flat());
  // The nearest segment decides; an outer one only when the nearest says nothing (installation.account).
  let verdict: Verdict = { person: false, nonPerson: false, tech: false };
  let at = segments.length - 1;
  for (; at >= 0; at--) {
    verdict = verdictOf(segments[at]);
    if (verdict.person || verdict.nonPerson) break;
  }
  const meta = META_OWNER_HEADS.has(nearest[nearest.length - 1] ?? '');
  const nouns = nearest.filter((w) => !GENERIC_OWNER_SUFFIXES.has(w) && !/^\d+$/.test(w));
  const head = nouns[nouns.length - 1];
  const headPerson = head !== undefined && PERSON_WORDS.has(head) && (!AMBIGUOUS_PERSON_WORDS.has(head) || verdict.person);
  return {
    name: ownerName,
    words,
    person: verdict.person,
    nonPerson: verdict.nonPerson,
    decidedBy: verdict.decidedBy,
    tech: segments.some((s) => s.some((w) => TECH_CONTEXT.has(w))),
    meta,
    headPerson,
    nearest,
    head,
    system: segments.some((seg) => seg.some((w) => SYSTEM_OWNER_WORDS.has(w))),
    decidedOuter: at >= 0 && at < segments.length - 1,
  };
}

/** Whether a person word means a person here: "member" in "enumMember" or in ts.EnumMember does not. */
export function isPerson(w: string, words: readonly string[], owner: Owner | undefined): boolean {
  if (!AMBIGUOUS_PERSON_WORDS.has(w)) return true;
  if (words.some((x) => TECH_CONTEXT.has(x))) return false;
  // "senderName" in a mailer's configuration is the system's sender; "recipientName" in a template's props is a person.
  if (owner?.system && SYSTEM_ROLE_WORDS.has(w)) return false;
  return !owner || !owner.tech || owner.person;
}
