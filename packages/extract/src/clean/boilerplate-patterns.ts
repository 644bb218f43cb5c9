// Data for tree cleaning: which elements and class/id names are page furniture, not article.
// Calibrated as a set against aeb-dev (body F1) — re-run `npm run bench:extract` after any change.

/** Elements that never hold article text. */
export const DROP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'canvas',
  'button',
  'select',
  'input',
  'textarea',
  'nav',
  'aside',
  'footer',
  'object',
  'embed',
  'video',
  'audio',
  'map',
  'dialog',
  'menu',
  'label',
  'link',
  'meta',
  'head',
  'title',
]);

/** Dropped like DROP_TAGS unless they hold most of the page's prose: ASP.NET WebForms pages
 * wrap the whole page, article included, in one <form>. */
export const WRAPPER_OR_DROP_TAGS = new Set(['form']);

/** A class/id token matching this is boilerplate on its own (whole-token parts, `-`/`_` separated). */
export const BOILERPLATE_TOKEN =
  /(?:^|[-_])(?:infobox|info-box|factbox|fact-box|faktenbox|share|sharing|shares|sharebar|social|socials|newsletter|newsletters|subscribe|subscription|subscriptions|signup|related|relateds|recommended|recommendations|recommend|comment|comments|disqus|cookie|cookies|consent|gdpr|promo|promos|promotion|advert|advertisement|advertising|ad|ads|adslot|adunit|dfp|gpt|banner|sidebar|breadcrumb|breadcrumbs|popup|modal|paywall|overlay|outbrain|taboola|zergnet|sponsored|sponsor|trending|popular|mostread|most-read|readmore|read-more|more-stories|morestories|further-reading|also-read|read-also|readalso|see-also|tags|tagcloud|taglist|tag-list|keywords|toolbar|tools|print|byline-share|follow|author-bio|authorbio|bio|nav|navbar|navigation|menu|masthead|footer|copyright|rating|rate|widget|widgets|visually-hidden|sr-only|screen-reader-text|caption-credit|credit|credits|pagination|pager|skip|skiplink|jump|teaser-list|latest|latest-news|news-feed|feed|rail|right-rail|left-rail|byline|dateline|meta|post-meta|article-meta|entry-meta|timestamp|date|author|authors|headline|title|kicker|topics|topic-list|inline-related|storyline|video-player|player|gallery-nav|slideshow-nav|facebook|whatsapp|telegram|instagram|pinterest|linkedin|email|mail)(?:$|[-_])/;

/** Class/id names of containers that hold paywalled article text. */
export const PAYWALL_TOKEN =
  /(?:^|[-_\s])(?:paywall|paywalled|premium|subscriber|subscribers|regwall|locked)(?:$|[-_\s])/;

/** Tokens that make an element count as article content even if a boilerplate token matches. */
export const CONTENT_TOKEN =
  /(?:^|[-_])(?:article-?body|articlebody|article-?content|articlecontent|story-?body|storybody|story-?content|post-?body|postbody|post-?content|postcontent|entry-?content|entrycontent|content-?body|body-?text|bodytext|article-?text|articletext|text-?body|main-?content|maincontent|rich-?text|richtext|paywall-?content)(?:$|[-_])/;

