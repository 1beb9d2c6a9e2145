import type { RuleTable, RuleValue } from './types';
import { SHARE } from './common';

/** Who else gets the data. */

/**
 * Third parties a policy names, with the name the label shows. Browsers and operating
 * systems ("Google Chrome", "Apple Safari", "Microsoft Edge") are instructions, not recipients.
 */
const PARTIES: readonly [RegExp, string][] = [
  [/^google\s?anal(?:ytics|tyics|itics)$/i, 'Google Analytics'],
  [/^google\s?(?:ads|adwords|adsense)$/i, 'Google Ads'],
  [/^google tag manager$/i, 'Google Tag Manager'],
  [/^doubleclick$/i, 'DoubleClick'],
  [/^(?:amazon web services|aws)$/i, 'Amazon Web Services'],
  [/^mail ?chimp$/i, 'Mailchimp'],
  [/^(?:facebook|meta) pixel$/i, 'Facebook Pixel'],
  [/^paypal$/i, 'PayPal'],
  [/^hubspot$/i, 'HubSpot'],
  [/^sendgrid$/i, 'SendGrid'],
  [/^youtube$/i, 'YouTube'],
  [/^linkedin$/i, 'LinkedIn'],
  [/^tiktok$/i, 'TikTok'],
  [/^new relic$/i, 'New Relic'],
  [/^appnexus$/i, 'AppNexus'],
];
const PARTY_SOURCE =
  '\\b(?:google\\s?anal(?:ytics|tyics|itics)|google\\s?(?:ads|adwords|adsense)|google tag manager|doubleclick|google(?!\\s(?:chrome|play|maps api))|facebook pixel|meta pixel|facebook|instagram|twitter|linkedin|pinterest|youtube|tiktok|snapchat|paypal|stripe|braintree|authorize\\.net|worldpay|adyen|amazon web services|aws|amazon(?!\\s(?:kindle|fire|echo|alexa))|mail ?chimp|sendgrid|hubspot|salesforce|zendesk|intercom|mixpanel|hotjar|segment\\.(?:io|com)|amplitude|cloudflare|shopify|twilio|microsoft(?!\\s(?:internet explorer|edge|windows|word))|adobe(?!\\s(?:flash|reader|acrobat))|oracle|criteo|appnexus|quantcast|comscore|nielsen|optimizely|new relic|sentry|zoom|dropbox|akamai|taboola|outbrain)\\b';
const PARTY = new RegExp(PARTY_SOURCE, 'i');
const PARTY_G = new RegExp(PARTY_SOURCE, 'gi');

/** The sentence treats the named company as a recipient, a service or an embedded feature. */
const NAMED_CONTEXT = new RegExp(
  `${SHARE.source}|\\b(?:use[sd]?|using|provided by|powered by|hosted|service|analytics|payment|pay|plugins?|buttons?|widgets?|features?|privacy polic(?:y|ies)|cookies?|pixels?|processor|processing|send|sends|sent)\\b`,
  'i',
);

function canonicalParty(raw: string): string {
  const flat = raw.replace(/\s+/g, ' ');
  for (const [re, name] of PARTIES) if (re.test(flat)) return name;
  return flat.charAt(0).toUpperCase() + flat.slice(1).toLowerCase();
}

function namedParties(_m: RegExpExecArray, sentence: string): RuleValue[] {
  const seen = new Set<string>();
  const out: RuleValue[] = [];
  PARTY_G.lastIndex = 0;
  for (let m = PARTY_G.exec(sentence); m; m = PARTY_G.exec(sentence)) {
    const name = canonicalParty(m[0]);
    if (seen.has(name)) continue;
    seen.add(name);
    out.push({ value: name });
  }
  return out;
}

/**
 * A denial of selling narrower than "we do not sell your data": only e-mail addresses or
 * mailing lists, or only to spammers, brokers or for the buyer's own marketing. The policy may
 * still sell otherwise, so it does not contradict a general statement.
 */
