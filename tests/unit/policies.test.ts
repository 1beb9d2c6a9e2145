import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/label';
import type { Item, Label, Polarity, SectionId } from '../../analyzer/types';

/**
 * Thirty real policies from the ToSBack corpus (tests/fixtures/policies/, ToSBack / ToS;DR
 * (tosdr.org), ODC-By 1.0), and facts a careful reader finds in each: item, polarity and the
 * words that justify it (the item's evidence must quote them). Written by reading the
 * policies. `gap: true` marks a fact the analyzer still misses: it runs as an expected failure,
 * so that fixing it turns the test red until the mark is removed.
 */
interface Fact {
  item: string;
  polarity: Polarity;
  value?: string | number;
  why: RegExp;
  gap?: boolean;
}

const POLICIES: Record<string, Fact[]> = {
  'free-code-camp': [
    { item: 'sharing/sale', polarity: 'no', why: /don't sell your data/ },
    { item: 'purposes/advertising', polarity: 'no', why: /doesn't show you ads/ },
    { item: 'rights/deletion', polarity: 'yes', why: /delete your entire account|delete any of your personal data/ },
    { item: 'retention/deletion-or-anonymisation', polarity: 'yes', why: /delete each of these backups after a few days/ },
    { item: 'sharing/named', polarity: 'yes', value: 'Stripe', why: /Stripe/ },
    { item: 'sharing/named', polarity: 'yes', value: 'PayPal', why: /PayPal/ },
  ],
  mullvad: [
    { item: 'collection/financial', polarity: 'yes', why: /credit card|bank wire/ },
    { item: 'sharing/named', polarity: 'yes', value: 'Stripe', why: /Stripe/ },
    { item: 'retention/legal-obligation', polarity: 'yes', why: /Swedish Accounting Act|statutory retention period/ },
    { item: 'retention/period', polarity: 'yes', value: 40, why: /deleted 40 days after payment/ },
    { item: 'retention/deletion-or-anonymisation', polarity: 'yes', why: /permanently deleted/ },
  ],
  posteo: [
    { item: 'retention/period', polarity: 'yes', value: 7, why: /after 7 days/ },
    { item: 'security/encryption-at-rest', polarity: 'yes', why: /encrypted hard drives/ },
    { item: 'tracking/social-widgets', polarity: 'no', why: /free of social-media plug-ins|no integration of social media/ },
    { item: 'collection/financial', polarity: 'yes', why: /IBAN|payment data/ },
    { item: 'sharing/named', polarity: 'yes', value: 'PayPal', why: /PayPal/ },
  ],
  'human-rights-foundation': [
    { item: 'retention/indefinite', polarity: 'yes', why: /retained indefinitely/ },
    { item: 'retention/period', polarity: 'yes', why: /last for two days|last for a year/ },
    { item: 'rights/deletion', polarity: 'yes', why: /erase any personal data/ },
    { item: 'rights/portability', polarity: 'yes', why: /exported file/ },
    { item: 'rights/correction', polarity: 'yes', why: /see, edit, or delete their personal information/ },
    { item: 'collection/cookies', polarity: 'yes', why: /cookies/ },
  ],
  upakka: [
    { item: 'audiences/children', polarity: 'no', why: /does not knowingly collect any Personal Identifiable Information from children under the age of 13/ },
    { item: 'tracking/third-party-tracking', polarity: 'yes', why: /Third-party ad servers or ad networks/ },
    { item: 'collection/cookies', polarity: 'yes', why: /cookies/ },
    { item: 'collection/device', polarity: 'yes', why: /browser type|IP address/ },
    { item: 'sharing/advertisers', polarity: 'yes', why: /ad servers or ad networks|advertising partners/ },
  ],
  steam: [
    { item: 'sharing/named', polarity: 'yes', value: 'Google Analytics', why: /Google Analytics/ },
    { item: 'retention/as-long-as-necessary', polarity: 'yes', why: /as long as necessary to fulfil/ },
    { item: 'retention/deletion-or-anonymisation', polarity: 'yes', why: /deleted, blocked or anonymized/ },
    { item: 'rights/object', polarity: 'yes', why: /right to object/ },
    { item: 'rights/complain', polarity: 'yes', why: /complaint at a supervisory authority/ },
    { item: 'collection/contact', polarity: 'yes', why: /email address and country of residence/ },
    { item: 'audiences/california', polarity: 'yes', why: /California/ },
  ],
  pcpartpicker: [
    { item: 'sharing/sale', polarity: 'no', why: /have not sold your personal information|will not sell your personal information/ },
    { item: 'security/encryption-at-rest', polarity: 'yes', why: /stored by us in encrypted form/ },
    { item: 'sharing/named', polarity: 'yes', value: 'Google Analytics', why: /Google Analytics/ },
    { item: 'rights/complain', polarity: 'yes', why: /lodge a complaint with a supervisory authority/ },
    { item: 'collection/contact', polarity: 'yes', why: /email address/ },
    { item: 'transfers/countries', polarity: 'yes', why: /outside the European Economic Area/ },
  ],
  'marco-polo': [
    { item: 'sharing/sale', polarity: 'no', why: /don't sell your personal information/ },
    { item: 'purposes/advertising', polarity: 'no', why: /use it to show you ads|not use cookies for profiling or advertising/ },
    { item: 'retention/account-lifetime', polarity: 'yes', why: /as long as you have an Account/ },
    { item: 'audiences/children', polarity: 'no', why: /children under 13/ },
    { item: 'collection/user-content', polarity: 'yes', why: /videos|photos/ },
    { item: 'transfers/countries', polarity: 'yes', why: /located in the United States/ },
    { item: 'rights/deletion', polarity: 'yes', why: /delete/ },
  ],
  strava: [
    { item: 'sharing/sale', polarity: 'no', why: /Do we sell your personal information\?|We do not sell your personal information/ },
    { item: 'security/encryption-in-transit', polarity: 'yes', why: /Secure Sockets Layer/ },
    { item: 'collection/location', polarity: 'yes', why: /location/ },
    { item: 'transfers/countries', polarity: 'yes', value: 'United States', why: /outside of the United States/ },
    { item: 'sharing/public', polarity: 'yes', why: /post it publicly|publicly/ },
  ],
  tumblr: [
    { item: 'sharing/named', polarity: 'yes', value: 'Google Analytics', why: /Google Analytics/ },
    { item: 'sharing/public', polarity: 'yes', why: /public/ },
    { item: 'sharing/business-transfer', polarity: 'yes', why: /buy or sell business assets|Business Transfers/ },
    { item: 'rights/deletion', polarity: 'yes', why: /delete/ },
    { item: 'collection/location', polarity: 'yes', why: /geolocation|location/ },
  ],
  'custom-ink': [
    { item: 'tracking/do-not-track', polarity: 'no', why: /does not respond to do not track signals/ },
    { item: 'audiences/children', polarity: 'no', why: /children under 13/ },
    { item: 'purposes/marketing', polarity: 'yes', why: /marketing/ },
    { item: 'tracking/cookie-controls', polarity: 'yes', why: /block or disable cookies/ },
    { item: 'audiences/europe', polarity: 'yes', why: /European Union/ },
    { item: 'rights/opt-out-marketing', polarity: 'yes', why: /opt out/ },
  ],
  // Starts with a page's inline script: its one-letter identifiers must not make it "Portuguese".
  hautelook: [
    { item: 'tracking/do-not-track', polarity: 'no', why: /do not promise that we will be able to receive or honor/ },
    { item: 'sharing/business-transfer', polarity: 'yes', why: /shared, sold, or transferred|merger|acquisition/ },
    { item: 'audiences/children', polarity: 'no', why: /under 13 years of age/ },
    { item: 'audiences/california', polarity: 'yes', why: /California/ },
    { item: 'changes/posting-only', polarity: 'yes', why: /notify you by posting the updated Policy/ },
    { item: 'transfers/countries', polarity: 'yes', why: /United States/ },
  ],
  alibaba: [
    { item: 'retention/as-long-as-necessary', polarity: 'yes', why: /ongoing legitimate business need/ },
    { item: 'retention/deletion-or-anonymisation', polarity: 'yes', why: /delete or anonymize/ },
    { item: 'purposes/advertising', polarity: 'yes', why: /tailored marketing and advertising|advertising based upon your browsing activities/ },
    { item: 'changes/posting-only', polarity: 'yes', why: /posting an amended Privacy Policy|“last updated” date displayed/ },
    { item: 'sharing/advertisers', polarity: 'yes', why: /marketing and advertising platforms/ },
    { item: 'audiences/children', polarity: 'no', why: /minors|under the age of 18/ },
  ],
  cnn: [
    { item: 'retention/deletion-or-anonymisation', polarity: 'yes', why: /securely deleted/ },
    { item: 'sharing/business-transfer', polarity: 'yes', why: /change of control/ },
    { item: 'sharing/named', polarity: 'yes', value: 'Google Analytics', why: /Google Analytics/ },
    { item: 'collection/device', polarity: 'yes', why: /type of device, browser/ },
    { item: 'collection/identifiers', polarity: 'yes', why: /advertising identifier|device identifier/ },
    { item: 'transfers/countries', polarity: 'yes', value: 'United States', why: /processed in the United States/ },
  ],
  'fox-news': [
    { item: 'tracking/do-not-track', polarity: 'no', why: /do not respond to browser ‘Do Not Track’ signals/ },
    { item: 'retention/as-long-as-necessary', polarity: 'yes', why: /period necessary to fulfill the purposes/ },
    { item: 'changes/posting-only', polarity: 'yes', why: /effective when we post the revised Privacy Policy|Effective Date at the top/ },
    { item: 'audiences/california', polarity: 'yes', why: /California residents/ },
    { item: 'rights/deletion', polarity: 'yes', why: /delete/ },
    { item: 'transfers/countries', polarity: 'yes', why: /United States/ },
  ],
  harpersbazaar: [
    { item: 'tracking/do-not-track', polarity: 'no', why: /does not act on Do Not Track/ },
    { item: 'security/no-guarantee', polarity: 'yes', why: /cannot guarantee its absolute security|100% secure/ },
    { item: 'transfers/countries', polarity: 'yes', why: /United States/ },
    { item: 'audiences/children', polarity: 'no', why: /not intended for use by children/ },
    { item: 'collection/cookies', polarity: 'yes', why: /cookies/ },
  ],
  pastebin: [
    { item: 'sharing/sale', polarity: 'no', why: /don't sell it to third parties|\*\*do not\*\* share, sell, rent/ },
    { item: 'rights/response-time', polarity: 'yes', why: /within 45 days/ },
    { item: 'sharing/named', polarity: 'yes', value: 'Google Analytics', why: /Google Analytics/ },
    { item: 'changes/notice-email', polarity: 'yes', why: /sending email/ },
    { item: 'collection/sensitive', polarity: 'no', why: /intentionally collect/ },
  ],
  webmd: [
    { item: 'tracking/do-not-track', polarity: 'no', why: /do not respond to web browser "do not track" signals/ },
    { item: 'security/encryption-in-transit', polarity: 'yes', why: /encrypt the transmission|SSL/ },
    { item: 'retention/account-lifetime', polarity: 'yes', why: /as long as your account is active/ },
    { item: 'collection/health', polarity: 'yes', why: /health/ },
    { item: 'sharing/named', polarity: 'yes', value: 'Facebook', why: /Facebook/ },
    { item: 'retention/legal-obligation', polarity: 'yes', why: /comply with legal obligations/ },
  ],
  match: [
    { item: 'audiences/children', polarity: 'no', why: /under the age of 18/ },
    { item: 'tracking/do-not-track', polarity: 'no', why: /do not currently respond to DNT signals/ },
    { item: 'rights/correction', polarity: 'yes', why: /rectify/ },
    { item: 'collection/location', polarity: 'yes', why: /geolocation/ },
    { item: 'transfers/countries', polarity: 'yes', why: /United States/ },
  ],
  kickstarter: [
    { item: 'sharing/sale', polarity: 'no', why: /never sell your data/ },
    { item: 'security/encryption-in-transit', polarity: 'yes', why: /Transport Layer Security/ },
    { item: 'sharing/named', polarity: 'yes', value: 'Stripe', why: /Stripe/ },
    { item: 'transfers/countries', polarity: 'yes', why: /United States/ },
    { item: 'rights/object', polarity: 'yes', why: /object to Kickstarter/ },
    { item: 'rights/complain', polarity: 'yes', why: /lodge a complaint/ },
    { item: 'audiences/children', polarity: 'no', value: 16, why: /children under the age of 16/ },
  ],
  // Tutanota (Tutao GmbH, Hannover): an encrypted e-mail service under the GDPR.
  tutanota: [
    { item: 'sharing/sale', polarity: 'no', why: /no sale of data/ },
    { item: 'collection/cookies', polarity: 'no', why: /We do not use cookies/ },
    { item: 'retention/period', polarity: 'yes', value: 7, why: /stored max\. 7 days/ },
    { item: 'retention/period', polarity: 'yes', value: 30, why: /no later than 30 days after termination of the contract/ },
    { item: 'retention/period', polarity: 'yes', value: 730, why: /up to two years/ },
    { item: 'transfers/countries', polarity: 'yes', value: 'Germany', why: /data centers in Germany/ },
    { item: 'transfers/countries', polarity: 'yes', value: 'United States', why: /third country \(USA\)/ },
    { item: 'sharing/named', polarity: 'yes', value: 'PayPal', why: /PayPal/ },
    { item: 'sharing/named', polarity: 'yes', value: 'Braintree', why: /Braintree/ },
    { item: 'sharing/payment-processors', polarity: 'yes', why: /payment service provider/ },
    { item: 'sharing/law-enforcement', polarity: 'yes', why: /court order|prosecution services/ },
    { item: 'security/encryption-at-rest', polarity: 'yes', why: /stored end-to-end encrypted/ },
    { item: 'rights/withdraw-consent', polarity: 'yes', why: /withdraw your consent/ },
    { item: 'rights/object', polarity: 'yes', why: /object to the processing/ },
    { item: 'rights/complain', polarity: 'yes', why: /lodge a complaint with a supervisory authority/ },
    { item: 'rights/portability', polarity: 'yes', why: /data portability/ },
    { item: 'contact/email', polarity: 'yes', value: 'hello@tutao.de', why: /hello@tutao\.de/ },
    { item: 'audiences/europe', polarity: 'yes', why: /GDPR/ },
  ],
  // Pocket Casts: a podcast app (iOS, Android, web), questions with bare answers.
  'pocket-casts': [
    { item: 'collection/contact', polarity: 'yes', why: /email address/ },
    { item: 'collection/cookies', polarity: 'yes', why: /uses cookies and like technologies/ },
    { item: 'purposes/advertising', polarity: 'no', why: /never spam you or advertise to you/ },
    { item: 'sharing/named', polarity: 'yes', value: 'Mailchimp', why: /MailChimp/ },
    { item: 'sharing/business-transfer', polarity: 'yes', why: /sale or reorganisation of the Service/ },
    { item: 'sharing/law-enforcement', polarity: 'yes', why: /compelled to do so by law/ },
    { item: 'rights/deletion', polarity: 'yes', why: /delete your sync account|Can I delete my information/ },
    { item: 'rights/access', polarity: 'yes', why: /request a copy of the data we have stored about you|Can I have a copy of my information/ },
    { item: 'changes/posting-only', polarity: 'yes', why: /post any revisions to this Policy on our website/ },
    { item: 'contact/email', polarity: 'yes', value: 'support@pocketcasts.com', why: /support@pocketcasts\.com/ },
  ],
  // Sainsbury's (UK supermarkets, Argos, bank): the page keeps only the summary; the sections are collapsed.
  'sainsbury-s': [
    { item: 'audiences/children', polarity: 'no', why: /not intended for children and we do not knowingly collect children’s data/ },
    { item: 'sharing/affiliates', polarity: 'yes', why: /shared within the Sainsbury’s Group/ },
    { item: 'sharing/service-providers', polarity: 'yes', why: /process your personal information on our behalf/ },
    { item: 'transfers/countries', polarity: 'yes', value: 'Europe', why: /outside of the European Economic Area/ },
    { item: 'purposes/marketing', polarity: 'yes', why: /direct marketing/ },
    { item: 'tracking/cross-site-ads', polarity: 'yes', why: /on other websites and online media channels/ },
  ],
  // The Markup: a non-profit newsroom, no ads, no cookies, long retention.
  'the-markup': [
    { item: 'collection/cookies', polarity: 'no', why: /We do not use “cookies,”|does not use cookies/ },
    { item: 'sharing/sale', polarity: 'no', why: /don’t sell, barter|do not share, loan, trade, rent, or sell/ },
    { item: 'security/encryption-in-transit', polarity: 'yes', why: /We use HTTPS to encrypt the data/ },
    { item: 'security/encryption-at-rest', polarity: 'yes', why: /The data that we store is encrypted/ },
    { item: 'retention/indefinite', polarity: 'yes', why: /stored and retained indefinitely/ },
    { item: 'retention/period', polarity: 'yes', value: 2555, why: /up to seven years/ },
    { item: 'sharing/named', polarity: 'yes', value: 'Stripe', why: /Stripe/ },
    { item: 'sharing/named', polarity: 'yes', value: 'Amazon Web Services', why: /Amazon Web Services/ },
    { item: 'rights/complain', polarity: 'yes', why: /lodge a complaint with a data protection authority/ },
    { item: 'rights/portability', polarity: 'yes', why: /data portability/ },
    { item: 'audiences/children', polarity: 'no', value: 13, why: /children under 13/ },
    { item: 'transfers/countries', polarity: 'yes', value: 'United States', why: /transferred to the United States/ },
    { item: 'contact/email', polarity: 'yes', value: 'privacy@themarkup.org', why: /privacy@themarkup\.org/ },
    { item: 'contact/phone', polarity: 'yes', value: '(347) 717-4094', why: /\(347\) 717-4094/ },
  ],
  // WaniKani (Tofugu LLC): a small US learning app; the common template of 2014.
  wanikani: [
    { item: 'collection/contact', polarity: 'yes', why: /your email address/ },
    { item: 'collection/device', polarity: 'yes', why: /Internet Protocol \("IP"\) address, browser type/ },
    { item: 'sharing/named', polarity: 'yes', value: 'Google Analytics', why: /Google Analytics/ },
    { item: 'tracking/do-not-track', polarity: 'yes', why: /We support Do Not Track/ },
    { item: 'sharing/business-transfer', polarity: 'yes', why: /merger, acquisition or asset sale/ },
    { item: 'sharing/law-enforcement', polarity: 'yes', why: /required to do so by law or subpoena/ },
    { item: 'security/no-guarantee', polarity: 'yes', why: /cannot guarantee its absolute security/ },
    { item: 'audiences/children', polarity: 'no', value: 13, why: /do not knowingly collect personally identifiable information from children under 13/ },
    { item: 'transfers/countries', polarity: 'yes', value: 'United States', why: /transfer the information, including Personal Information, to United States/ },
    { item: 'rights/opt-out-marketing', polarity: 'yes', why: /opt out of receiving any, or all, of these communications/ },
    { item: 'changes/posting-only', polarity: 'yes', why: /by posting the new Privacy Policy on this page/ },
    { item: 'contact/email', polarity: 'yes', value: 'hello@wanikani.com', why: /hello@wanikani\.com/ },
  ],
  // Godlike Productions: a forum with ads; the CalOPPA template with its questions in bold, a GDPR list.
  godlikeproductions: [
    { item: 'collection/location', polarity: 'yes', why: /geographical location/ },
    { item: 'collection/contact', polarity: 'yes', why: /name, e-mail address/ },
    { item: 'collection/cookies', polarity: 'yes', why: /We use cookies to help us remember/ },
    { item: 'tracking/third-party-tracking', polarity: 'yes', why: /Third party vendors use cookies and other tracking mechanisms to serve ads/ },
    { item: 'sharing/named', polarity: 'yes', value: 'Google', why: /DART cookie/ },
    { item: 'sharing/sale', polarity: 'no', why: /We do not sell, trade, or otherwise transfer to outside parties/ },
    { item: 'security/encryption-in-transit', polarity: 'yes', why: /Secure Socket Layer \(SSL\)/ },
    { item: 'security/breach-notification', polarity: 'yes', why: /notify you of a data breach within 72 hours/ },
    { item: 'retention/period', polarity: 'yes', value: 365, why: /after one year/ },
    { item: 'retention/period', polarity: 'yes', value: 100, why: /within 100 days/ },
    { item: 'rights/deletion', polarity: 'yes', why: /permanently delete their personal account information/ },
    { item: 'rights/correction', polarity: 'yes', why: /edit their personal account information/ },
    { item: 'audiences/children', polarity: 'no', value: 18, why: /do not collect any information from anyone under 18/ },
    { item: 'contact/dpo', polarity: 'yes', why: /Data Protection Officer/ },
    { item: 'rights/response-time', polarity: 'yes', value: 14, why: /up to 14 days for a response/ },
  ],
  // DuckDuckGo (2012): a search engine that collects nothing, and explains what other search engines do.
  duckduckgo: [
    { item: 'sharing/third-parties', polarity: 'no', why: /does not collect or share personal information/ },
    // Its "we do not log (store) it at all" against other engines' practices, read as its own.
    { item: 'collection/device', polarity: 'no', why: /we do not log \(store\) it at all/, gap: true },
    { item: 'sharing/law-enforcement', polarity: 'yes', why: /comply with court ordered legal requests/ },
    { item: 'changes/notice-on-site', polarity: 'yes', why: /provide notice to you at/ },
  ],
  // The Document Foundation (LibreOffice, Berlin): a German non-profit's GDPR policy, one section per processing.
  libreoffice: [
    { item: 'collection/cookies', polarity: 'yes', why: /Our website uses cookies/ },
    { item: 'sharing/analytics-providers', polarity: 'yes', why: /Matomo/ },
    { item: 'sharing/named', polarity: 'yes', value: 'PayPal', why: /Paypal/ },
    { item: 'sharing/named', polarity: 'yes', value: 'YouTube', why: /YouTube/ },
    { item: 'retention/deletion-or-anonymisation', polarity: 'yes', why: /deleted or blocked as soon as the reason for storage expires/ },
    { item: 'rights/portability', polarity: 'yes', why: /structured, standard and machine-readable format|structured, standard and/ },
    { item: 'rights/withdraw-consent', polarity: 'yes', why: /revoke his consent/ },
    { item: 'contact/email', polarity: 'yes', value: 'privacy@documentfoundation.org', why: /privacy@documentfoundation\.org/ },
    // "For data storage in log files, this takes place after fourteen days", "In our case, this
    // takes place after 180 days" (under "Duration of storage"): the deletion is in the sentence before.
    { item: 'retention/period', polarity: 'yes', value: 14, why: /after fourteen days/ },
    { item: 'retention/period', polarity: 'yes', value: 180, why: /after 180 days/ },
    { item: 'rights/complain', polarity: 'yes', why: /complain to a supervisory authority/ },
  ],
  // Bumble: a dating app (UK / US), sensitive data it may be given, CCPA tables, long retention list.
  bumble: [
    { item: 'collection/sensitive', polarity: 'yes', why: /sexual p/ },
    { item: 'collection/location', polarity: 'yes', why: /Geolocation data|location/ },
    { item: 'sharing/sale', polarity: 'no', why: /Bumble does not sell your data/ },
    { item: 'sharing/advertisers', polarity: 'yes', why: /third party advertising networks/ },
    { item: 'sharing/named', polarity: 'yes', value: 'Google Analytics', why: /Google Analytics/ },
    { item: 'tracking/cross-site-ads', polarity: 'no', why: /do not track our Users' personal information over time and across third-party online services/ },
    { item: 'retention/period', polarity: 'yes', value: 90, why: /up to 90 days/ },
    { item: 'retention/period', polarity: 'yes', value: 30, why: /After 30 days|up to 30 days/ },
    { item: 'rights/complain', polarity: 'yes', why: /lodge a complaint with data protection regulators/ },
    { item: 'rights/portability', polarity: 'yes', why: /Right to data portability/ },
    { item: 'audiences/children', polarity: 'no', value: 18, why: /at least 18 years old/ },
    { item: 'changes/notice-email', polarity: 'yes', why: /we will notify you/ },
    { item: 'contact/dpo', polarity: 'yes', why: /Data Protection Officer/ },
    // A CCPA category listed as "not relevant here" is no collection.
    { item: 'collection/biometric', polarity: 'no', why: /Biometric information \(not relevant here\)/ },
  ],
  // Backcountry: a US outdoor-gear shop with apps; CCPA section.
  backcountry: [
    { item: 'tracking/do-not-track', polarity: 'no', why: /otherwise respond to, “DNT” or “do not track” signals/ },
    { item: 'collection/location', polarity: 'yes', why: /precise location of your mobile device/ },
    { item: 'sharing/advertisers', polarity: 'yes', why: /third-party marketing partners/ },
    { item: 'sharing/business-transfer', polarity: 'yes', why: /merger, sale of Backcountry assets/ },
    { item: 'sharing/public', polarity: 'yes', why: /displayed publicly/ },
    { item: 'tracking/social-widgets', polarity: 'yes', why: /Facebook “Like” button/ },
    { item: 'tracking/cross-site-ads', polarity: 'yes', why: /interest-based ads/ },
    { item: 'transfers/countries', polarity: 'yes', value: 'United States', why: /in and to the U\.S\./ },
    { item: 'rights/opt-out-marketing', polarity: 'yes', why: /opt out of receiving promotional emails/ },
    { item: 'tracking/cookie-controls', polarity: 'yes', why: /remove or reject browser cookies/ },
    { item: 'audiences/california', polarity: 'yes', why: /California/ },
    { item: 'contact/email', polarity: 'yes', value: 'legal@backcountry.com', why: /legal@backcountry\.com/ },
  ],
};

function itemsOf(label: Label, full: string): Item[] {
  const [section, item] = full.split('/') as [SectionId, string];
  return label.sections.find((s) => s.id === section)!.items.filter((i) => i.id === item);
}

describe.each(Object.entries(POLICIES))('policy %s', (name, facts) => {
  const label = analyze(readFileSync(new URL(`../fixtures/policies/${name}.md`, import.meta.url), 'utf8'), { now: new Date('2021-03-01') });
  const cases = facts.map((f) => ({ ...f, name: `${f.item}${f.value !== undefined ? ` = ${f.value}` : ''} is ${f.polarity}` }));
  const check = (fact: Fact) => {
    const candidates = itemsOf(label, fact.item).filter((i) => fact.value === undefined || i.value === fact.value);
    expect(candidates.length, `${fact.item} ${fact.value ?? ''} not found`).toBeGreaterThan(0);
    const item = candidates.find((i) => i.polarity === fact.polarity) ?? candidates[0]!;
    expect(item.polarity).toBe(fact.polarity);
    for (const e of item.evidence) expect(label.text.slice(e.start, e.end)).toBe(e.text);
    expect(item.evidence.map((e) => e.text).join('\n')).toMatch(fact.why);
  };
  const found = cases.filter((c) => !c.gap);
  const gaps = cases.filter((c) => c.gap);
  if (found.length) it.each(found)('$name', check);
  if (gaps.length) it.fails.each(gaps)('(known gap) $name', check);
});
