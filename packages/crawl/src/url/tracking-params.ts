// Query parameters that only say where a reader came from, never which article they read.
// Removing them lets the same article shared from a newsletter, Facebook or a Google ad
// collapse onto one canonical URL. Sources: the parameters documented by the ad/analytics
// vendors named beside each entry. A site-specific one goes in CanonicalUrlOptions.extraTrackingParams.

/** Every parameter starting with one of these prefixes is dropped (compared lower-case). */
export const TRACKING_PARAM_PREFIXES: readonly string[] = [
  'utm_', // Google Analytics campaign tags (utm_source, utm_medium, utm_campaign, …)
  'pk_', // Matomo/Piwik campaign tags
  'mtm_', // Matomo campaign tags (newer names)
  'hsa_', // HubSpot ads
];

/** Exact parameter names dropped (compared lower-case). */
export const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  'fbclid', // Facebook click id
  'gclid', // Google Ads click id
  'gclsrc',
  'dclid', // Google Display click id
  'gbraid', // Google Ads (iOS) click ids
  'wbraid',
  'msclkid', // Microsoft Ads click id
  'yclid', // Yandex click id
  'twclid', // X/Twitter click id
  'ttclid', // TikTok click id
  'li_fat_id', // LinkedIn
  'igshid', // Instagram share id
  'mc_cid', // Mailchimp campaign id
  'mc_eid', // Mailchimp subscriber id
  '_ga', // Google Analytics cross-domain linker
  '_gl',
  '_hsenc', // HubSpot email
  '_hsmi',
  'mkt_tok', // Marketo email
  'oly_anon_id', // Omeda
  'oly_enc_id',
  'vero_id', // Vero email
  'rb_clickid', // Rakuten
  'ocid', // Microsoft/MSN syndication
  'cmpid', // Adobe campaign id used by many news sites
  'ito', // "internal tracking origin" used by several news publishers
  'ns_source', // comScore
  'ns_mchannel',
  'ns_campaign',
  'ns_linkname',
  'ns_fee',
  'sr_share', // Sailthru / social share source
  'smid', // New York Times share id
  'ref_src', // Twitter embed referrer
  'ref_url',
]);