const SALE_NARROW =
  /^[^.]{0,40}?\b(?:e-?mail address(?:es)?|e-?mail lists?|mailing lists?)\b(?![^.]{0,30}\b(?:or|and) (?:any )?(?:other )?(?:personal|information|data))|\bto (?:spammers|list brokers|data brokers|telemarketers|(?:third[- ]part(?:y|ies)|others|anyone|marketers|advertisers|other companies)\b[^.]{0,20}?\bfor (?:their|its) (?:own )?(?:direct )?(?:marketing|advertising))\b/i;

export const sharing: RuleTable = {
  section: 'sharing',
  hedgeable: true,
  // "We do not share your data with advertisers", not "We have no affiliates"
  denialVerbs: /^(?:shar|sell|sold|rent|trad|disclos|transfer|giv|gave|provid|releas|leas|exchang|mak|distribut|pass|allow|permit|licens|barter|use|work|partner|engag|send|sent|offer|publish|post|display|mak)/i,
  rules: [
    {
      id: 'sharing/service-providers/providers',
      item: 'service-providers',
      pattern: /\b(?:(?<!internet )(?:third[- ]party )?service providers?|vendors|contractors|sub-?processors|hosting providers?|suppliers|(?:companies|partners|parties|providers) (?:who|that) (?:assist|help|perform|provide|process)|(?:who|that) (?:assist|help) us (?:in|with|to)|on our behalf)\b/i,
      context: SHARE,
      example: 'We may share your information with service providers who host our website.',
      counterExamples: ['Our service is provided as is.', 'We share aggregate statistics such as your Internet service provider and browser type.'],
    },
    {
      id: 'sharing/payment-processors/processors',
      item: 'payment-processors',
      pattern: /\b(?:payment (?:services? )?(?:processors?|providers?|processing|gateways?|services? providers?|platforms?)|third[- ]party payment|outside platform to bill|billing (?:services? )?providers?|paypal|stripe|braintree|authorize\.net|worldpay|adyen)\b/i,
      context: new RegExp(`${SHARE.source}|\\b(?:collect\\w*|process\\w*|bill|pay|handled)\\b`, 'i'),
      example: 'We will share transaction data with our payment services providers only to process your payments.',
      counterExamples: ['Payment is due within 30 days of the invoice.'],
    },
    {
      id: 'sharing/advertisers/partners',
      item: 'advertisers',
      pattern: /\b(?:advertis(?:ers|ing (?:partners|networks?|companies|platforms))|marketing and advertising (?:partners|platforms|companies)|ad (?:networks?|partners|servers?)|third[- ]party advertis(?:ers|ing (?:partners|companies|networks?))|marketing partners)\b/i,
      context: SHARE,
      example: 'We may share your information with marketing partners to facilitate marketing campaigns.',
      counterExamples: ['We use advertising to fund our free service.'],
    },
    {
      id: 'sharing/advertisers/their-ads',
      item: 'advertisers',
      pattern: /\b(?:enabl|allow|permit)\w* them to (?:deliver|send|serve|show|market)\w*|(?:for|to) (?:their|its) own (?:direct )?(?:marketing|advertising)(?: purposes)?\b/i,
      context: SHARE,
      example: 'We do not share your information with third parties for the purpose of enabling them to deliver their advertisements to you.',
      examplePolarity: 'no',
      counterExamples: ['Our partners show you their products on our website.'],
    },
    {
      id: 'sharing/analytics-providers/analytics',
      item: 'analytics-providers',
      pattern: /\b(?:analytics? (?:providers?|partners?|services?|companies|tools?|vendors?)|google\s?anal(?:ytics|tyics)|third[- ]party analytics|web(?:site)? analytics|mixpanel|hotjar|amplitude|matomo|adobe analytics)\b/i,
      context: new RegExp(`${SHARE.source}|\\b(?:use[sd]?|using|provided by|by third[- ]part(?:y|ies))\\b`, 'i'),
      example: 'We may use website analytics tools provided by third parties.',
      counterExamples: ['Analytics is the study of data.'],
    },
    {
      id: 'sharing/affiliates/affiliates',
      item: 'affiliates',
      pattern: /\b(?:affiliates?|affiliated (?:companies|entities|businesses|organi[sz]ations)|subsidiar(?:y|ies)|parent compan(?:y|ies)|(?:group|sister) compan(?:y|ies)|corporate family|within (?:the |our )?[^.,;]{0,40}?\bgroup)\b/i,
      context: SHARE,
      example: 'We may transfer information that we collect about you to affiliated entities.',
      counterExamples: ['Our company has no affiliates.'],
    },
    {
      id: 'sharing/business-transfer/merger',
      item: 'business-transfer',
      pattern: /\b(?:mergers?|bankruptc(?:y|ies)|change (?:of|in) (?:control|ownership)|business transfers?|corporate (?:divestitures?|transactions?|reorgani[sz]ations?)|(?:sale|reorgani[sz]ation|transfer)(?: or (?:reorgani[sz]ation|transfer|sale))? of (?:all or (?:a )?(?:part|portion) of |some or all of |substantially all of |all or substantially all of )?(?:our |its |the )?(?:company|business|assets|stock|service|services))\b/i,
      example: 'We may need to share your information in connection with the sale or reorganization of all or part of our business.',
      counterExamples: ['We sell software licenses to businesses.'],
    },
    {
      id: 'sharing/law-enforcement/legal-requests',
      item: 'law-enforcement',
      pattern: /\b(?:law enforcement|subpoenas?|court orders?|warrants|legal process(?:es)?|government(?:al)? (?:authorit(?:y|ies)|agenc(?:y|ies)|requests?)|public authorit(?:y|ies)|(?:required|compelled|obliged|obligated) (?:to do so )?by law|legally (?:bound|obliged|required|compelled)|prosecution (?:services|authorities)|prosecutors?|legal requirements?|(?:comply|compliance) with (?:a |an |any |applicable )?(?:laws?|legal ob\w*gations?))\b/i,
      context: /\b(?:disclos\w*|shar(?:e|es|ed|ing)|release[sd]?|respond\w* to|provide\w*\s(?:[\w-]+\s){0,2}?(?:information|data)|hand(?:ed)? over|transfer\w*|access|preserv\w*)\b/i,
      example: 'We will disclose your information where required to do so by law or if subject to subpoena.',
      counterExamples: ['This policy is governed by the law of England.'],
    },
    {
      id: 'sharing/public/public',
      item: 'public',
      pattern: /\b(?:public(?:ly)? (?:available|visible|accessible|display\w*|forums?|profiles?|areas?)(?! sources)|(?:displayed|shown|visible|viewable|posted) publicly|make\w* [^.?]{0,60}?\bpublic\b|(?:made|considered|become|becomes|deemed) public\b|available to (?:others|other users|the public|anyone)|viewable by (?:others|anyone|the public|other users)|for publication|public-facing)/i,
      example: 'Any personally identifiable information you elect to make publicly available on our websites will be available to others.',
      counterExamples: ['We collect information from publicly available sources.'],
    },
    {
      id: 'sharing/social-networks/networks',
      item: 'social-networks',
      pattern: /\b(?:social (?:media|network(?:ing)?) (?:sites?|platforms?|services?|networks?|providers?|partners?|companies)|facebook|twitter|instagram|linkedin|pinterest|tiktok)\b/i,
      context: SHARE,
      example: 'We may share information with social media platforms when you choose to connect your account.',
      counterExamples: ['Follow us on Twitter for news.'],
    },
    {
      id: 'sharing/sale/sell-data',
      item: 'sale',
      // Not the CCPA's vocabulary: "Do Not Sell My…", "request that we not sell", "the purposes
      // for collecting or selling", "we collect, use, disclose, and sell" (rights to know),
      // "businesses that sell" (the law described).
      pattern: /\b(?<!(?:not to|to not|stop|refrain from|collecting,? (?:and|or)|disclosing,? (?:and|or)|processing and\/or|disclose,? (?:and|or)|disclosed,? (?:and|or)|(?:businesses|companies|a business) (?:that|which|who)) ["“]?)(?<!buy(?:ing)? (?:and|or) )(?<!opted[- ]out from \w{1,30} )(?!sell (?:or share )?my\b)(?:sell|sells|selling|rent|rents|renting|trade|trades|trading|lease|leasing|barter)\b(?! process| products?\b| goods| items| merchandise| tickets| assets| (?:the |our )?(?:business|company))[^.]{0,60}?\b(?:(?:personal|your|user|users'?|customer|member|visitor)\b[^.]{0,25}?\b(?:information|data|details|lists?)|personally identifiable|PII|(?:e-mail|email) (?:address(?:es)?|lists?)|mailing lists?)/i,
      narrowDenial: SALE_NARROW,
      example: 'We will not rent or sell your personally identifiable information to others.',
      examplePolarity: 'no',
      counterExamples: [
        'To opt out, click Do Not Sell My Personal Information at the bottom of the page.',
        'As part of the buying and selling process, we collect the personal information you give us.',
        'You may request that we stop selling your personal information.',
        'When you buy or lease a vehicle from a dealer, the dealer will share your information with us.',
        'If we choose to buy or sell assets, user information is typically one of the transferred assets.',
        'You have the right to know the business or commercial purpose for collecting or selling the personal information.',
        'You may request that we disclose what personal information we collect, use, disclose, and sell.',
        'We may buy or sell/divest/transfer the company (including any shares in the company), or any combination of its products.',
        'We may also sell, assign or otherwise transfer such information in the course of corporate divestitures.',
      ],
    },
    {
      id: 'sharing/sale/no-sale-of',
      item: 'sale',
      pattern: /\b(?:no|never any) (?:sale|selling|rental|renting|trading) of (?:your |any |user |customer |our users['’] )?(?:personal )?(?:data|information)\b/i,
      polarity: 'no',
      example: 'With the exception of payment data, we will not disclose your data. There will be no sale of data.',
      examplePolarity: 'no',
      counterExamples: ['You have the right to opt out of the sale of personal information.'],
    },
    {
      id: 'sharing/sale/sold-passive',
      item: 'sale',
      // Not the right to know "whether your personal information is sold".
      pattern: /\b(?<!(?:whether|if) (?:your |their )?(?:personal )?)(?:information|data|details|PII)\b[^.]{0,30}?\b(?:be|is|are|being|get|gets)\s(?:\w+ly\s)?(?:sold|rented|traded|leased)\b/i,
      narrowDenial: SALE_NARROW,
      example: 'Your personal information will never be sold to anyone.',
      examplePolarity: 'no',
      counterExamples: [
        'Your information such as customer names and email addresses may be among the items sold in such a transaction.',
        'You have the right to know whether your personal information is sold or disclosed, and to whom.',
      ],
    },
    {
      id: 'sharing/sale/considered-sale',
      item: 'sale',
      pattern: /\b(?:engag(?:e|es|ed|ing) in (?:the )?(?:sale|selling|renting) of (?:your |personal |user |customer )?(?:information|data)|(?:considered|deemed|constitutes?|qualif(?:y|ies) as|may be) (?:a )?["“']?(?:sale|selling)\b["”']? of)/i,
      example: 'Some of the sharing described above may be considered a sale of personal information under California law.',
      counterExamples: [
        'You have the right to opt out of the sale of your personal information.',
        'Sale of Personal Information.',
        'We engage in sales of goods and services to members and advertisers.',
      ],
    },
    {
      id: 'sharing/named/parties',
      item: 'named',
      pattern: PARTY,
      context: NAMED_CONTEXT,
      value: namedParties,
      example: 'Financial transactions are handled by PayPal or Stripe.',
      counterExamples: ['Open the settings of Google Chrome to delete cookies.'],
    },
  ],
};
