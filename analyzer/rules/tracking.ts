import type { RuleTable } from './types';
import { SOME_DATA_ONLY } from './common';

/** Tracking by others, and the reader's controls over it. */

const TRACKERS = '(?:cookies|web beacons|beacons|pixels?|pixel tags|tags|scripts|tracking technolog(?:y|ies)|similar technologies|technologies)';

export const tracking: RuleTable = {
  section: 'tracking',
  hedgeable: true,
  // "We do not allow third-party tracking", "We do not respond to Do Not Track signals"
  denialVerbs: /^(?:alter|allow|permit|use|using|track|set|place|serve|respond|hono|support|recogni|share|collect|enabl|let|display|show|offer|work|partner|engag|participat|obey|comply|act|react|process|treat|includ|integrat|embed|employ|deploy|drop)/i,
  rules: [
    {
      id: 'tracking/third-party-tracking/third-party-trackers',
      item: 'third-party-tracking',
      pattern: /\bthird[- ]party (?:cookies|tracking|tracking technologies|(?:web )?beacons|pixels|tags|trackers|behaviou?ral tracking|analytics cookies)\b/i,
      example: 'Our pages contain third-party cookies.',
      counterExamples: ['We do not allow third-party behavioral tracking.'],
    },
    {
      id: 'tracking/third-party-tracking/partners-use',
      item: 'third-party-tracking',
      pattern: new RegExp(
        `\\b(?:third[- ]part(?:y|ies)|(?:our |third[- ]party |advertising |analytics )partners|advertisers|ad networks|service providers)\\b[^.]{0,40}?\\b(?:use|place|set|serve|deploy|employ|drop)\\w*\\s[^.]{0,40}?\\b${TRACKERS}\\b`,
        'i',
      ),
      example: 'Our third party partners may use technologies such as cookies to gather information about your activities.',
      counterExamples: ['Our partners may use your feedback to improve their products.'],
    },
    {
      id: 'tracking/third-party-tracking/used-by-partners',
      item: 'third-party-tracking',
      pattern: new RegExp(
        `\\b${TRACKERS}\\b[^.]{0,60}?\\b(?:used|set|placed|served|deployed)\\sby\\b[^.]{0,40}?\\b(?:partners|third[- ]part(?:y|ies)|advertis\\w+|analytics)\\b`,
        'i',
      ),
      example: 'Technologies such as cookies, beacons, tags and scripts are used by us and our partners.',
      counterExamples: ['Cookies are used by our own servers only.'],
    },
    {
      id: 'tracking/third-party-tracking/tracker-services',
      item: 'third-party-tracking',
      pattern: /\b(?:google\s?anal(?:ytics|tyics)|google tag manager|facebook pixel|meta pixel|hotjar|mixpanel|doubleclick|third[- ]party (?:service|provider)s?\b[^.]{0,60}?\bcollect\w*\s[^.]{0,30}?\b(?:activit(?:y|ies)|browsing|behaviou?r))/i,
      context: /\b(?:use[sd]?|using|cookies?|collect\w*|track\w*|analy[sz]\w*)\b/i,
      example: 'Google Analytics sets cookies on your device.',
      counterExamples: ['Google is a search engine.'],
    },
    {
      id: 'tracking/third-party-tracking/operators-learn',
      item: 'third-party-tracking',
      pattern: /\b(?:allow|let|enable|permit)\w*\s(?:their operators|the operators|them|third parties|these (?:companies|providers|parties))\sto\s(?:learn|know|see|track|collect|combine)\b/i,
      example: 'Embedded plugins may allow their operators to learn that you have visited the Site.',
      counterExamples: ['Our settings allow you to learn more about cookies.'],
    },
    {
      id: 'tracking/cross-site-ads/behavioural',
      item: 'cross-site-ads',
      pattern: /\b(?:behaviou?ral (?:advertising|targeting|ads)|interest[- ]based (?:advertising|ads)|retargeting|remarketing|cross[- ](?:site|device|context) (?:tracking|advertising|behaviou?ral)|(?:advertis\w+|ads)\b[^.]{0,120}?\b(?:on|across) (?:other|third[- ]party|non-affiliated) (?:web ?sites|sites|apps|services|platforms)|(?:activities|activity|visits|browsing) (?:on|to|across) (?:this and )?other (?:web ?sites|sites|apps|online services)[^.]{0,60}?\b(?:advertis\w+|ads))\b/i,
      narrowSentence: SOME_DATA_ONLY,
      example: 'We manage our advertising on other websites with the help of third-party partners.',
      counterExamples: ['We advertise our own products on our website.'],
    },
    {
      // strava: "Do we track your browsing activities on other sites? No"; CalOPPA's "we do not
      // track our users over time and across third-party websites". Tracking people across sites
      // is what cross-site advertising rests on; "track the effectiveness of our e-mails on
      // different devices" tracks no person, and "you do not wish operators to track …" describes a signal.
      id: 'tracking/cross-site-ads/track-across-sites',
      item: 'cross-site-ads',
      pattern:
        /\btrack(?:s|ed|ing)?\s(?:certain of\s)?(?:you|your|users?['’]?|our (?:site )?(?:users|customers|visitors)['’]?|site users['’]?|visitors['’]?|individuals|people|them|their|consumers['’]?)\b[^.?]{0,60}?\b(?:(?:on|across) (?:other|third[- ]party|non-affiliated|unaffiliated|different|multiple) (?:web ?sites|sites|apps|applications|online services|services|platforms|devices)|over time and across)\b|\b(?:you|your (?:browsing |online )?(?:activit(?:y|ies)|browsing))\s(?:may |can |could |will |might )?(?:be |being )?tracked (?:on|across) (?:other|third[- ]party|different|multiple) (?:web ?sites|sites|apps|online services|devices)\b/i,
      denialScope: /\b(?:do(?:es)? not (?:wish|want)|don['’]t (?:wish|want))\b/i,
      scopedDenial: true,
      narrowSentence: /\b(?:these|this|such|those|the) (?:cookies?|tools?|technolog(?:y|ies))\b[^.]{0,80}?\b(?:cannot|can ?not|do not|don['’]t)\b/i,
      example: 'At this time, we do not track our users’ personal information over time and across third-party websites.',
      examplePolarity: 'no',
      counterExamples: [
        'We track your activity on our site to improve it.',
        'We use cookies to track the effectiveness of our e-mails on different devices.',
        'Some browsers signal that you do not wish such operators to track certain of your online activities over time and across different websites.',
      ],
    },
    {
      id: 'tracking/do-not-track/signals',
      item: 'do-not-track',
      pattern: /\b(?:honou?r|respond|recogni[sz]|support|comply|act on|obey|react)\w*\W[^.]{0,50}?\b(?:do[- ]not[- ]track|DNT|global privacy control|GPC)\b/i,
      example: 'We do not respond to Do Not Track signals.',
      examplePolarity: 'no',
      counterExamples: ['Some browsers offer a setting called Do Not Track.'],
    },
    {
      id: 'tracking/do-not-track/no-promise',
      item: 'do-not-track',
      // "We do not promise that we will be able to receive or honor Do Not Track signals."
      pattern: /\b(?:not|no|cannot)\s(?:promise|guarantee|commit|undertake)\w*\b[^.]{0,60}?\b(?:honou?r|respond|recogni[sz]|comply|act on|obey)\w*\W[^.]{0,40}?\b(?:do[- ]not[- ]track|DNT)\b/i,
      polarity: 'no',
      example: 'We do not promise that we will be able to receive or honor web browser Do Not Track signals.',
      examplePolarity: 'no',
      counterExamples: ['We do not promise delivery within two days.'],
    },
    {
      id: 'tracking/do-not-track/signals-honoured',
      item: 'do-not-track',
      pattern: /\b(?:do[- ]not[- ]track|DNT|global privacy control|GPC)\b(?: \(DNT\))?(?: signals?| requests?| settings?| preferences?| headers?)?\s(?:is|are|will be|is being|are being)\s(?:not\s)?(?:honou?red|recogni[sz]ed|supported|respected|processed|treated)\b/i,
      example: 'Do Not Track signals are honored on this website.',
      counterExamples: ['Do Not Track is a browser setting.'],
    },
    {
      id: 'tracking/cookie-controls/browser-settings',
      item: 'cookie-controls',
      pattern: /\b(?:(?:refuse|reject|disable|block|delete|decline|manage|control|turn off|remove|opt[- ]out of|clear)\w*\s(?:to accept\s)?[^.]{0,30}?\bcookies?\b|cookies?\b[^.]{0,60}?\b(?:browser|device) (?:settings?|preferences|level)|cookie (?:settings|preferences|banner|consent tool|manager)|aboutads\.info|networkadvertising\.org|youronlinechoices)/i,
      example: 'You can manage your cookie preferences through your browser settings.',
      counterExamples: ['Cookies are small text files.'],
    },
    {
      id: 'tracking/social-widgets/widgets',
      item: 'social-widgets',
      pattern: /\b(?:social[- ](?:media|network(?:ing)?)[- ](?:features|widgets?|plug-?ins?|buttons?|sharing buttons?|integrations?)|(?:like|share|tweet|follow) buttons?|facebook ["“]?like["”]? buttons?|facebook connect|social plug-?ins?|embedded content|plug-?ins)\b/i,
      example: 'Our website includes social media features, such as the Facebook Like button.',
      counterExamples: ['Share your thoughts with us.'],
    },
  ],
};
