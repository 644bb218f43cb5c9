// ISO 639-3 (as franc reports) → ISO 639-1 for languages that have a two-letter code.
export const ISO639_3_TO_1: Readonly<Record<string, string>> = {
  afr: 'af', amh: 'am', arb: 'ar', ara: 'ar', aze: 'az', azj: 'az', bel: 'be', ben: 'bn', bos: 'bs',
  bul: 'bg', cat: 'ca', ces: 'cs', ckb: 'ku', cmn: 'zh', zho: 'zh', cym: 'cy', dan: 'da',
  deu: 'de', ell: 'el', eng: 'en', epo: 'eo', est: 'et', ekk: 'et', eus: 'eu', fas: 'fa', pes: 'fa',
  fin: 'fi', fra: 'fr', gle: 'ga', glg: 'gl', guj: 'gu', hau: 'ha', heb: 'he', hin: 'hi', hrv: 'hr',
  hun: 'hu', hye: 'hy', ibo: 'ig', ind: 'id', isl: 'is', ita: 'it', jav: 'jv', jpn: 'ja', kan: 'kn',
  kat: 'ka', kaz: 'kk', khm: 'km', kin: 'rw', kir: 'ky', kor: 'ko', lao: 'lo', lat: 'la', lav: 'lv',
  lvs: 'lv', lit: 'lt', mal: 'ml', mar: 'mr', mkd: 'mk', mlt: 'mt', mon: 'mn', khk: 'mn', mya: 'my',
  nep: 'ne', npi: 'ne', nld: 'nl', nno: 'nn', nob: 'nb', nor: 'no', ori: 'or', pan: 'pa', pol: 'pl',
  por: 'pt', pus: 'ps', pbu: 'ps', ron: 'ro', rus: 'ru', sin: 'si', slk: 'sk', slv: 'sl', sna: 'sn',
  som: 'so', spa: 'es', sqi: 'sq', als: 'sq', srp: 'sr', swa: 'sw', swh: 'sw', swe: 'sv', tam: 'ta',
  tel: 'te', tgk: 'tg', tgl: 'tl', tha: 'th', tur: 'tr', tuk: 'tk', uig: 'ug', ukr: 'uk', urd: 'ur',
  uzb: 'uz', uzn: 'uz', vie: 'vi', xho: 'xh', yor: 'yo', zlm: 'ms', msa: 'ms', zsm: 'ms', zul: 'zu',
  nya: 'ny', mlg: 'mg', plt: 'mg', tat: 'tt', bak: 'ba', yid: 'yi', ydd: 'yi', ltz: 'lb', fao: 'fo',
  bre: 'br', oci: 'oc', hat: 'ht', sot: 'st', tsn: 'tn', tso: 'ts', ven: 've', ssw: 'ss',
  aka: 'ak', ewe: 'ee', lin: 'ln', lug: 'lg', run: 'rn', tir: 'ti', orm: 'om', gaz: 'om', snd: 'sd',
  asm: 'as', div: 'dv', bod: 'bo', uzs: 'uz', kmr: 'ku', quz: 'qu', que: 'qu', grn: 'gn', aym: 'ay',
};

/**
 * Languages franc chooses among (ISO 639-3). Restricting franc to the ~70 languages news is
 * published in cuts its cost about threefold (measured on aeb-dev: 3.9 → 1.2 ms per article) and
 * removes confusions with rare languages.
 */
export const NEWS_LANGUAGES: readonly string[] = [
  'eng', 'spa', 'por', 'fra', 'deu', 'ita', 'nld', 'rus', 'ukr', 'pol', 'ces', 'slk', 'ron', 'hun', 'swe',
  'dan', 'nob', 'fin', 'ekk', 'lvs', 'lit', 'ell', 'tur', 'azj', 'hye', 'kat', 'arb', 'pes', 'urd', 'hin',
  'ben', 'tam', 'tel', 'mar', 'cmn', 'jpn', 'kor', 'vie', 'tha', 'ind', 'zlm', 'tgl', 'swh', 'heb', 'bul',
  'srp', 'hrv', 'slv', 'bos', 'mkd', 'bel', 'kaz', 'uzn', 'cat', 'glg', 'eus', 'als', 'afr', 'hau', 'yor',
  'amh', 'som', 'khm', 'mya', 'npi', 'sin', 'mal', 'kan', 'guj', 'pan',
];
