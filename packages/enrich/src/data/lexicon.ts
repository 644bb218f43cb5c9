// Word lists the entity and quote stages read. Lower-case unless said otherwise.

/** Words that, right before a name, make it a person and are kept as the person's role. */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend',
  'president', 'vice', 'premier', 'chancellor', 'minister', 'secretary', 'ambassador', 'envoy', 'governor',
  'gov', 'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'mayor', 'speaker',
  'judge', 'justice', 'attorney', 'prosecutor', 'sheriff', 'officer', 'lt', 'lieutenant', 'sgt', 'sergeant',
  'capt', 'captain', 'col', 'colonel', 'gen', 'general', 'maj', 'major', 'adm', 'admiral', 'commander',
  'chief', 'director', 'chairman', 'chairwoman', 'chair', 'ceo', 'cfo', 'coo', 'cto', 'founder', 'co-founder',
  'president-elect', 'king', 'queen', 'prince', 'princess', 'pope', 'cardinal', 'bishop', 'archbishop',
  'sheikh', 'emir', 'spokesman', 'spokeswoman', 'spokesperson', 'analyst', 'economist', 'scientist',
  'researcher', 'geologist', 'astronomer', 'physicist', 'doctor', 'coach', 'manager', 'quarterback',
  'striker', 'goalkeeper', 'keeper', 'midfielder', 'defender', 'player', 'actress', 'actor', 'singer',
  'rapper', 'author', 'writer', 'journalist', 'correspondent', 'editor', 'reporter', 'columnist', 'host',
  'lawyer', 'attorney-general', 'detective', 'inspector', 'constable', 'deputy', 'leader', 'head',
  'executive', 'chef', 'artist', 'designer', 'producer', 'mogul', 'billionaire', 'businessman',
  'businesswoman', 'activist', 'candidate', 'lawmaker', 'legislator', 'councillor', 'councilman',
  'councilwoman', 'pm', 'fm', 'mp', 'mep', 'dl', 'lb', 'cb', 'wr', 'rb', 'qb', 'te', 'de', 'dt', 'ol',
  'insider', 'pundit', 'ombudsman', 'anchor', 'commissioner', 'superintendent', 'chancellor', 'dean',
  'governor-general', 'premier-elect', 'fellow', 'lecturer', 'pastor', 'imam', 'rabbi', 'priest',
]);

/** Role words that may precede a title inside a role phrase ("Armenian Foreign Minister"). */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'foreign', 'deputy', 'prime', 'defence', 'defense', 'interior', 'finance', 'health', 'state', 'former',
  'acting', 'senior', 'junior', 'assistant', 'associate', 'executive', 'general', 'vice', 'chief',
  'managing', 'first', 'lead', 'principal', 'head', 'us', 'u.s.', 'uk', 'press', 'white', 'house',
  'planetary', 'study', 'co-author', 'of', 'for', 'and', 'the', 'management', 'resources', 'public',
  'information', 'research', 'advocacy', 'home', 'economy', 'trade', 'justice', 'energy', 'education',
]);

/** Last words that make a capitalised name an organisation. */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'ag', 'sa', 'gmbh',
  'group', 'company', 'companies', 'holdings', 'partners', 'capital', 'ventures', 'technologies', 'technology',
  'systems', 'solutions', 'labs', 'laboratory', 'laboratories', 'pharmaceuticals', 'motors', 'airlines',
  'airways', 'bank', 'fund', 'agency', 'department', 'ministry', 'office', 'committee', 'commission',
  'council', 'authority', 'administration', 'bureau', 'service', 'services', 'board', 'court', 'senate',
  'congress', 'parliament', 'assembly', 'government', 'police', 'army', 'navy', 'force', 'forces',
  'guard', 'command', 'party', 'union', 'federation', 'league', 'association', 'society', 'institute',
  'institution', 'university', 'college', 'school', 'academy', 'center', 'centre', 'observatory',
  'foundation', 'trust', 'organization', 'organisation', 'network', 'news', 'times', 'post', 'journal',
  'herald', 'tribune', 'gazette', 'press', 'media', 'magazine', 'radio', 'tv', 'television', 'channel',
  'podcast', 'studios', 'productions', 'records', 'entertainment', 'hospital', 'infirmary', 'clinic',
  'club', 'fc', 'team', 'brotherhood', 'movement', 'front', 'coalition', 'alliance', 'church', 'exchange',
  'industries', 'energy', 'electric', 'insurance', 'securities', 'reports', 'review', 'telegraph',
  'guardian', 'express', 'mirror', 'observer', 'chronicle', 'examiner', 'inquirer', 'sentinel', 'register',
  'intelligencer', 'daily', 'weekly', 'unit', 'division', 'task', 'squad', 'cabinet', 'house', 'nations',
]);

