// Probes (npm run probe:enrich): constructed sentences in common news constructions,
// each with the speaker or the names the guide (gold/GUIDE.md) expects; prints, per battery, how
// many come out wrong. A figure to compare versions by, not a test: the cases a change fixed are
// pinned in test/corpus-audit.test.ts. The batteries probe shapes no corpus page may hold ("the
// Spaniard said", "JD Vance", "Storm Ciarán"), so a rule found here is still checked on the corpus
// with scripts/compare.ts before it ships (see the package README, seventh round, 1.7.45 – 1.7.62).
// Usage: npm run probe:enrich [-- --verbose]   (--verbose lists every wrong probe)
import { enrichArticle } from '../src/index.ts';

const verbose = process.argv.includes('--verbose');

// Stages that threw (a rule's defect: it would otherwise only show as probes gone wrong).
let stageErrors = 0;
const enrich = (body: string) =>
  enrichArticle({ title: '', body }, { onStageError: () => void stageErrors++ });

interface Outcome {
  probes: number;
  wrong: string[];
}

/** Speakers: each body with the quotations (by their first words) and the speaker each should get. */
function speakers(cases: Array<[string, Record<string, string | null>]>): Outcome {
  const out: Outcome = { probes: 0, wrong: [] };
  for (const [body, want] of cases) {
    const e = enrich(body);
    for (const [start, speaker] of Object.entries(want)) {
      out.probes++;
      const got = e.quotes.find((q) => q.text.includes(start));
      if (!got || got.speaker !== speaker)
        out.wrong.push(
          `${JSON.stringify(got ? got.speaker : 'no quotation')} for “${start}…”, want ${speaker}`,
        );
    }
  }
  return out;
}

/** Every quotation of a body, written one way per frame, should be the one speaker's. */
function framed(bodies: Array<[string, string]>): Outcome {
  const out: Outcome = { probes: 0, wrong: [] };
  for (const [body, want] of bodies) {
    out.probes++;
    const got = enrich(body).quotes.map((q) => q.speaker);
    if (got.length === 0 || got.some((g) => g !== want))
      out.wrong.push(
        `${JSON.stringify(got)}, want ${want}: ${body.slice(body.indexOf('. ') + 2, body.indexOf('. ') + 90)}`,
      );
  }
  return out;
}

type Expected = string[] | null;
/** Names: the organisations, people and places (null: not checked) each sentence should give. */
function names(cases: Array<[string, Expected, Expected, Expected]>, lead: string, dropThe = false): Outcome {
  const out: Outcome = { probes: 0, wrong: [] };
  // (dropThe: "The Guardian" and "Guardian" are one name, as the guide's aliases have it.)
  const norm = (a: string[]): string =>
    [...new Set(a.map((n) => (dropThe ? n.replace(/^the\s+/i, '') : n)))].sort().join(' | ');
  for (const [sentence, orgs, people, places] of cases) {
    out.probes++;
    const e = enrich(`${lead}${sentence}`);
    const diffs: string[] = [];
    for (const [type, want] of [
      ['organization', orgs],
      ['person', people],
      ['place', places],
    ] as const) {
      const got = e.entities.filter((x) => x.type === type).map((x) => x.name);
      if (want && norm(got) !== norm(want)) diffs.push(`${type} [${norm(got)}] want [${norm(want)}]`);
    }
    if (diffs.length > 0) out.wrong.push(`${sentence.slice(0, 60)}: ${diffs.join('; ')}`);
  }
  return out;
}

// Surnames that are also towns or countries, after "to" and alone.
const TOWN_SURNAMES: Array<[string, 'he' | 'she']> = [
  ['Maria Lopez', 'she'],
  ['James Taylor', 'he'],
  ['Elizabeth Warren', 'she'],
  ['Karen Jackson', 'she'],
  ['Paul Franklin', 'he'],
  ['Anna Chester', 'she'],
  ['Mark Austin', 'he'],
  ['David Lincoln', 'he'],
  ['Sarah Madison', 'she'],
  ['Tom Houston', 'he'],
  ['Linda Perez', 'she'],
  ['Rosa Garcia', 'she'],
  ['Peter Hamilton', 'he'],
  ['Joan Marshall', 'she'],
  ['Michael Jordan', 'he'],
  ['Chris England', 'he'],
];
const TOWN_FRAMES: Array<(full: string, surname: string, pronoun: string) => string> = [
  (_f, s) => `According to ${s}, the plan is “a disaster for families across the region.”`,
  (_f, s) => `The plan is “a disaster for families across the region,” according to ${s}.`,
  (_f, s) => `The letter was sent to ${s} on Friday. “It is a disaster for families,” ${s} said.`,
  (_f, s, p) => `Critics wrote to ${s}. “It is a disaster for families,” ${p} said.`,
  (_f, s) => `“It is a disaster for families across the region,” ${s} said.`,
];

// Given names and surnames that are also words, initials, particles, suffixes.
const NAME_SHAPES: Array<[string, string, 'm' | 'f']> = [
  ['Gordon Brown', 'Brown', 'm'],
  ['Sarah Green', 'Green', 'f'],
  ['Daniel King', 'King', 'm'],
  ['Grace Young', 'Young', 'f'],
  ['Mark Hill', 'Hill', 'm'],
  ['Emma Wood', 'Wood', 'f'],
  ['Will Bell', 'Bell', 'm'],
  ['Hope Little', 'Little', 'f'],
  ['Bill Page', 'Page', 'm'],
  ['Jean-Pierre Dubois', 'Dubois', 'm'],
  ['Maria de la Cruz', 'de la Cruz', 'f'],
  ['Pieter van der Berg', 'van der Berg', 'm'],
  ['Xi Jinping', 'Xi', 'm'],
  ['Nguyen Thi Lan', 'Lan', 'f'],
  ['Ahmed al-Sharif', 'al-Sharif', 'm'],
  ['J.D. Vance', 'Vance', 'm'],
  ['Martin Luther King Jr.', 'King', 'm'],
  ['Sean O’Brien', 'O’Brien', 'm'],
  ['Fiona McDonald', 'McDonald', 'f'],
  ['José Núñez', 'Núñez', 'm'],
  ['Priya Raman', 'Raman', 'f'],
  ['Chen Wei', 'Chen', 'm'],
  ['Olena Kovalenko', 'Kovalenko', 'f'],
  ['Kwame Mensah', 'Mensah', 'm'],
  ['Rachel Reeves', 'Reeves', 'f'],
  ['Tom Ford', 'Ford', 'm'],
  ['Lisa Marsh', 'Marsh', 'f'],
  ['Jack Stone', 'Stone', 'm'],
  ['Amy Fox', 'Fox', 'f'],
  ['Ben Carson', 'Carson', 'm'],
  ['Kate Wells', 'Wells', 'f'],
  ['Paul Price', 'Price', 'm'],
  ['Ruth Banks', 'Banks', 'f'],
  ['Sam Church', 'Church', 'm'],
];
const NAME_FRAMES: Array<(full: string, surname: string, pronoun: string) => string> = [
  (f) => `“The plan will not work,” said ${f}, a senior adviser.`,
  (f, s) => `${f} is a senior adviser. “The plan will not work,” ${s} said.`,
  (f, s) => `${f} is a senior adviser. “The plan will not work,” said ${s}.`,
  (f, s) => `${f} is a senior adviser. According to ${s}, the plan “will not work for anyone.”`,
  (f, s) => `${f} is a senior adviser. ${s} told reporters: “The plan will not work.”`,
  (f, _s, p) =>
    `${f} is a senior adviser. ${p[0]!.toUpperCase() + p.slice(1)} spoke on Monday. “The plan will not work,” ${p} said.`,
  (f) => `Senior adviser ${f} said: “The plan will not work.”`,
  (f, s) => `${f} is a senior adviser. ${s} called the plan “a disaster for everyone.”`,
  (f, s) => `${f} is a senior adviser. “The plan will not work,” ${s} told the BBC.`,
  (f, s) =>
    `${f}, a senior adviser, spoke on Monday. “The plan will not work,” ${s} added. “It is a disaster.”`,
];

