import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../src/extract/triggers';
import { brief } from './articleHelpers';

describe('reactions worded as feelings or notes', () => {
  it('reads disappointment voiced on a day as a statement', () => {
    expect(
      brief(
        'MOSCOW, March 3 — The Kremlin voiced deep disappointment on Monday that American negotiations with Iran had given way to war.',
        '2026-03-03',
      ),
    ).toEqual(['2026-03-02 statement RU']);
  });
  it('reads a ministry that "notes with regret" the other side’s decision as its statement of the document’s day', () => {
    expect(
      brief(
        'Statement by the Ministry of Foreign Affairs of the Russian Federation\n\nMoscow, 14 October 1999\n\n' +
          'The Ministry of Foreign Affairs of the Russian Federation notes with regret and serious concern the refusal of the United States Senate to ratify the Comprehensive Nuclear Test Ban Treaty.',
        '1999-10-14',
      ),
    ).toContain('1999-10-14 statement RU');
  });
  it('reads an essay used "to warn" as a warning, not as part of the talks told after it', () => {
    expect(
      brief(
        'Powell chides the Kremlin over democracy\n\n' +
          "MOSCOW — Secretary of State Colin L. Powell used the front page of a Russian newspaper on Monday to warn that the Kremlin's handling of the courts was troubling Washington.\n\n" +
          'In an essay published as he began two days of talks here, Mr. Powell wrote that some developments gave Washington pause.\n\n' +
          'Mr. Powell met Mr. Putin at the Kremlin later in the day.',
        '2004-01-27',
      ),
    ).toEqual(['2004-01-26 statement US', '2004-01-26 diplomacy US+RU']);
  });
});

describe('words that only look like acts', () => {
  it('does not read "caps on deployed warheads" as a deployment, but reads one deployed', () => {
    const gists = (t: string) => findTriggers(t).map((h) => h.rule.gist);
    expect(gists('Moscow would continue to observe the caps on deployed warheads and launchers.')).not.toContain(
      'deploys',
    );
    expect(gists('Russia deployed Iskander missiles to Kaliningrad.')).toContain('deploys');
    expect(gists('Russia announced the deployment of troops to the border.')).toContain('deploys');
  });
});
