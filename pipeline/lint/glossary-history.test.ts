/**
 * The history rules (renderings, timelines, typed relations): each fixture corpus under
 * tests/fixtures/lint/<rule>/ breaks one, and the message must name the file and line to open and the fix.
 */
import { describe, expect, it } from 'vitest';
import { checkLintFixture } from '../../tests/support/lint-fixture.ts';

describe('glossary history lint', () => {
  it('rejects a source without a URL, at its line', async () => {
    const { errors } = await checkLintFixture('source-without-url');
    expect(errors).toEqual([expect.stringMatching(/^glossary\/high-quality-development\.yaml:14: renderings\.0\.source\.url: is missing: add url: https:\/\/… of the page that says this/)]);
  });

  it('rejects a date that is not on the calendar', async () => {
    const { errors } = await checkLintFixture('impossible-date');
    expect(errors).toEqual([expect.stringMatching(/^glossary\/high-quality-development\.yaml:12: timeline\.0\.date: is not a real calendar date/)]);
  });

  it('rejects a pair of relations that contradict each other, naming both places', async () => {
    const { errors } = await checkLintFixture('relation-contradiction');
    expect(errors).toEqual([
      'glossary/high-quality-development.yaml:12: relation predecessor contradicts common-prosperity says high-quality-development is its predecessor (glossary/common-prosperity.yaml:10), so high-quality-development\'s relation to common-prosperity is successor — write relation: successor here, or correct common-prosperity\'s item',
    ]);
  });

  it('warns about a see-also beside a typed relation, which the page derives anyway', async () => {
    const { errors, warnings } = await checkLintFixture('relation-see-also-beside-typed');
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      expect.stringMatching(/^glossary\/common-prosperity\.yaml:9: a see-also where high-quality-development states a part-of relation \(glossary\/high-quality-development\.yaml:12\) — remove this item \(the page derives has-part\) or write relation: has-part/),
    ]);
  });

  it('rejects predecessors that loop back to the first term', async () => {
    const { errors } = await checkLintFixture('relation-loop');
    expect(errors).toEqual([
      expect.stringMatching(/^glossary\/common-prosperity\.yaml:10: predecessor relations form a loop: common-prosperity → digital-economy → high-quality-development → common-prosperity — remove or correct one predecessor item/),
    ]);
  });

  it('rejects an event before the introduced year unless it gives a reason', async () => {
    const { errors } = await checkLintFixture('timeline-before-introduced');
    expect(errors).toEqual([
      expect.stringMatching(/^glossary\/high-quality-development\.yaml:12: event dated 2015 predates the term's introduced year 2017 — correct the date or introduced, or add reason:/),
    ]);
  });
});