// Public figures: [first mention, later mention, the speaker's name as newsflow gives it].
const FIGURES: Array<[string, string, string]> = [
  ['Sir Keir Starmer', 'Sir Keir', 'Keir Starmer'],
  ['Prime Minister Keir Starmer', 'Starmer', 'Keir Starmer'],
  ['Jacob Rees-Mogg', 'Rees-Mogg', 'Jacob Rees-Mogg'],
  ['Marine Le Pen', 'Le Pen', 'Marine Le Pen'],
  ['Ursula von der Leyen', 'von der Leyen', 'Ursula von der Leyen'],
  ['Kim Jong Un', 'Kim', 'Kim Jong Un'],
  ['Luiz Inácio Lula da Silva', 'Lula', 'Luiz Inácio Lula da Silva'],
  ['Recep Tayyip Erdoğan', 'Erdoğan', 'Recep Tayyip Erdoğan'],
  ['Volodymyr Zelensky', 'Zelensky', 'Volodymyr Zelensky'],
  ['Alexandria Ocasio-Cortez', 'Ocasio-Cortez', 'Alexandria Ocasio-Cortez'],
  ['Pope Francis', 'Francis', 'Francis'],
  ['King Charles III', 'Charles', 'Charles III'],
  ['Dr. Anthony Fauci', 'Fauci', 'Anthony Fauci'],
  ['Senate Majority Leader Chuck Schumer', 'Schumer', 'Chuck Schumer'],
  ['House Speaker Mike Johnson', 'Johnson', 'Mike Johnson'],
  ['Gov. Gavin Newsom', 'Newsom', 'Gavin Newsom'],
  ['Elon Musk', 'Musk', 'Elon Musk'],
  ['Tesla CEO Elon Musk', 'Musk', 'Elon Musk'],
  ['Sheikh Mohammed bin Rashid Al Maktoum', 'Sheikh Mohammed', 'Mohammed bin Rashid Al Maktoum'],
  ['Cyril Ramaphosa', 'Ramaphosa', 'Cyril Ramaphosa'],
  ['Bola Tinubu', 'Tinubu', 'Bola Tinubu'],
  ['Narendra Modi', 'Modi', 'Narendra Modi'],
  ['Shehbaz Sharif', 'Sharif', 'Shehbaz Sharif'],
  ['Mark Carney', 'Carney', 'Mark Carney'],
  ['Anthony Albanese', 'Albanese', 'Anthony Albanese'],
  ['Christine Lagarde', 'Lagarde', 'Christine Lagarde'],
  ['Jerome Powell', 'Powell', 'Jerome Powell'],
  ['Fed Chair Jerome Powell', 'Powell', 'Jerome Powell'],
  ['Lisa Su', 'Su', 'Lisa Su'],
  ['Satya Nadella', 'Nadella', 'Satya Nadella'],
  ['Taylor Swift', 'Swift', 'Taylor Swift'],
  ['LeBron James', 'James', 'LeBron James'],
  ['Mo Salah', 'Salah', 'Mo Salah'],
  ['Jürgen Klopp', 'Klopp', 'Jürgen Klopp'],
  ['Pep Guardiola', 'Guardiola', 'Pep Guardiola'],
  ['Xi Jinping', 'Xi', 'Xi Jinping'],
  ['Chinese President Xi Jinping', 'Xi', 'Xi Jinping'],
  ['Vladimir Putin', 'Putin', 'Vladimir Putin'],
  ['Benjamin Netanyahu', 'Netanyahu', 'Benjamin Netanyahu'],
  ['Israeli Prime Minister Benjamin Netanyahu', 'Netanyahu', 'Benjamin Netanyahu'],
  ['Antonio Guterres', 'Guterres', 'Antonio Guterres'],
  ['UN Secretary-General António Guterres', 'Guterres', 'António Guterres'],
  ['Joe Biden', 'Biden', 'Joe Biden'],
  ['President Donald Trump', 'Trump', 'Donald Trump'],
  ['Kamala Harris', 'Harris', 'Kamala Harris'],
  ['JD Vance', 'Vance', 'JD Vance'],
  ['Robert F. Kennedy Jr.', 'Kennedy', 'Robert F. Kennedy Jr.'],
  ['Alexei Navalny', 'Navalny', 'Alexei Navalny'],
  ['Yulia Navalnaya', 'Navalnaya', 'Yulia Navalnaya'],
  ['Nicolás Maduro', 'Maduro', 'Nicolás Maduro'],
  ['Javier Milei', 'Milei', 'Javier Milei'],
  ['Claudia Sheinbaum', 'Sheinbaum', 'Claudia Sheinbaum'],
  ['Giorgia Meloni', 'Meloni', 'Giorgia Meloni'],
  ['Friedrich Merz', 'Merz', 'Friedrich Merz'],
  ['Emmanuel Macron', 'Macron', 'Emmanuel Macron'],
  ['Pedro Sánchez', 'Sánchez', 'Pedro Sánchez'],
  ['Sam Altman', 'Altman', 'Sam Altman'],
  ['Jensen Huang', 'Huang', 'Jensen Huang'],
  ['Mary Barra', 'Barra', 'Mary Barra'],
  ['Tim Cook', 'Cook', 'Tim Cook'],
  ['Andy Jassy', 'Jassy', 'Andy Jassy'],
  ['Warren Buffett', 'Buffett', 'Warren Buffett'],
  ['Jamie Dimon', 'Dimon', 'Jamie Dimon'],
  ['Nikki Haley', 'Haley', 'Nikki Haley'],
  ['Ron DeSantis', 'DeSantis', 'Ron DeSantis'],
  ['Gretchen Whitmer', 'Whitmer', 'Gretchen Whitmer'],
  ['Rishi Sunak', 'Sunak', 'Rishi Sunak'],
  ['Rachel Reeves', 'Reeves', 'Rachel Reeves'],
  ['Kemi Badenoch', 'Badenoch', 'Kemi Badenoch'],
  ['Nigel Farage', 'Farage', 'Nigel Farage'],
  ['Ed Davey', 'Davey', 'Ed Davey'],
  ['John Swinney', 'Swinney', 'John Swinney'],
  ['Justin Trudeau', 'Trudeau', 'Justin Trudeau'],
  ['Pierre Poilievre', 'Poilievre', 'Pierre Poilievre'],
  ['Doug Ford', 'Ford', 'Doug Ford'],
  ['Premier Doug Ford', 'Ford', 'Doug Ford'],
  ['Danielle Smith', 'Smith', 'Danielle Smith'],
  ['Bill Gates', 'Gates', 'Bill Gates'],
];
const FIGURE_FRAMES: Array<(first: string, later: string) => string> = [
  (a, b) =>
    `${a} spoke to reporters on Monday about the new trade deal. “We will not accept this deal as it stands,” ${b} said.`,
  (a, b) =>
    `${a} spoke to reporters on Monday about the new trade deal. “We will not accept this deal as it stands,” said ${b}.`,
  (a, b) =>
    `${a} spoke to reporters on Monday about the new trade deal.\n${b} said: “We will not accept this deal as it stands.”`,
  (a) =>
    `The new trade deal was discussed on Monday. “We will not accept this deal as it stands,” ${a} told reporters.`,
  (a) =>
    `The new trade deal was discussed on Monday. “We will not accept this deal as it stands,” said ${a}.`,
];

