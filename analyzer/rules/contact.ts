import type { RuleTable, RuleValue } from './types';

/** How to reach them. Not hedgeable: "you may contact us" is an invitation. */

const EMAIL_SOURCE = "\\b[\\w.+-]{1,64}@[\\w-]{1,63}\\.[\\w.-]{2,100}";

function address(m: RegExpExecArray): RuleValue {
  return { value: m[0].replace(/(?<!\.)\.+$/, '').toLowerCase() };
}

/** The number itself, when the match holds one: "Phone: +1 (800) 555-0199" → "+1 (800) 555-0199". Not a fax number. */
function phoneNumber(m: RegExpExecArray): RuleValue {
  if (/\bfax\b/i.test(m[0])) return {};
  const n = /\+?\(?\d[\d ().-]{6,18}\d/.exec(m[0]);
  return n ? { value: n[0].replace(/\s+/g, ' ').trim() } : {};
}

const CONTACTING = /\b(?:contact\w*|reach|questions?|concerns?|complaints?|comments?|inquir\w+|enquir\w+|get in touch|requests?|support|help)\b/i;

export const contact: RuleTable = {
  section: 'contact',
  hedgeable: false,
  rules: [
    {
      id: 'contact/email/address',
      item: 'email',
      pattern: new RegExp(EMAIL_SOURCE, 'i'),
      value: address,
      example: 'If you would like to unsubscribe, you can email us at sales@allsmart.co.uk.',
      counterExamples: ['This email address is being protected from spambots.'],
    },
    {
      id: 'contact/postal-address/label',
      item: 'postal-address',
      pattern: /^\W*(?:postal |mailing |physical |our |registered |office )?address\s?:/i,
      example: 'Address: Crawley, West Sussex, England, UK',
      counterExamples: ['Include the physical address of our business and site headquarters.'],
    },
    {
      id: 'contact/postal-address/street',
      item: 'postal-address',
      // The street type ends the line or is followed by a comma or a suite: "1415 Main Street, Suite 200".
      pattern: /\b\d{1,5}\s[\w.' -]{1,40}?\b(?:street|avenue|road|boulevard|blvd|lane|drive|suite|floor|parkway|plaza)\b(?=\s*$|,|\s(?:suite|ste|floor|unit|room|#|\d))/i,
      example: 'You can write to SmarterTools Inc., 1415 Main Street, Suite 200, Phoenix.',
      counterExamples: ['We have 3 offices on the main road.'],
    },
    {
      id: 'contact/postal-address/by-mail',
      item: 'postal-address',
      // "P\.? ?O" spelled out (in the same order of preference): its matches then start with
      // two letters or more, and the prefilter runs it only where one of its starts occurs.
      pattern: /\b(?:(?:P\. O|P\.O|P O|PO)\.? ?\bBox|write to us|mail to us|send (?:a |your )?(?:letter|written request|correspondence) to|by (?:post|mail) (?:at|to))\b/i,
      example: 'You can also write to us at the address below.',
      counterExamples: ['Please write your name in the form.'],
    },
    {
      id: 'contact/phone/number',
      item: 'phone',
      pattern: /\b(?:(?:phone|telephone|tel|call us|toll[- ]free|fax)\b[^.\n\d]{0,20}?\+?\(?\d[\d ().-]{6,18}\d|by (?:calling|phone|telephone)|call(?:ing)? us\b)/i,
      value: phoneNumber,
      example: 'Phone: 07467133216',
      counterExamples: ['We collect your phone number when you register.'],
    },
    {
      id: 'contact/phone/address-line',
      item: 'phone',
      // A number alone on a line of an address block, under "You can reach us at the address below:".
      pattern: /(?:^|\n)[ \t]*(?:\+\d{1,3}[ .-]?)?\(?\d{2,4}\)?[ .-]?\d{3}[ .-]?\d{3,4}[ \t]*(?=\n|$)/i,
      context: CONTACTING,
      value: phoneNumber,
      example: 'You can reach us at the address below:\nAcme Inc.  \n12 Main Street, Suite 4  \nSpringfield, IL 62701  \n(217) 555-0142',
      counterExamples: ['Contact us:\nAcme Inc.  \nSpringfield, IL 62701'],
    },
    {
      id: 'contact/form/web-form',
      item: 'form',
      pattern: /\b(?:(?:contact|web|online|feedback|support|request|inquiry|enquiry|help ?desk)[- ](?:us )?form|(?:help ?desk|support) (?:requests?|tickets?|portal)|submit\w* (?:a |an )?(?:request|ticket)|contact us (?:here|page|link|online)|web ?form)\b/i,
      context: CONTACTING,
      example: 'You may contact us with any questions by submitting a help desk request.',
      counterExamples: ['Fill in the form to buy a ticket.'],
    },
    {
      id: 'contact/dpo/officer',
      item: 'dpo',
      pattern: /\b(?:data protection officer|DPO|(?:chief )?privacy officer|EU representative|representative in the (?:EU|European Union|UK|United Kingdom)|article 27 representative)\b/i,
      example: 'You can reach our Data Protection Officer at the address below.',
      counterExamples: ['Our officers protect the building.'],
    },
  ],
};
