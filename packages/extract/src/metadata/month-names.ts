// Month names (full and abbreviated, lower-case, in genitive/locative forms where a date
// uses them) → month number. English, Russian, Turkish, Azerbaijani are required; German,
// French, Spanish, Portuguese, Italian, Dutch, Ukrainian, Polish help the meta-dev pages.

const MONTHS: Record<number, string[]> = {
  1: ['january', 'jan', 'января', 'январь', 'янв', 'ocak', 'yanvar', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'janeiro', 'gennaio', 'gen', 'januari', 'січня', 'stycznia', 'januára'],
  2: ['february', 'feb', 'февраля', 'февраль', 'фев', 'şubat', 'subat', 'fevral', 'februar', 'février', 'fevrier', 'févr', 'febrero', 'fevereiro', 'fev', 'febbraio', 'februari', 'лютого', 'lutego'],
  3: ['march', 'mar', 'марта', 'март', 'мар', 'mart', 'märz', 'maerz', 'mars', 'marzo', 'março', 'marco', 'maart', 'березня', 'marca'],
  4: ['april', 'apr', 'апреля', 'апрель', 'апр', 'nisan', 'aprel', 'avril', 'avr', 'abril', 'abr', 'aprile', 'квітня', 'kwietnia'],
  5: ['may', 'мая', 'май', 'mayıs', 'mayis', 'may', 'mai', 'mayo', 'maio', 'maggio', 'mag', 'mei', 'травня', 'maja'],
  6: ['june', 'jun', 'июня', 'июнь', 'июн', 'haziran', 'iyun', 'juni', 'juin', 'junio', 'junho', 'giugno', 'giu', 'червня', 'czerwca'],
  7: ['july', 'jul', 'июля', 'июль', 'июл', 'temmuz', 'iyul', 'juli', 'juillet', 'juil', 'julio', 'julho', 'luglio', 'lug', 'липня', 'lipca'],
  8: ['august', 'aug', 'августа', 'август', 'авг', 'ağustos', 'agustos', 'avqust', 'août', 'aout', 'agosto', 'ago', 'augustus', 'серпня', 'sierpnia'],
  9: ['september', 'sep', 'sept', 'сентября', 'сентябрь', 'сен', 'сент', 'eylül', 'eylul', 'sentyabr', 'septembre', 'septiembre', 'setembro', 'set', 'settembre', 'вересня', 'września'],
  10: ['october', 'oct', 'октября', 'октябрь', 'окт', 'ekim', 'oktyabr', 'oktober', 'okt', 'octobre', 'octubre', 'outubro', 'out', 'ottobre', 'ott', 'жовтня', 'października'],
  11: ['november', 'nov', 'ноября', 'ноябрь', 'ноя', 'kasım', 'kasim', 'noyabr', 'novembre', 'noviembre', 'novembro', 'listopada', 'листопада'],
  12: ['december', 'dec', 'декабря', 'декабрь', 'дек', 'aralık', 'aralik', 'dekabr', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dezembro', 'dicembre', 'grudnia', 'грудня'],
};

export const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(
  Object.entries(MONTHS).flatMap(([month, names]) => names.map((name) => [name, Number(month)] as const)),
);

/** Alternation of every month name, longest first, for building date patterns. */
export const MONTH_ALTERNATION = [...MONTH_BY_NAME.keys()]
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