// Organisations that speak.
const SPEAKING_BODIES: Array<[string, string]> = [
  ['the Ministry of Defence', 'Ministry of Defence'],
  ['the World Health Organization', 'World Health Organization'],
  ['Amazon', 'Amazon'],
  ['Google', 'Google'],
  ['the Pentagon', 'Pentagon'],
  ['Hamas', 'Hamas'],
  ['the Kremlin', 'Kremlin'],
  ['the European Commission', 'European Commission'],
  ['Tesla', 'Tesla'],
  ['the Metropolitan Police', 'Metropolitan Police'],
  ['the National Weather Service', 'National Weather Service'],
  ['Boeing', 'Boeing'],
  ['the Israel Defense Forces', 'Israel Defense Forces'],
  ['the U.S. State Department', 'U.S. State Department'],
  ['Greenpeace', 'Greenpeace'],
  ['the NHS', 'NHS'],
  ['Meta', 'Meta'],
  ['the Federal Reserve', 'Federal Reserve'],
  ['Manchester United', 'Manchester United'],
  ['the FBI', 'FBI'],
];
const BODY_FRAMES: Array<(o: string) => string> = [
  (o) => `“We are reviewing the matter closely,” ${o} said in a statement.`,
  (o) => `In a statement, ${o} said: “We are reviewing the matter closely.”`,
  (o) => `A spokesperson for ${o} said: “We are reviewing the matter closely.”`,
  (o) => `“We are reviewing the matter closely,” a spokesperson for ${o} said.`,
  (o) =>
    `${o[0]!.toUpperCase() + o.slice(1)} was asked about the claims. “We are reviewing the matter closely,” it said.`,
  (o) => `${o.replace(/^the/, 'The')} said it was “reviewing the matter closely and will respond.”`,
  (o) => `“We are reviewing the matter closely,” according to ${o}.`,
];

