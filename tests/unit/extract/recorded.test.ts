import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/extract/extract';
import { findSameAct } from '../../../src/extract/match';
import { dataset, rawEvent } from '../fixtures';

const d = dataset([
  rawEvent({
    id: '1994-09-28-washington-summit',
    date: '1994-09-28',
    category: 'summit',
    actors: ['US', 'RU'],
    tone: 1,
    title: 'Clinton and Yeltsin agree at Washington summit to speed warhead removal',
    summary:
      'At their Washington summit, Clinton and Yeltsin agreed to remove warheads from missiles due for scrapping under START II once it is ratified.',
  }),
  rawEvent({
    id: '2021-04-16-russia-expels-ten',
    date: '2021-04-16',
    category: 'expulsion',
    actors: ['RU'],
    title: 'Russia expels 10 US diplomats',
    summary: 'Russia ordered ten American diplomats to leave and barred eight current and former US officials.',
  }),
  rawEvent({
    id: '2021-04-15-us-sanctions',
    date: '2021-04-15',
    category: 'sanctions',
    actors: ['US'],
    title: 'US sanctions Russian sovereign debt over interference',
    summary: 'The US barred its banks from buying Russian sovereign debt and sanctioned 32 entities and individuals.',
  }),
  rawEvent({
    id: '2021-04-15-us-expels-ten',
    date: '2021-04-15',
    category: 'expulsion',
    actors: ['US'],
    title: 'US expels 10 Russian diplomats',
    summary: 'The US expelled ten Russian diplomats, some of them intelligence officers.',
  }),
  rawEvent({
    id: '1993-04-04-vancouver-summit',
    date: '1993-04-04',
    category: 'summit',
    actors: ['US', 'RU'],
    title: 'Clinton and Yeltsin meet in Vancouver; US pledges aid',
    summary: 'At two days of talks in Vancouver, Clinton pledged $1.6 billion in aid to Russia’s reforms.',
  }),
  rawEvent({
    id: '2014-03-15-russia-vetoes-crimea-draft',
    date: '2014-03-15',
    category: 'diplomacy',
    actors: ['RU', 'US'],
    title: 'Russia vetoes US draft on the Crimea referendum',
    summary:
      'Russia vetoed a Security Council draft, written by the United States, declaring the Crimea referendum invalid.',
  }),
  rawEvent({
    id: '2021-04-20-grain-talks',
    date: '2021-04-20',
    category: 'grain-talks',
    actors: ['US', 'RU'],
    title: 'US and Russia hold talks on grain exports',
    summary: 'Officials of both governments held talks on grain exports.',
  }),
]);

const extract = (text: string, published: string) =>
  extractEvents({ text, url: 'https://news.example.org/a', published }, d).events.map((e) => ({
    date: e.date,
    category: e.category,
    actors: e.actors,
    match: e.match,
    sentences: 1 + e.alsoIn.length,
  }));

const SUMMIT =
  'President Clinton and President Boris N. Yeltsin agreed yesterday that the United States and Russia would strip warheads from the missiles due to be scrapped under the START II treaty as soon as it is ratified.';

describe('an act the dataset records under another category', () => {
  it('takes the record’s category and sides when the words say it is that act', () => {
    // Read alone, "agreed … strip warheads" is arms control; the dataset records the day as the summit.
    expect(
      extractEvents({ text: SUMMIT, url: 'https://news.example.org/a', published: '1994-09-29' }, null).events[0],
    ).toMatchObject({ category: 'arms-control' });
    expect(extract(SUMMIT, '1994-09-29')).toEqual([
      {
        date: '1994-09-28',
        category: 'summit',
        actors: ['US', 'RU'],
        match: '1994-09-28-washington-summit',
        sentences: 1,
      },
    ]);
  });
  it('keeps a second act of the same day apart when the record’s own category is already reported', () => {
    const text =
      'MOSCOW — Russia said on Friday it would expel 10 U.S. diplomats and bar eight current and former American officials from entering the country.';
    expect(extract(text, '2021-04-16')).toEqual([
      {
        date: '2021-04-16',
        category: 'expulsion',
        actors: ['RU'],
        match: '2021-04-16-russia-expels-ten',
        sentences: 1,
      },
      { date: '2021-04-16', category: 'sanctions', actors: ['RU'], match: null, sentences: 1 },
    ]);
  });
  it('joins two sentences that report one recorded event under two readings, keeping the more precise date', () => {
    const text = `${SUMMIT} Earlier this week, in talks at the White House, the two presidents held their second summit and agreed to strip warheads from missiles due to be scrapped under START II.`;
    const found = extract(text, '1994-09-29').filter((e) => e.match === '1994-09-28-washington-summit');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ date: '1994-09-28', category: 'summit', sentences: 2 });
  });
});