/** Boilerplate lines that sit inside article bodies; a paragraph matching one is not body. */
export const BOILERPLATE_LINE: RegExp[] = [
  /^(?:subscribe|sign up|follow us|join us|join our|download our|get our|click here|tap here)\b.{0,120}$/i,
  /^(?:read|see|watch|listen)(?: also| more| next)?\s*[:|»›>-]/i,
  /^(?:read also|see also|related|more from|latest news|all news|more news|recommended|advertisement|reklama|anzeige|werbung|публикация|реклама|читайте также|также читайте|смотрите также|ayrıca okuyun|ayrıca bakınız|oxşar xəbərlər|digər xəbərlər|leia também|leia mais|veja também|vedi anche|leggi anche|baca juga)\b.{0,80}$/i,
  /^(?:share|share this|share on|tweet|email|print|comments?)\s*(?:this|article|story)?\s*$/i,
  /^share (?:this|on|via)\b.{0,40}$/i,
  /^(?:©|\(c\)|copyright)\s/i,
  /^all rights reserved/i,
  /^(?:advert|advertisement|close|tags?|keywords|ticker|image \d+ of \d+|photo \d+ of \d+|\d+ of \d+|this slideshow requires javascript\.?|tell us what you think\W*|loading\W*|play video|watch video|video)$/i,
  /^(?:like this (?:story|article)|enjoyed this (?:story|article)|found this (?:story|article) useful)\b.{0,60}$/i,
  /^\[\/?[a-z_]+(?:\s[^\]]*)?\]/i, // an unrendered WordPress shortcode: "[button link=…]"
  // Reading time and relative time stamps ("3 Min Lesezeit", "2min", "1 day ago"): metadata.
  /^(?:\d+|one|two|three|four|five)\s*-?\s*(?:min(?:ute)?s?\.?|minuten|minuti|minutos)(?:\s+(?:read|lesezeit|lesen|de lecture|lectura|di lettura|läsning|lesetid))?$/i,
  /^(?:lesezeit|reading time|temps de lecture)\s*:?\s*\d+\s*min/i,
  /^(?:\d+|a|an|one) (?:days?|hours?|hrs?|minutes?|mins?|weeks?) ago$|^vor \d+ (?:tagen|stunden|minuten)$/i,

  /^(?:follow|email)\b.{0,200}(?:twitter|facebook|instagram|linkedin|@\w+)/i,
  /\((?:photos?|images?|credit|foto)(?: by|:)[^)]*\)\s*$/i,
  /^(?:photo|image|video|getty images|reuters|afp|ap photo)\s*[:/]/i,
];

/** A newsletter or e-mail promo ("Get daily news delivered to your inbox", "Der … Newsletter
 * informiert Sie …"): a short block that names a newsletter or an inbox and speaks to the
 * reader or asks them to sign up. Both are needed, so a sentence about a newsletter stays. */
export const PROMO_SUBJECT = /newsletter|\binbox\b|\bletterbox\b|ニュースレター|メールマガジン|メルマガ/iu;
export const PROMO_ADDRESS =
  /(?<![\p{L}])(?:you|your|sie|ihnen|ihr|du|dich|dir|dein|vous|votre|vos|usted|tu|te|ti|je|jouw|uw|dig|din|deg|você|sign up|signing up|subscribe|register|abonn\p{L}*|anmeld\p{L}*|registr\p{L}*|inscri\p{L}*|suscri\p{L}*|iscri\p{L}*)(?![\p{L}])|登録|配信|購読/iu;
/** A social or app promo ("Follow us on Google News", "Folgst du schon … auf Whatsapp?",
 * "Hier geht es zur neuen News-App"): a short block naming a channel and asking the reader to
 * follow, subscribe or go there. A sentence that only names a platform stays. */
export const SOCIAL_CHANNEL =
  /whatsapp|telegram|google news|instagram|facebook|tiktok|youtube|twitter|social media|sozialen medien|(?<![\p{L}])app(?![\p{L}])/iu;
export const SOCIAL_ASK =
  /(?<![\p{L}])(?:follow|folgst|folgen sie|folge uns|folgt uns|abonnier\p{L}*|suivez|síguenos|seguici|ikuti|add us|join us|hier geht)(?![\p{L}])/iu;

/** A promo block is at most this long (characters). Set by hand, not tuned. */
export const MAX_PROMO = 400;

/** Text of the page's interface rather than of the article: consent placeholders of embedded
 * content, load errors, account prompts, expand/collapse controls. Matched in short blocks
 * only (MAX_INTERFACE_TEXT), so an article that quotes such words keeps its paragraph. */