/** First words that make a name an organisation ("University of Miami", "Bank of England"). */
export const ORG_STARTS: ReadonlySet<string> = new Set([
  'university', 'ministry', 'department', 'bank', 'office', 'institute', 'church', 'council', 'house',
  'federation', 'association', 'school', 'college', 'board', 'bureau', 'court', 'league', 'union',
  'party', 'commission', 'committee', 'organization', 'organisation', 'museum', 'society', 'agency',
]);

/** Well-known organisations that give no other cue (acronyms, one-word brands, outlets). */
export const KNOWN_ORGANIZATIONS: readonly string[] = [
  'NASA', 'ESA', 'FBI', 'CIA', 'NSA', 'FDA', 'EPA', 'SEC', 'FTC', 'FCC', 'IRS', 'DEA', 'ATF', 'CDC', 'NIH',
  'NATO', 'UN', 'UNESCO', 'UNICEF', 'WHO', 'WTO', 'IMF', 'OPEC', 'OSCE', 'ASEAN', 'Interpol', 'Europol',
  'Pentagon', 'Kremlin', 'White House', 'Congress', 'Senate', 'Parliament', 'Bundestag', 'Knesset',
  'Taliban', 'Hamas', 'Hezbollah', 'ISIS', 'Al-Qaeda', 'Amnesty International', 'Red Cross', 'Greenpeace',
  'Reuters', 'AP', 'AFP', 'Associated Press', 'Agence France-Presse', 'Bloomberg', 'BBC', 'CNN', 'CNBC',
  'NBC', 'CBS', 'ABC', 'Fox', 'Fox News', 'MSNBC', 'NPR', 'PBS', 'Sky News', 'Al Jazeera', 'Xinhua',
  'TASS', 'RIA Novosti', 'Interfax', 'Politico', 'Axios', 'Forbes',   'Wired', 'The Verge', 'TechCrunch', 'Engadget', 'IGN', 'Newsweek',   'The New York Times', 'The Washington Post', 'The Wall Street Journal', 'Financial Times', 'The Economist',
  'The Guardian', 'The Independent', 'The Telegraph', 'The Times', 'USA Today', 'Los Angeles Times',
  'Sputnik',
  'Google', 'Apple', 'Microsoft', 'Amazon', 'Facebook', 'Meta', 'Twitter', 'Instagram', 'YouTube',
  'TikTok', 'Netflix', 'Snapchat', 'LinkedIn', 'Reddit', 'WhatsApp', 'Telegram', 'Uber', 'Lyft',
  'Airbnb', 'Tesla', 'SpaceX', 'Blue Origin', 'Boeing', 'Airbus', 'Samsung', 'Sony', 'Huawei', 'Intel',
  'Nvidia', 'IBM', 'Oracle', 'Walmart', 'Starbucks', 'McDonald\'s', 'Toyota', 'Volkswagen',
  'BMW', 'Audi', 'Ford', 'GM', 'General Motors', 'Honda', 'Nissan', 'Siemens', 'BP', 'Exxon',
  'Chevron', 'Gazprom', 'Rosneft', 'SoftBank', 'Alibaba', 'Tencent', 'Baidu', 'Visa', 'Mastercard',
  'PayPal', 'Goldman Sachs', 'JPMorgan', 'Morgan Stanley', 'Citigroup', 'HSBC', 'Barclays',
  'Deutsche Bank', 'UBS', 'Nasdaq', 'Moody\'s',   'NFL', 'NBA', 'MLB', 'NHL', 'FIFA', 'UEFA', 'IOC', 'WTA', 'ATP', 'NCAA', 'AFC', 'NFC',
];