// Attribution across sentences and paragraphs: pronouns, role nouns, epithets, interviews, nesting.
const DISCOURSE: Array<[string, Record<string, string | null>]> = [
  [
    `Foreign Minister Penny Wong arrived in Beijing on Tuesday for two days of talks.\nThe visit is the first by an Australian minister in three years, and trade will dominate.\nBeijing lifted tariffs on barley last year.\n“We want a stable relationship with China,” the minister said.`,
    { 'We want a stable': 'Penny Wong' },
  ],
  [
    `Penny Wong arrived in Beijing on Tuesday for two days of talks.\nThe visit is the first by an Australian minister in three years, and trade will dominate.\n“We want a stable relationship with China,” she said.`,
    { 'We want a stable': 'Penny Wong' },
  ],
  [
    `Penny Wong met Wang Yi in Beijing on Tuesday.\n“We want a stable relationship with China,” she said.\n“China is ready to work with Australia,” he said.`,
    { 'We want a stable': 'Penny Wong', 'China is ready': 'Wang Yi' },
  ],
  [
    `Penny Wong met Wang Yi in Beijing on Tuesday.\nWang said China was ready to talk. “China is ready to work with Australia,” he said.\nWong was more cautious. “We want a stable relationship with China,” she said.`,
    { 'We want a stable': 'Penny Wong', 'China is ready': 'Wang Yi' },
  ],
  [
    `Maria Gonzalez, 45, lost her home in the fire.\n“I had ten minutes to get out of the house with my children,” the mother of two said.`,
    { 'I had ten minutes': 'Maria Gonzalez' },
  ],
  [
    `Maria Gonzalez, 45, lost her home in the fire.\n“I had ten minutes to get out of the house with my children,” the 45-year-old said.`,
    { 'I had ten minutes': 'Maria Gonzalez' },
  ],
  [
    `Former president Barack Obama spoke at the rally on Saturday.\n“This election is about the future of our democracy,” the former president said.`,
    { 'This election is about': 'Barack Obama' },
  ],
  [
    `Acme Corp chief executive Dana Lee told investors the company would cut jobs.\n“We have to make hard choices this year,” the chief executive said.`,
    { 'We have to make hard': 'Dana Lee' },
  ],
  [
    `Dana Lee, chief executive of Acme Corp, spoke to investors on Monday.\nLee said:\n“We have to make hard choices this year. The market has changed and so must we.”`,
    { 'We have to make hard': 'Dana Lee' },
  ],
  [
    `Dana Lee, chief executive of Acme Corp, spoke to investors on Monday.\n“We have to make hard choices this year.\n“The market has changed and so must we,” Lee said.`,
    { 'We have to make hard': 'Dana Lee', 'The market has changed': 'Dana Lee' },
  ],
  [
    `Dana Lee, chief executive of Acme Corp, spoke to investors on Monday.\n“We have to make hard choices this year,” Lee said.\n“The market has changed and so must we.”`,
    { 'We have to make hard': 'Dana Lee', 'The market has changed': 'Dana Lee' },
  ],
  [
    `We spoke to Dana Lee, chief executive of Acme Corp.\nWhy are you cutting jobs?\n“We have to make hard choices this year.”\nWill there be more cuts?\n“The market has changed and so must we.”`,
    { 'We have to make hard': 'Dana Lee', 'The market has changed': 'Dana Lee' },
  ],
  [
    `Acme Corp's spokesman, Tom Reid, said the cuts were final.\n“We have to make hard choices this year,” Reid said.`,
    { 'We have to make hard': 'Tom Reid' },
  ],
  [
    `Acme Corp said on Monday it would cut 500 jobs.\n“We have to make hard choices this year,” the company said in a statement.`,
    { 'We have to make hard': 'Acme Corp' },
  ],
  [
    `Acme Corp said on Monday it would cut 500 jobs.\n“We have to make hard choices this year,” it said.`,
    { 'We have to make hard': 'Acme Corp' },
  ],
  [
    `Unions condemned the cuts. Sharon Graham, general secretary of Unite, said: “This is a disgrace and we will fight it.”`,
    { 'This is a disgrace': 'Sharon Graham' },
  ],
  [
    `“This is a disgrace and we will fight it,” said Sharon Graham, general secretary of Unite.`,
    { 'This is a disgrace': 'Sharon Graham' },
  ],
  [
    `“This is a disgrace and we will fight it,” Unite general secretary Sharon Graham said.`,
    { 'This is a disgrace': 'Sharon Graham' },
  ],
  [
    `Unite's general secretary Sharon Graham said the cuts were “a disgrace and we will fight it”.`,
    { 'a disgrace and we will': 'Sharon Graham' },
  ],
  [
    `Sharon Graham did not hold back. “This is a disgrace and we will fight it,” the union leader said.`,
    { 'This is a disgrace': 'Sharon Graham' },
  ],
  [
    `Police said a man, 34, was arrested. “We are not looking for anyone else in connection with the incident,” Det Insp Mark Hughes said.`,
    { 'We are not looking': 'Mark Hughes' },
  ],
  [
    `Police said a man, 34, was arrested. “We are not looking for anyone else in connection with the incident,” a police spokesperson said.`,
    { 'We are not looking': null },
  ],
  [
    `Police said a man, 34, was arrested. “We are not looking for anyone else in connection with the incident,” police said.`,
    { 'We are not looking': null },
  ],
  [
    `Jane Smith, who runs the bakery, said business had doubled. “People are coming from all over the county now,” says Smith, 52.`,
    { 'People are coming': 'Jane Smith' },
  ],
  [
    `Jane Harper, who runs the bakery, said business had doubled.\nHer husband, Tom, agreed. “People are coming from all over the county now,” he said.`,
    { 'People are coming': 'Tom' },
  ],
  [
    `The mayor, Karen Bass, defended the plan. Asked whether it would work, Bass replied: “It already is working across the city.”`,
    { 'It already is working': 'Karen Bass' },
  ],
  [
    `“It already is working across the city,” Bass, a Democrat, told reporters after Mayor Karen Bass visited the shelter.`,
    { 'It already is working': 'Karen Bass' },
  ],
  [
    `Karen Bass visited the shelter. Speaking afterwards, the Democrat said: “It already is working across the city.”`,
    { 'It already is working': 'Karen Bass' },
  ],
  [
    `In a post on X, Elon Musk wrote: “The plan will fail and everyone knows it.”`,
    { 'The plan will fail': 'Elon Musk' },
  ],
  [
    `Elon Musk weighed in on X. “The plan will fail and everyone knows it,” the billionaire wrote.`,
    { 'The plan will fail': 'Elon Musk' },
  ],
  [
    `Elon Musk weighed in on X. “The plan will fail and everyone knows it,” the Tesla chief executive wrote.`,
    { 'The plan will fail': 'Elon Musk' },
  ],
  [
    `The council approved the plan on Monday.\n“We are delighted with the result,” said Anna Reyes, a spokesperson for Greenfield Homes.`,
    { 'We are delighted': 'Anna Reyes' },
  ],
  [
    `The council approved the plan on Monday.\n“We are delighted with the result,” Greenfield Homes spokesperson Anna Reyes said.`,
    { 'We are delighted': 'Anna Reyes' },
  ],
  [
    `The council approved the plan on Monday.\n“We are delighted with the result,” a Greenfield Homes spokesperson said.`,
    { 'We are delighted': 'Greenfield Homes' },
  ],
  [
    `The council approved the plan on Monday.\nGreenfield Homes said in a statement: “We are delighted with the result.”`,
    { 'We are delighted': 'Greenfield Homes' },
  ],
  [
    `The council approved the plan on Monday.\nIn a statement, a spokesperson for Greenfield Homes said: “We are delighted with the result.”`,
    { 'We are delighted': 'Greenfield Homes' },
  ],
  [
    `The council approved the plan on Monday.\nAnna Reyes, who founded Greenfield Homes in 2001 with her brother, said: “We are delighted with the result.”`,
    { 'We are delighted': 'Anna Reyes' },
  ],
  [
    `The council approved the plan on Monday.\n“We are delighted with the result,” Reyes told the Evening Standard after Anna Reyes was named chair.`,
    { 'We are delighted': 'Anna Reyes' },
  ],
  [
    `Anna Reyes chairs Greenfield Homes.\nThe council approved the plan on Monday after a long debate.\nReyes was pleased.\n“We are delighted with the result.\n“It has been a long road,” she said.`,
    { 'We are delighted': 'Anna Reyes', 'It has been a long': 'Anna Reyes' },
  ],
  [
    `Anna Reyes chairs Greenfield Homes. Tom Hale opposed the plan.\n“We are delighted with the result,” Reyes said, while Hale called it “a betrayal of the whole village”.`,
    { 'We are delighted': 'Anna Reyes', 'a betrayal of the whole': 'Tom Hale' },
  ],
  [
    `Anna Reyes chairs Greenfield Homes.\n“When people told me ‘you will never build here’, I did not listen,” Reyes said.`,
    { 'When people told me': 'Anna Reyes' },
  ],
  [
    `Anna Reyes chairs Greenfield Homes.\nReyes recalled her father's advice: “Never give up on a good idea.”`,
    { 'Never give up': 'Anna Reyes' },
  ],
  [
    `Anna Reyes chairs Greenfield Homes.\nAsked what was next, Reyes said the firm would look north. “There is land there and there is demand,” she added.`,
    { 'There is land': 'Anna Reyes' },
  ],
  [
    `Local residents were split. “It will ruin the village for ever,” said one, who asked not to be named.`,
    { 'It will ruin': null },
  ],
  [
    `Local residents were split.\n“It will ruin the village for ever,” said Margaret Cole, 78, who has lived there for 50 years.`,
    { 'It will ruin': 'Margaret Cole' },
  ],
  [
    `Local residents were split.\nMargaret Cole, 78, has lived there for 50 years. “It will ruin the village for ever,” she said. “Nobody asked us.”`,
    { 'It will ruin': 'Margaret Cole', 'Nobody asked us': 'Margaret Cole' },
  ],
  [
    `The prime minister, Keir Starmer, told MPs: “We will build the homes this country needs.”`,
    { 'We will build': 'Keir Starmer' },
  ],
  [
    `Starmer's spokesman said: “The prime minister has been clear about this.”`,
    { 'The prime minister has': null },
  ],
  [
    `Downing Street said: “The prime minister has been clear about this.”`,
    { 'The prime minister has': 'Downing Street' },
  ],
  [
    `A Downing Street spokesperson said: “The prime minister has been clear about this.”`,
    { 'The prime minister has': 'Downing Street' },
  ],
  [
    `The White House said in a statement that it was “deeply concerned by the reports”.`,
    { 'deeply concerned by': 'White House' },
  ],
  [
    `Anna Reyes spoke after the vote.\n“My father always said, ‘Never give up on a good idea,’ and I never did,” Reyes said.`,
    { 'My father always said': 'Anna Reyes' },
  ],
  [
    `Anna Reyes spoke after the vote.\n“When the minister told us ‘there is no money’, we went to the banks instead,” Reyes said.`,
    { 'When the minister told us': 'Anna Reyes' },
  ],
  [
    `Anna Reyes spoke after the vote.\n“He said to me, “You will never build here,” and I proved him wrong,” Reyes said.`,
    { 'He said to me': 'Anna Reyes' },
  ],
  [
    `Anna Reyes spoke after the vote. Her rival, Tom Hale, disagreed.\nReyes told the BBC that Hale “has never built a single home in his life”.`,
    { 'has never built a single': 'Anna Reyes' },
  ],
  [
    `Anna Reyes spoke after the vote. Her rival, Tom Hale, disagreed.\nHale, speaking to the BBC about Reyes, said: “She has never built a single home.”`,
    { 'She has never built': 'Tom Hale' },
  ],
  [
    `Anna Reyes spoke after the vote. Her rival, Tom Hale, disagreed.\n“She has never built a single home,” Hale said of Reyes.`,
    { 'She has never built': 'Tom Hale' },
  ],
  [
    `Anna Reyes spoke after the vote. Her rival, Tom Hale, disagreed.\n“She has never built a single home,” Hale said, pointing at Reyes.`,
    { 'She has never built': 'Tom Hale' },
  ],
  [
    `Anna Reyes spoke after the vote. Her rival, Tom Hale, disagreed.\n“She has never built a single home,” Hale told Reyes during the debate.`,
    { 'She has never built': 'Tom Hale' },
  ],
  [
    `Anna Reyes spoke after the vote. Her rival, Tom Hale, disagreed.\nIn a letter to Reyes, Hale wrote: “You have never built a single home.”`,
    { 'You have never built': 'Tom Hale' },
  ],
  [
    `Anna Reyes spoke after the vote. Her rival, Tom Hale, disagreed.\nAccording to Hale, Reyes once said: “I will never build in this village.”`,
    { 'I will never build': 'Anna Reyes' },
  ],
  [
    `Anna Reyes spoke after the vote. Her rival, Tom Hale, disagreed.\nHale recalled that Reyes once told him: “I will never build in this village.”`,
    { 'I will never build': 'Anna Reyes' },
  ],
  [
    `Anna Reyes spoke after the vote. Her rival, Tom Hale, disagreed.\nReyes, responding to a question from Hale, said: “I will build wherever I can.”`,
    { 'I will build wherever': 'Anna Reyes' },
  ],
  [
    `Anna Reyes spoke after the vote. Her rival, Tom Hale, disagreed.\nAfter Hale spoke, Reyes said: “I will build wherever I can.”`,
    { 'I will build wherever': 'Anna Reyes' },
  ],
  [
    `Anna Reyes spoke after the vote. Her rival, Tom Hale, disagreed.\nWhen Reyes finished, Hale said: “I will fight this all the way.”`,
    { 'I will fight this': 'Tom Hale' },
  ],
  [
    `Governor Tom Walsh spoke in Denver on Monday.\nHe praised Joe Biden and criticised Donald Trump over the budget.\n“This is a fight for our schools,” he said.`,
    { 'This is a fight': 'Tom Walsh' },
  ],
  [
    `Governor Tom Walsh spoke in Denver on Monday.\nHe met Senator Mark Kelly and Mayor John Hickenlooper before the speech.\n“This is a fight for our schools,” he said.`,
    { 'This is a fight': 'Tom Walsh' },
  ],
  [
    `Governor Tom Walsh spoke in Denver on Monday.\nThe budget cuts $2 billion from schools, according to the state treasury.\nTeachers have protested for weeks.\n“This is a fight for our schools,” he said.`,
    { 'This is a fight': 'Tom Walsh' },
  ],
  [
    `Governor Tom Walsh spoke in Denver on Monday.\nWalsh, a Democrat, has clashed with lawmakers over the budget since January, when Republicans proposed deep cuts.\n“This is a fight for our schools,” he said.`,
    { 'This is a fight': 'Tom Walsh' },
  ],
  [
    `Governor Tom Walsh spoke in Denver on Monday. His opponent, Sarah Lin, spoke in Boulder.\n“This is a fight for our schools,” Walsh said.\n“He has no plan at all,” Lin said.\n“We will win in November,” she added.\n“She is wrong about all of it,” he replied.`,
    {
      'This is a fight': 'Tom Walsh',
      'He has no plan': 'Sarah Lin',
      'We will win': 'Sarah Lin',
      'She is wrong about': 'Tom Walsh',
    },
  ],
  [
    `Governor Tom Walsh spoke in Denver on Monday.\n“This is a fight for our schools,” Walsh said. “We will not cut a single teacher.”\nHe added that the state had a surplus.\n“The money is there,” he said.`,
    { 'We will not cut': 'Tom Walsh', 'The money is there': 'Tom Walsh' },
  ],
  [
    `Sarah Lin, the Republican candidate, criticised Governor Tom Walsh on Monday.\n“He has no plan at all,” she said.`,
    { 'He has no plan': 'Sarah Lin' },
  ],
  [
    `Sarah Lin, the Republican candidate, said Governor Tom Walsh had failed.\n“He has no plan at all,” the candidate said.`,
    { 'He has no plan': 'Sarah Lin' },
  ],
  [
    `Teachers rallied outside the Capitol on Monday. Maria Ortiz, a teacher at Lincoln High School, brought her class.\n“We just want to be paid fairly,” she said.`,
    { 'We just want': 'Maria Ortiz' },
  ],
  [
    `Teachers rallied outside the Capitol on Monday.\n“We just want to be paid fairly,” said Maria Ortiz, who teaches at Lincoln High School. “Is that too much to ask?”`,
    { 'We just want': 'Maria Ortiz', 'Is that too much': 'Maria Ortiz' },
  ],
  [
    `Anna Reyes founded Greenfield Homes in 2001. We spoke to her about the plan.\nWhy build here?\n“Because the village needs homes and nobody else will build them.”\nWhat about the critics?\n“They have had twenty years to offer something better.”`,
    { 'Because the village': 'Anna Reyes', 'They have had twenty': 'Anna Reyes' },
  ],
  [
    `Anna Reyes founded Greenfield Homes in 2001. We spoke to her about the plan.\nQ: Why build here?\nA: “Because the village needs homes and nobody else will build them.”`,
    { 'Because the village': 'Anna Reyes' },
  ],
  [
    `Anna Reyes founded Greenfield Homes in 2001.\nReyes: “Because the village needs homes and nobody else will build them.”`,
    { 'Because the village': 'Anna Reyes' },
  ],
  [
    `Anna Reyes founded Greenfield Homes in 2001. She has been building ever since.\nShe is blunt about her critics. “They have had twenty years to offer something better.”`,
    { 'They have had twenty': 'Anna Reyes' },
  ],
  [
    `Anna Reyes founded Greenfield Homes in 2001.\nFor Reyes, the answer is simple: “Build the homes, and the village will thrive again.”`,
    { 'Build the homes': 'Anna Reyes' },
  ],
  [
    `Anna Reyes founded Greenfield Homes in 2001.\nIn her view, “the village will thrive again once the homes are built.”`,
    { 'the village will thrive': 'Anna Reyes' },
  ],
  [
    `Anna Reyes founded Greenfield Homes in 2001.\nHer message to the council was clear: “Build the homes, and the village will thrive again.”`,
    { 'Build the homes': 'Anna Reyes' },
  ],
  [
    `Anna Reyes founded Greenfield Homes in 2001.\nShe wrote on Facebook: “Build the homes, and the village will thrive again.”`,
    { 'Build the homes': 'Anna Reyes' },
  ],
  [
    `Anna Reyes founded Greenfield Homes in 2001.\nIn an interview with the Guardian, Reyes was asked whether she regretted the plan. “Not for a second, not for one moment,” she replied.`,
    { 'Not for a second': 'Anna Reyes' },
  ],
  [
    `Anna Reyes founded Greenfield Homes in 2001.\nSpeaking to reporters after the vote, Reyes, 54, said the result was “a victory for common sense and for families”.`,
    { 'a victory for common': 'Anna Reyes' },
  ],
];

