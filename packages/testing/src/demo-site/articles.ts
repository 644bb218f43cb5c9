/**
 * The demo news site's articles, modelled on a Caliber.Az article page (shared/seed): the first
 * is that page's real text; the others are invented demo stories on neutral topics, written in
 * the same style so the pipeline meets the same shapes (section label, site-local date, quotes,
 * a "Read also" list).
 */
export interface DemoArticle {
  slug: string;
  section: string;
  title: string;
  /** As the site prints it, in its local time (Asia/Baku, UTC+4). */
  published: string;
  paragraphs: string[];
  /** Slugs of the articles listed under "Read also". */
  readAlso: string[];
}

export const DEMO_TIMEZONE = 'Asia/Baku';

export const DEMO_ARTICLES: DemoArticle[] = [
  {
    slug: 'armenian-us-officials-discuss-expanding-strategic-partnership',
    section: 'REGION',
    title: 'Armenian, US officials discuss expanding strategic partnership',
    published: '18 June 2024 - 09:21',
    paragraphs: [
      'Armenian Foreign Minister Ararat Mirzoyan met with US Deputy Secretary of State for Management and Resources Richard Verma on June 17, marking the first official visit by a delegation of US mayors and local self-government representatives to Armenia.',
      'The discussions focused on expanding the Armenian-US bilateral partnership and addressing regional developments, Caliber.Az reports citing Armenian media.',
      'During the meeting, Minister Mirzoyan highlighted the recent Armenia-US strategic dialogue session held in Yerevan on June 12. "As you know, we held the second concluding session of the strategic dialogue between Armenia and the USA, and this time we have not only emphasized the desire to enrich our cooperation in new directions but also decided to work towards a new milestone, raising bilateral relations to a new level of strategic partnership," Mirzoyan stated. "Thus, we are moving in the right direction, we have tangible results, and we will discuss more."',
      'Richard Verma expressed the importance of the strategic partnership to the United States. "The strategic partnership is very important to the United States, and as a result of the discussions here, we want to have a clear roadmap on how we can make progress in key areas such as peace and prosperity, the economy, trade, people-to-people contacts, and continuing our cooperation toward a new level," Verma responded.',
      "The meeting also covered Armenian-American decentralized cooperation, emphasizing the establishment and expansion of ties between Armenian regions and cities and their US counterparts. According to the Armenian Foreign Ministry, both parties discussed strengthening Armenia's resilience, focusing on economic and democratic reforms.",
      'Minister Mirzoyan briefed Verma on Armenia\'s efforts to normalize relations with Azerbaijan, including the signing of a peace treaty. They also discussed economic and transport communication issues, as well as opportunities presented by the "Crossroads of Peace" project initiated by Armenia.',
    ],
    readAlso: ['caspian-ferry-line-adds-night-sailings', 'regional-chess-festival-draws-record-entries'],
  },
  {
    slug: 'caspian-ferry-line-adds-night-sailings',
    section: 'ECONOMY',
    title: 'Caspian ferry line adds night sailings to meet cargo demand',
    published: '17 June 2024 - 16:40',
    paragraphs: [
      'A Caspian ferry operator will add two night sailings a week between its Baku terminal and the eastern shore from July, the company said on Monday, citing a steady rise in container and truck bookings.',
      'The new departures leave at 23:30 and are meant mostly for freight, although a limited number of passenger cabins will be sold. Port officials expect the change to shorten the queue of lorries that builds up at the terminal on weekday mornings.',
      '"Our evening slots have been full since March, and moving part of the freight to the night lets the port work around the clock," the operator\'s commercial director told reporters at the terminal.',
      'Cargo volumes on the route grew by about a fifth in the first five months of the year compared with the same period last year, according to figures published by the port authority.',
    ],
    readAlso: [
      'tea-harvest-in-the-south-beats-forecast',
      'armenian-us-officials-discuss-expanding-strategic-partnership',
    ],
  },
  {
    slug: 'regional-chess-festival-draws-record-entries',
    section: 'SOCIETY',
    title: 'Regional chess festival draws record number of young players',
    published: '16 June 2024 - 11:05',
    paragraphs: [
      "More than three hundred players under the age of sixteen have registered for this summer's regional chess festival, the largest field since the event began eleven years ago, organisers said on Sunday.",
      "Games will be played over nine rounds in the city's central library, with separate sections for players under ten and under sixteen. For the first time, the final rounds will be broadcast online with commentary from two national team coaches.",
      '"We had to open a second hall because the registrations kept coming," the festival\'s chief arbiter said. "It shows how many schools have started chess clubs in the last few years."',
      'The winners of each section will receive invitations to a training camp in August.',
    ],
    readAlso: ['city-library-opens-digital-archive', 'caspian-ferry-line-adds-night-sailings'],
  },
  {
    slug: 'tea-harvest-in-the-south-beats-forecast',
    section: 'ECONOMY',
    title: 'Tea harvest in the south beats forecast after mild spring',
    published: '15 June 2024 - 14:22',
    paragraphs: [
      'Tea growers in the southern districts have picked noticeably more leaf this season than forecast, helped by a mild spring and steady rainfall in May, the regional agriculture office reported.',
      'Farmers said the first flush, which fetches the highest prices, came almost two weeks early. Several cooperatives have hired extra pickers to keep up with the growth.',
      '"The bushes recovered well from last year\'s dry summer, and the quality of the first picking is the best we have seen in a long time," said the head of one of the largest cooperatives in the area.',
      'Processing plants in the region are running extra shifts, and exporters expect more of the crop to be sold abroad this year.',
    ],
    readAlso: ['caspian-ferry-line-adds-night-sailings', 'metro-extends-weekend-service-hours'],
  },
  {
    slug: 'city-library-opens-digital-archive',
    section: 'CULTURE',
    title: 'City library opens digital archive of historic newspapers',
    published: '14 June 2024 - 10:48',
    paragraphs: [
      'The central city library has opened an online archive of more than forty thousand pages of newspapers printed between 1890 and 1960, scanned over the past three years.',
      'Readers can search the pages by date, title and keyword, and download them free of charge for research and teaching. The library said another twenty thousand pages will be added by the end of next year.',
      '"Many of these papers survived in a single copy, and some were too fragile to be handled at all," the library\'s director said at the launch. "Now anyone can read them from home."',
      'The project was carried out together with the national archive and two universities.',
    ],
    readAlso: ['regional-chess-festival-draws-record-entries', 'metro-extends-weekend-service-hours'],
  },
  {
    slug: 'metro-extends-weekend-service-hours',
    section: 'SOCIETY',
    title: 'Metro extends weekend service hours for the summer',
    published: '13 June 2024 - 18:10',
    paragraphs: [
      'The city metro will run until 2 a.m. on Fridays and Saturdays from the end of June until the middle of September, the transport agency announced.',
      'Trains will run every ten minutes after midnight on all lines. The agency said the longer hours are meant to serve the large number of visitors expected for summer concerts and festivals.',
      '"Last year many people asked for later trains at weekends, and we have the staff to provide them this summer," a spokesperson for the agency said.',
      'Ticket prices will not change, and night buses will continue to run on their usual routes.',
    ],
    readAlso: ['city-library-opens-digital-archive', 'tea-harvest-in-the-south-beats-forecast'],
  },
];
