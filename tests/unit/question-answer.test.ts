import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/label';
import type { Polarity } from '../../analyzer/types';

/**
 * The question-and-bare-answer layout of FAQ-style policies: the answer, not the question, is
 * the statement. Questions and answers are copied from policies of ../shared/corpus/privacy
 * (named) or written in their style (marked "style"), the answer read by hand.
 */
const itemOf = (text: string, id: string) => {
  const [section, item] = id.split('/');
  return analyze(text).sections.find((s) => s.id === section)!.items.find((i) => i.id === item);
};

describe('a question answered "No" / "Yes" states the answer', () => {
  it.each<[string, string, string, Polarity]>([
    ['pocket-casts (heading, answer below)', '#### Can I delete my information?\n\nYes.\n\nYou can delete your sync account by contacting us.', 'rights/deletion', 'yes'],
    ['strava (list item, answer as a link)', '*   Do we sell your personal information? [No](#aggregate_information)', 'sharing/sale', 'no'],
    ['strava', '*   Do we use cookies? [Yes](#technical)', 'collection/cookies', 'yes'],
    ['strava', '*   Do we track your device location to provide Strava to you? [Yes](#location)', 'collection/location', 'yes'],
    ['style: a dash before the answer', 'Does Acme sell your personal information? — No', 'sharing/sale', 'no'],
    ['style: a colon before the answer', 'Does Acme sell your personal information? : No.', 'sharing/sale', 'no'],
    ['style: a bold answer', '### Do you sell my personal information?\n\n**No.**', 'sharing/sale', 'no'],
    ['style: "No, never."', 'Do we sell your data? No, never.', 'sharing/sale', 'no'],
    ['style: in the reader\'s voice ("my data")', 'Does Pocket Casts sell my data?\n\nNo.', 'sharing/sale', 'no'],
    ['style: "Can I …?" answered No', 'Can I delete my account? No.', 'rights/deletion', 'no'],
    // Read as "you can download …", the same length as the source: the source's literal scan
    // holds "can you", not "you can" — the rules must read the question's own words.
    ['strava ("Can you …?", answered Yes)', '*   Can you download and delete your data? [Yes](#deleting)', 'rights/deletion', 'yes'],
    ['style: sharing in general, a bare No (sharing/third-parties, an extension of LABEL.md)', 'Will you share my information? No.', 'sharing/third-parties', 'no'],
    ['style: sharing in general, the answer in its own paragraph', '### Do you share my personal data?\n\nYes.', 'sharing/third-parties', 'yes'],
    ['godlikeproductions (a bold question, then its answer in a sentence)', '**Do we disclose any information to outside parties?**\n\nWe do not sell, trade, or otherwise transfer to outside parties your personally identifiable information.', 'sharing/third-parties', 'no'],
    ['strava (tracking across sites, a bare No)', '*   Do we track your browsing activities on other sites? No', 'tracking/cross-site-ads', 'no'],
    ['style: tracking across sites, answered Yes', '### Do you track me across other websites?\n\nYes.', 'tracking/cross-site-ads', 'yes'],
    // "Can you …" is read as "you can …", of the same length as the source: the rule must read
    // the rewritten text, not the literals found where the source has "Can you".
    ['style: "Can you be tracked …?" answered Yes', '*   Can you be tracked across other websites? [Yes](#tracking)', 'tracking/cross-site-ads', 'yes'],
    ['style: a question paragraph, the answer in the next paragraph', 'We wrote this page to answer the questions our members ask us most often about their data.\nDo we sell your personal information to anyone at all, for money or for anything else of value?\nNo.', 'sharing/sale', 'no'],
  ])('%s: %j → %s %s', (_source, text, id, polarity) => {
    const item = itemOf(text, id);
    expect(item?.polarity).toBe(polarity);
  });

  it('the evidence quotes the question and its answer', () => {
    const item = itemOf('Does Acme sell your personal information? — No', 'sharing/sale')!;
    expect(item.evidence[0]!.text).toContain('— No');
  });

  it.each([
    // A question without an answer asks; it does not state.
    ['Do we sell your personal information?', 'sharing/sale'],
    // wikipedia: "No problem!" is not an answer to a practice.
    ["Don't want to create an account? No problem! We collect your e-mail address only if you give it.", 'sharing/sale'],
    // A question about one kind of recipient says nothing of sharing in general.
    ['Will you share my information with advertisers? No.', 'sharing/third-parties'],
    // A bold question is a question, not a statement that they disclose (godlikeproductions).
    ['**Do we disclose any information to outside parties?**', 'sharing/third-parties'],
    // An answer that goes on to say something else is read as a sentence of its own.
    ['Do we sell your data? No one would buy it, but we share it with advertisers.', 'sharing/sale'],
  ])('%j: no %s from a bare answer', (text, id) => {
    expect(itemOf(text, id)?.polarity).not.toBe('no');
  });
});