// Organisations named in full, and names that are no organisation.
const BODIES: Array<[string, Expected, Expected, Expected]> = [
  [
    'Researchers at the University of Leeds and Stanford University published the study on Monday.',
    ['University of Leeds', 'Stanford University'],
    [],
    [],
  ],
  [
    'The Office of the Comptroller of the Currency fined the bank on Friday.',
    ['Office of the Comptroller of the Currency'],
    [],
    [],
  ],
  ['Shares in Rolls-Royce Holdings rose 3% after the update.', ['Rolls-Royce Holdings'], [], []],
  ['Johnson & Johnson agreed to pay $700 million to settle the claims.', ['Johnson & Johnson'], [], []],
  ['The Bill & Melinda Gates Foundation pledged $100 million.', ['Bill & Melinda Gates Foundation'], [], []],
  ['The National Institute on Drug Abuse funded the research.', ['National Institute on Drug Abuse'], [], []],
  [
    'The Liberal Democrats won the seat from the Conservative Party.',
    ['Liberal Democrats', 'Conservative Party'],
    [],
    [],
  ],
  [
    'Arsenal beat Manchester City 2-1 at the Emirates Stadium on Sunday.',
    ['Arsenal', 'Manchester City'],
    [],
    null,
  ],
  ['The Los Angeles Lakers signed the guard on a two-year deal.', ['Los Angeles Lakers'], [], []],
  [
    'West Yorkshire Police said the man was arrested in Bradford.',
    ['West Yorkshire Police'],
    [],
    ['Bradford'],
  ],
  ['Doctors at Great Ormond Street Hospital treated the girl.', ['Great Ormond Street Hospital'], [], []],
  [
    'Delta Air Lines and United Airlines cancelled 300 flights.',
    ['Delta Air Lines', 'United Airlines'],
    [],
    [],
  ],
  [
    'The Securities and Exchange Commission (SEC) opened an inquiry, and the SEC declined to comment.',
    ['Securities and Exchange Commission'],
    [],
    [],
  ],
  ['The S&P 500 rose 1.2% and the FTSE 100 fell, while the Nasdaq Composite was flat.', [], [], []],
  ['Apple unveiled the iPhone 16 Pro and the Apple Watch Series 10 on Monday.', ['Apple'], [], []],
  [
    'The World Cup final will be held in New Jersey in July, after the Olympics in Paris.',
    [],
    [],
    ['New Jersey', 'Paris'],
  ],
  ['The Affordable Care Act survived another challenge in the Supreme Court.', ['Supreme Court'], [], []],
  ['The euro fell against the dollar and the yen after the data.', [], [], []],
  ['She won the Nobel Prize in Literature in 2013 for her short stories.', [], [], []],
  ['Cases of Covid-19 and RSV rose in December, the CDC said.', ['CDC'], [], []],
  [
    'OpenAI released ChatGPT in November 2022, and Microsoft invested billions.',
    ['OpenAI', 'Microsoft'],
    [],
    [],
  ],
  ['“It was a mistake,” Sarah Jones told BBC Radio 4’s Today programme.', ['BBC'], ['Sarah Jones'], []],
  ['The Guardian reported on Tuesday that the deal had collapsed, citing two sources.', ['Guardian'], [], []],
  [
    'The European Central Bank kept rates on hold, and the Bank of Japan followed.',
    ['European Central Bank', 'Bank of Japan'],
    [],
    [],
  ],
  [
    'Hezbollah and the Houthis fired rockets, the Israel Defense Forces said.',
    ['Hezbollah', 'Houthis', 'Israel Defense Forces'],
    [],
    [],
  ],
  [
    'The Royal Society for the Protection of Birds called the plan a disaster.',
    ['Royal Society for the Protection of Birds'],
    [],
    [],
  ],
  [
    'Goldman Sachs and JPMorgan Chase raised their forecasts for the year.',
    ['Goldman Sachs', 'JPMorgan Chase'],
    [],
    [],
  ],
  [
    'Toyota Motor Corp. and Honda Motor Co. said sales rose in Japan.',
    ['Toyota Motor Corp.', 'Honda Motor Co.'],
    [],
    ['Japan'],
  ],
  [
    'The Metropolitan Museum of Art returned the statue to Cambodia.',
    ['Metropolitan Museum of Art'],
    [],
    ['Cambodia'],
  ],
  [
    'Save the Children and Médecins Sans Frontières warned of famine in Gaza.',
    ['Save the Children', 'Médecins Sans Frontières'],
    [],
    ['Gaza'],
  ],
  [
    'Speaking at Harvard Kennedy School, she criticised Amnesty International.',
    ['Harvard Kennedy School', 'Amnesty International'],
    [],
    [],
  ],
  [
    'The Federal Aviation Administration grounded the Boeing 737 Max 9 jets.',
    ['Federal Aviation Administration', 'Boeing'],
    [],
    [],
  ],
  [
    'Tickets are available from Ticketmaster and the Royal Albert Hall box office.',
    ['Ticketmaster', 'Royal Albert Hall'],
    [],
    null,
  ],
  [
    'The Kansas City Chiefs beat the Philadelphia Eagles in Super Bowl LIX.',
    ['Kansas City Chiefs', 'Philadelphia Eagles'],
    [],
    [],
  ],
  [
    'Police in Greater Manchester said two men were arrested in Salford.',
    [],
    [],
    ['Greater Manchester', 'Salford'],
  ],
  [
    'The Taliban closed schools in Kabul, the United Nations said.',
    ['Taliban', 'United Nations'],
    [],
    ['Kabul'],
  ],
];
const NOT_BODIES: Array<[string, Expected, Expected, Expected]> = [
  [
    'The Champions League final is in Munich. The Premier League season starts in August.',
    [],
    [],
    ['Munich'],
  ],
  ['She ran the London Marathon and the Boston Marathon last year.', [], [], null],
  ['Wimbledon starts on Monday, and Roland Garros ended last week.', null, [], null],
  ['The Grammy Awards and the Academy Awards were held in Los Angeles.', [], [], ['Los Angeles']],
  ['Black Friday sales rose, and Cyber Monday was even bigger.', [], [], []],
  ['The Paris Agreement and the Kyoto Protocol set emissions targets.', [], [], null],
  ['The Inflation Reduction Act and the CHIPS Act passed in 2022.', [], [], []],
  ['Hurricane Milton hit Florida on Wednesday, days after Hurricane Helene.', [], [], ['Florida']],
  ['He plays Fortnite and Minecraft, and watches Netflix on his iPad.', ['Netflix'], [], []],
  ['The Tesla Model Y and the Ford F-150 Lightning were the best sellers.', null, [], []],
  ['Prices of Brent crude and West Texas Intermediate fell on Monday.', [], [], null],
  ['Bitcoin rose above $100,000 while Ethereum fell.', [], [], []],
  ['The Dow Jones Industrial Average fell 300 points and the Nikkei 225 rose.', [], [], []],
  [
    'Group A: Germany, Scotland, Hungary, Switzerland.',
    [],
    [],
    ['Germany', 'Scotland', 'Hungary', 'Switzerland'],
  ],
  ['Covid-19, Ebola and Mpox remain threats, the WHO said.', ['WHO'], [], []],
  ['Follow @nytimes and @BBCWorld for updates.', [], [], []],
  [
    'The Met Gala was held on Monday at the Metropolitan Museum of Art.',
    ['Metropolitan Museum of Art'],
    [],
    [],
  ],
  ['The Eurovision Song Contest will be held in Basel.', [], [], ['Basel']],
  ['Sinn Féin and the DUP agreed to restore Stormont.', ['Sinn Féin', 'DUP'], [], null],
  ['The Ryder Cup returns to Bethpage Black in New York.', [], [], null],
  ['Operation Warp Speed funded the vaccines.', [], [], []],
  ['Christmas and Easter and Ramadan were mentioned.', [], [], []],
  ['Harry Potter and Hermione Granger are fictional characters.', [], [], []],
  ['Read more: How the deal was done', [], [], []],
  ['WATCH: The moment the bridge collapsed', [], [], []],
];