export const INTERFACE_TEXT = new RegExp(
  [
    String.raw`(?:click|tap)\s+(?:here\s+)?to\s+(?:read|hide|show|view|expand|load|open|close|see)\b`,
    String.raw`failed to load|refresh(?:ing)? your (?:browser|page)`,
    String.raw`(?:don.t|do not|already) have an account`,
    String.raw`(?:read|agree)\p{L}* (?:and agree )?to .{0,60}(?:privacy policy|terms (?:and|&) conditions|terms of (?:use|service))`,
    String.raw`^empfohlener redaktioneller inhalt$|an dieser stelle find\p{L}* (?:du|sie) .{0,80}inhalt|einverstanden, dass mir|an drittplattformen übermittelt`,
    String.raw`会員登録が必要|会員の方のみ|ログインが必要`,
  ].join('|'),
  'iu',
);
export const MAX_INTERFACE_TEXT = 300;

/** A note crediting contributors or agencies at the end of a story ("Jane Doe contributed to
 * this report.", "With files from The Associated Press", "Additional reporting from PA", "Mit
 * Informationen der Nachrichtenagenturen …", "mit dpa"): about the article, not of it. Matched
 * in short blocks only (MAX_INTERFACE_TEXT). */
export const CONTRIBUTOR_NOTE = new RegExp(
  [
    String.raw`contributed (?:to )?(?:this |the )?(?:report|story|article)|contributed reporting|additional reporting`,
    String.raw`with (?:files|reporting) from|with reporting by`,
    String.raw`^\p{Lu}[\p{L}'’-]+(?: and \p{Lu}[\p{L}'’-]+)? reported from`,
    String.raw`^mit (?:informationen|material) (?:der|von)\b`,
    String.raw`^mit (?:dpa|afp|ap|reuters|kna|epd|sid|apa|sda)(?:(?:,|/|\s+und)\s*(?:dpa|afp|ap|reuters|kna|epd|sid|apa|sda))*\.?$`,
  ].join('|'),
  'iu',
);

/** Image captions outside <figcaption>: a short block that ends with a picture credit
 * ("… Foto: Alexander Daleiden", "… Bildrechte: MDR/David Straub") or starts with a caption
 * label ("Legende: …"). */
export const CAPTION_LINE: RegExp[] = [
  /(?:^|[.!?)»"”\s])(?:foto|fotos|photo|photos|bild|bildrechte|bildquelle|image|credit|crédit|photo credit)\s*:\s*[^.!?:]{2,60}$/iu,
  /^(?:legende|bildlegende|caption|bildunterschrift)\s*:/iu,
];
/** A caption is at most this long (characters); longer blocks ending so are paragraphs with
 * a credit. Set by hand, not tuned. */
export const MAX_CAPTION = 300;

/** Class/id tokens of image captions outside <figcaption> (whole-token parts, `-`/`_` separated). */
export const CAPTION_NAME = /(?:^|[-_])(?:caption|captions|legend|bildunterschrift|bildtext)(?:$|[-_])/;

/** Headings that introduce a related-articles list ("Read also", "Related", "More from …"). */
export const RELATED_HEADING =
  /^(?:read also|also read|see also|related(?: articles| stories| news| content| posts)?|more from\b.*|more on\b.*|more stories|you may also like|recommended(?: for you)?|further reading|читайте также|также читайте|по теме|ayrıca okuyun|ilgili haberler|oxşar xəbərlər|mövzu ilə bağlı|leia também|veja também|leggi anche|baca juga|lesen sie auch|mehr zum thema\b.{0,40}|auch interessant|das könnte sie auch interessieren|(?:à |a )?lire aussi|noticias? relacionadas?|you might also like|more stories)\s*:?$/i;

/** Headings of page rails that are navigation, not article ("Latest news", "Most read", …). */
export const RAIL_HEADING =
  /^(?:latest news|latest|latest stories|most read|most viewed|most popular|popular|trending|top stories|meistgelesen|häufig gelesen|news feed|all news|editor'?s picks|son xəbərlər|son haberler|последние новости|лента новостей|новости|самые популярные.{0,30}|популярное|comments?|\d+ comments?|leave a (?:reply|comment)|add (?:a )?comment|kommentare|комментарии|отзывы|добавить (?:отзыв|комментарий)|yorumlar|şərhlər|commenti|comentários|comentarios|commentaires)\s*:?$/i;