/** Verbs of speaking that attach a quote to its speaker. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'stated', 'states', 'told', 'tells', 'added', 'adds', 'responded', 'responds',
  'replied', 'replies', 'asked', 'asks', 'explained', 'explains', 'noted', 'notes', 'wrote', 'writes',
  'declared', 'declares', 'announced', 'announces', 'insisted', 'insists', 'argued', 'argues', 'claimed',
  'claims', 'continued', 'continues', 'recalled', 'recalls', 'warned', 'warns', 'shouted', 'shouts',
  'ordered', 'tweeted', 'posted', 'remarked', 'commented', 'emphasised', 'emphasized', 'stressed',
  'stresses', 'concluded', 'admitted', 'acknowledged', 'conceded', 'confirmed', 'predicted', 'suggested',
  'reiterated', 'underlined', 'highlighted', 'described', 'assured', 'assures', 'urged', 'urges',
  'joked', 'quipped', 'cautioned', 'observed', 'pointed', 'reported', 'reports', 'testified', 'testifies',
  'announced', 'exclaimed', 'answered', 'answers', 'murmured', 'whispered', 'yelled', 'cried', 'read',
  'reads',
]);

/** Words that end a role phrase before a name or tell a person from an organisation. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
export const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they']);

/** Nouns after a demonym that make the demonym stand for its state (see GUIDE.md). */
export const STATE_NOUNS: ReadonlySet<string> = new Set([
  'government', 'governments', 'officials', 'official', 'minister', 'ministry', 'ministers', 'president',
  'prime', 'foreign', 'defence', 'defense', 'interior', 'embassy', 'embassies', 'authorities', 'forces',
  'troops', 'army', 'military', 'navy', 'police', 'parliament', 'senate', 'leader', 'leaders', 'state',
  'ambassador', 'diplomats', 'diplomat', 'envoy', 'delegation', 'administration', 'security', 'border',
  'prosecutors', 'prosecution', 'counterparts', 'side', 'regime', 'premier', 'cabinet', 'intelligence',
  'health', 'consulate', 'capital', 'deputy', 'secretary', 'lawmakers', 'politicians', 'chiefs',
]);

/** Stop words: excluded from keywords and from the start of a name. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost also although always am among an and another any anyone
  anything are around as at be because been before being below between both but by can could did do does
  doing done down during each either else even ever every few for from further get gets got had has have
  having he her here hers herself him himself his how however i if in into is it its itself just least
  less like made make many may me might more most much must my myself neither no nor not now of off often
  on once one only or other others our ours ourselves out over own per perhaps quite rather really said
  same says see seen several shall she should since so some something still such than that the their
  theirs them themselves then there these they this those though through thus to too under until up upon
  us very via was we were what whatever when where whether which while who whom whose why will with
  within without would yet you your yours yourself yourselves mr mrs ms dr new year years time told
  according including including since told also first last next two three four five six seven eight
  nine ten monday tuesday wednesday thursday friday saturday sunday january february march april june
  july august september october november december week weeks day days month months today yesterday
  tomorrow `
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/** Capitalised words that are never names on their own (days, months, pronoun-like starts). */
export const NEVER_NAMES: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan',
  'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'i', 'im', "i'm", 'ok',
  'tv', 'ceo', 'cfo', 'coo', 'cto', 'gdp', 'pm', 'am', 'a.m', 'p.m', 'covid', 'covid-19', 'q1', 'q2', 'q3',
  'q4', 'ai', 'rs', 'usd', 'eur', 'gbp', 'et', 'pt', 'gmt', 'utc', 'est', 'pst', 'hon', 'rt',
  'claim', 'rating', 'origin', 'summary', 'photo', 'video', 'read', 'click', 'subscribe', 'advertisement',
]);