// News outlets cited as sources: each should be an organisation, and nothing else named.
const OUTLETS = [
  'Reuters',
  'the Associated Press',
  'The New York Times',
  'the BBC',
  'CNN',
  'Fox News',
  'The Washington Post',
  'Bloomberg',
  'the Financial Times',
  'The Guardian',
  'Al Jazeera',
  'the Wall Street Journal',
  'Politico',
  'Axios',
  'NPR',
  'Sky News',
  'The Telegraph',
  'Le Monde',
  'Der Spiegel',
  'the Times of India',
  'The Hindu',
  'Haaretz',
  'the South China Morning Post',
  'ABC News',
  'CBS News',
  'NBC News',
  'the Daily Mail',
  'The Independent',
  'Agence France-Presse',
  'AFP',
  'Bloomberg News',
  'the Toronto Star',
  'The Globe and Mail',
  'the Sydney Morning Herald',
  'Channel 4 News',
  'ITV News',
  'Deutsche Welle',
  'Euronews',
  'The Economist',
  'Nature',
];
const OUTLET_FRAMES: Array<(o: string) => string> = [
  (o) => `The minister resigned on Monday, ${o} reported.`,
  (o) => `The minister resigned on Monday, according to ${o}.`,
  (o) => `“It was time to go,” the minister told ${o} on Monday.`,
  (o) => `In an interview with ${o}, the minister said it was time to go.`,
  (o) => `${o.replace(/^the /, 'The ')} reported on Monday that the minister had resigned.`,
];