describe('a summit told with what was done at it', () => {
  it('holds what the presidents did at the summit in the same sentence, as the dataset records it', () => {
    const text =
      'WASHINGTON — At the White House on Wednesday, President Clinton and President Boris Yeltsin agreed to strip warheads from missiles due to be scrapped under START II.';
    const events = extractEvents({ text, url: 'https://news.example.org/a', published: '1994-09-29' }, d).events;
    expect(events.map((e) => [e.date, e.category, e.match])).toEqual([
      ['1994-09-28', 'summit', '1994-09-28-washington-summit'],
    ]);
  });
});

describe('an act matched in its own category family or with one side', () => {
  it('takes the record’s category: talks the dataset records as a summit are that summit', () => {
    const text =
      'VANCOUVER — At the end of two days of talks here on Sunday, President Clinton pledged $1.6 billion in aid to support reform in Russia.';
    expect(
      extractEvents({ text, url: 'https://news.example.org/a', published: '1993-04-05' }, null).events[0],
    ).toMatchObject({ category: 'diplomacy' });
    expect(extract(text, '1993-04-05')).toEqual([
      {
        date: '1993-04-04',
        category: 'summit',
        actors: ['US', 'RU'],
        match: '1993-04-04-vancouver-summit',
        sentences: 1,
      },
    ]);
  });
  it('takes the record’s sides, and keeps the title of the act as read', () => {
    const text =
      'UNITED NATIONS — Russia on Saturday vetoed a Security Council draft written by the United States that would have declared the Crimea referendum invalid.';
    const [e] = extractEvents({ text, url: 'https://news.example.org/a', published: '2014-03-16' }, d).events;
    expect(e).toMatchObject({
      category: 'diplomacy',
      actors: ['RU', 'US'],
      title: 'Russia vetoes a US-backed draft',
      match: '2014-03-15-russia-vetoes-crimea-draft',
    });
  });
});

describe('findSameAct', () => {
  const q = {
    date: '2021-04-15',
    actors: ['US'] as const,
    category: 'economy',
    text: 'US sanctions Russian sovereign debt; banks barred from buying it',
    figureValues: [],
  };
  it('finds a recorded act of another category that shares an actor, the date and most words', () => {
    expect(findSameAct(q, d)?.category).toBe('sanctions');
  });
  it('never folds a reaction into the act it answers, nor an act of other words, side or week', () => {
    expect(findSameAct({ ...q, category: 'statement' }, d)).toBeNull();
    expect(findSameAct({ ...q, text: 'US raises tariffs on imported steel' }, d)).toBeNull();
    expect(findSameAct({ ...q, actors: ['RU'] }, d)).toBeNull();
    expect(findSameAct({ ...q, date: '2021-04-25' }, d)).toBeNull();
  });
  it('never folds an act of both sides into one side’s act of another kind', () => {
    // The words and the day are the sanctions' own, but a call of both sides is not the sanctions.
    expect(findSameAct({ ...q, category: 'diplomacy', actors: ['US', 'RU'] }, d)).toBeNull();
  });
  it('leaves a reading alone when the day holds a recorded act of its own category', () => {
    // "Expelled" is wrong for these words, but the day holds a recorded expulsion: a second act, not this one.
    expect(findSameAct({ ...q, category: 'expulsion' }, d)).toBeNull();
  });
  it('takes no category a dataset of one’s own names', () => {
    const talks = {
      ...q,
      date: '2021-04-20',
      category: 'diplomacy',
      text: 'US and Russia hold talks on grain exports',
    };
    expect(findSameAct(talks, d)).toBeNull();
  });
});

describe('a visit told day by day', () => {
  const visit = dataset([
    rawEvent({
      id: '2008-03-18-two-plus-two-moscow',
      date: '2008-03-18',
      category: 'diplomacy',
      actors: ['US', 'RU'],
      tone: 1,
      title: 'Rice and Gates hold "two-plus-two" talks in Moscow',
      summary:
        'Secretaries Rice and Gates met Putin and then held two days of talks with Lavrov and Serdyukov in Moscow on missile defence and nuclear terrorism.',
    }),
  ]);
  const text =
    'MOSCOW — Two days of talks between the American and Russian foreign and defense ministers ended here on Tuesday with agreement on nuclear terrorism, but with the two sides still far apart on missile defense. Secretary of State Condoleezza Rice and Defense Secretary Robert M. Gates began their visit on Monday with a meeting with President Vladimir V. Putin at the Kremlin.';
  const found = () =>
    extractEvents({ text, url: 'https://news.example.org/a', published: '2008-03-19' }, visit).events.map((e) => ({
      date: e.date,
      category: e.category,
      match: e.match,
    }));
  it('is one recorded event, dated as the record is, though its days read under two categories', () => {
    // Read alone, the Tuesday talks on nuclear terrorism are arms control and the Monday meeting diplomacy.
    expect(
      extractEvents({ text, url: 'https://news.example.org/a', published: '2008-03-19' }, null).events.map(
        (e) => e.category,
      ),
    ).toEqual(['arms-control', 'diplomacy']);
    expect(found()).toEqual([{ date: '2008-03-18', category: 'diplomacy', match: '2008-03-18-two-plus-two-moscow' }]);
  });
});
