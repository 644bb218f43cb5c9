// Data for the page-type decision: URL shapes and structured types that say "not an article".
// Word lists, not tuned constants: each entry is a common name of a site's service page.

/** The last path segment of an about/contact/legal/service page (any language; `.html` and
 * similar endings are stripped before matching). */
export const SERVICE_PAGE_SEGMENT =
  /^(?:about|about-?us|who-?we-?are|our-?story|contact|contact-?us|contacts|imprint|impressum|legal|legal-?notice|privacy|privacy-?policy|terms|terms-?of-?(?:use|service)|cookies?|cookie-?policy|datenschutz|datenschutzerklaerung|kontakt|ueber-?uns|uber-?uns|agb|mediadaten|werben|advertise|advertising|jobs|careers|karriere|team|redaktion|newsroom-?team|masthead|staff|faq|help|hilfe|support|newsletter|subscribe|abo|abonnement|a-?propos|qui-?sommes-?nous|mentions-?legales|nous-?contacter|chi-?siamo|contatti|contattaci|quienes-?somos|contacto|aviso-?legal|sobre|sobre-?nos|fale-?conosco|o-?nas|kontakty|o-?proekte|hakkimizda|iletisim|kunjungi|tentang-?kami|hubungi-?kami|lien-?he|gioi-?thieu)$/i;

/** JSON-LD types of pages that are not articles (schema.org). */
export const SERVICE_PAGE_TYPES = /^(?:AboutPage|ContactPage|ProfilePage|FAQPage|CheckoutPage)$/i;
export const LISTING_PAGE_TYPES = /^(?:CollectionPage|SearchResultsPage|ItemList|WebSite)$/i;

/** og:type values that are not articles. */
export const NON_ARTICLE_OG_TYPE =
  /^(?:website|profile|product|books?\.?|music\.|video\.(?:tv_show|other)|place)$/i;

/** A front page's path: empty, an index file, or a language/edition root ("/en/", "/de-at"). */
export const FRONT_PAGE_PATH =
  /^\/(?:(?:[a-z]{2}(?:[-_][a-z]{2})?|index|home|start|default)(?:\.[a-z]{2,5})?\/?)?$/i;