// Places in a sentence after "in" and opening a sentence.
const PLACES: string[] = [
  'Kyiv',
  "Côte d'Ivoire",
  'the West Bank',
  'the Gaza Strip',
  'Washington, D.C.',
  'St. Louis',
  'Port-au-Prince',
  'Rio de Janeiro',
  'the Bay Area',
  'Silicon Valley',
  'the Middle East',
  'Sub-Saharan Africa',
  'Latin America',
  'the Sahel',
  'Northern Ireland',
  'New South Wales',
  'Hong Kong',
  'Kashmir',
  'the Donbas',
  'Crimea',
  'Tigray',
  'Darfur',
  'the Red Sea',
  'the Strait of Hormuz',
  'Lake Tahoe',
  'Mount Everest',
  'the Alps',
  'Kharkiv',
  'Zaporizhzhia',
  'Khan Younis',
  'Rafah',
  'Aleppo',
  'Idlib',
  'Mosul',
  'Kandahar',
  'Lahore',
  'Karachi',
  'Dhaka',
  'Lagos',
  'Abuja',
  'Nairobi',
  'Addis Ababa',
  'Kinshasa',
  'Johannesburg',
  'Cape Town',
  'Durban',
  'Harare',
  'Accra',
  'Dakar',
  'Bamako',
  'Khartoum',
  'Tripoli',
  'Benghazi',
  'Sanaa',
  'Aden',
  'Riyadh',
  'Doha',
  'Dubai',
  'Abu Dhabi',
  'Tehran',
  'Baghdad',
  'Beirut',
  'Damascus',
  'Amman',
  'Ankara',
  'Istanbul',
  'Tbilisi',
  'Yerevan',
  'Baku',
  'Minsk',
  'Chisinau',
  'Vilnius',
  'Riga',
  'Tallinn',
  'Helsinki',
  'Oslo',
  'Reykjavik',
  'Brussels',
  'The Hague',
  'Luxembourg',
  'Monaco',
  'Andorra',
  'Bern',
  'Vaduz',
  'Valletta',
  'Nicosia',
  'Athens',
  'Skopje',
  'Tirana',
  'Podgorica',
  'Sarajevo',
  'Belgrade',
  'Zagreb',
  'Ljubljana',
  'Bratislava',
  'Budapest',
  'Bucharest',
  'Sofia',
  'Warsaw',
  'Prague',
  'Vienna',
  'Manchester',
  'Birmingham',
  'Glasgow',
  'Cardiff',
  'Belfast',
  'Derry',
  'Dundee',
  'Swansea',
  'Bristol',
  'Sheffield',
  'Leicester',
  'Reading',
  'Bath',
  'Wells',
  'Bangor',
  'Ely',
  'Mobile',
  'Buffalo',
  'Phoenix',
  'Orlando',
  'Austin',
  'Nashville',
  'Memphis',
  'Detroit',
  'Cleveland',
  'Toledo',
  'Boise',
  'Anchorage',
  'Honolulu',
  'Fresno',
  'Tulsa',
  'Omaha',
  'Des Moines',
  'Little Rock',
  'Baton Rouge',
  'El Paso',
  'San Antonio',
  'Vancouver',
  'Calgary',
  'Edmonton',
  'Winnipeg',
  'Halifax',
  'Quebec City',
  'Ottawa',
  'Mississauga',
  'Surrey',
  'Auckland',
  'Wellington',
  'Christchurch',
  'Brisbane',
  'Perth',
  'Adelaide',
  'Hobart',
  'Darwin',
  'Canberra',
  'Manila',
  'Jakarta',
  'Bangkok',
  'Hanoi',
  'Yangon',
  'Phnom Penh',
  'Kuala Lumpur',
  'Singapore',
  'Taipei',
  'Seoul',
  'Pyongyang',
  'Osaka',
  'Shenzhen',
  'Wuhan',
  'Chengdu',
  'Xinjiang',
  'Tibet',
  'Mumbai',
  'Delhi',
  'Kolkata',
  'Chennai',
  'Bengaluru',
  'Hyderabad',
  'Kathmandu',
  'Colombo',
  'Kabul',
  'Tashkent',
  'Almaty',
  'Ulaanbaatar',
  'Bogotá',
  'Caracas',
  'Lima',
  'Quito',
  'Santiago',
  'Buenos Aires',
  'Montevideo',
  'Asunción',
  'La Paz',
  'Havana',
  'Kingston',
  'San Juan',
  'Mexico City',
  'Guadalajara',
  'Monterrey',
  'Tijuana',
  'Guatemala City',
  'Managua',
  'Tegucigalpa',
  'Panama City',
];
const PLACE_FRAMES: Array<(p: string) => string> = [
  (p) => `Heavy rain fell in ${p} on Tuesday, officials said.`,
  (p) => `${p.replace(/^the/, 'The')} has seen heavy rain since Tuesday, officials said.`,
];

const pronounOf = (g: 'm' | 'f'): string => (g === 'm' ? 'he' : 'she');
const batteries: Array<[string, () => Outcome]> = [
  [
    'surnames that are towns or countries',
    () =>
      framed(
        TOWN_SURNAMES.flatMap(([full, p]) =>
          TOWN_FRAMES.map((f): [string, string] => [
            `${full}, a local official, spoke on Monday about the new budget plan. ${f(full, full.split(' ').pop()!, p)}`,
            full,
          ]),
        ),
      ),
  ],
  [
    'name shapes (words, initials, particles, suffixes)',
    () =>
      framed(
        NAME_SHAPES.flatMap(([full, surname, g]) =>
          NAME_FRAMES.map((f): [string, string] => [
            `The council met on Tuesday to discuss the new housing plan for the city. ${f(full, surname, pronounOf(g))}`,
            full,
          ]),
        ),
      ),
  ],
  [
    'public figures',
    () =>
      framed(
        FIGURES.flatMap(([first, later, want]) =>
          FIGURE_FRAMES.map((f): [string, string] => [
            `Talks went on late into the night in the capital. ${f(first, later)}`,
            want,
          ]),
        ),
      ),
  ],
  [
    'organisations that speak',
    () =>
      framed(
        SPEAKING_BODIES.flatMap(([o, want]) =>
          BODY_FRAMES.map((f): [string, string] => [
            `The claims were published on Monday by a local newspaper. ${f(o)}`,
            want,
          ]),
        ),
      ),
  ],
  ['attribution across sentences', () => speakers(DISCOURSE)],
  ['organisations named in full', () => names(BODIES, 'The report was published on Monday morning. ')],
  ['events, products, handles', () => names(NOT_BODIES, 'The report was published on Monday morning.\n')],
  [
    'news outlets cited',
    () =>
      names(
        OUTLETS.flatMap((o) =>
          OUTLET_FRAMES.map((f): [string, Expected, Expected, Expected] => [
            f(o),
            [o.replace(/^the /, '')],
            [],
            [],
          ]),
        ),
        'Officials met in the capital this week. ',
        true,
      ),
  ],
  [
    'places',
    () =>
      names(
        PLACES.flatMap((p) =>
          PLACE_FRAMES.map((f): [string, Expected, Expected, Expected] => [
            f(p),
            [],
            [],
            [p.replace(/^the /, '')],
          ]),
        ),
        'The storm moved east overnight. ',
      ),
  ],
];

let probes = 0;
let wrong = 0;
console.log('battery                                              probes  wrong');
for (const [name, run] of batteries) {
  const o = run();
  probes += o.probes;
  wrong += o.wrong.length;
  console.log(`${name.padEnd(52)} ${String(o.probes).padStart(6)} ${String(o.wrong.length).padStart(6)}`);
  if (verbose) for (const w of o.wrong) console.log(`    ${w}`);
}
console.log(`${'all'.padEnd(52)} ${String(probes).padStart(6)} ${String(wrong).padStart(6)}`);
if (stageErrors > 0) {
  console.log(`enrichment stages that threw: ${stageErrors}`);
  process.exitCode = 1;
}
