// Words of page furniture that leak into bodies ("Subscribe to our Telegram channel", "Read more").
// Never keywords, and a sentence made mostly of them is never a summary sentence.
export const BOILERPLATE_WORDS: ReadonlySet<string> = new Set([
  'subscribe', 'subscribed', 'subscription', 'newsletter', 'click', 'read', 'share', 'shares', 'tweet',
  'follow', 'copyright', 'rights', 'reserved', 'advertisement', 'sponsored', 'cookies', 'cookie', 'login',
  'sign', 'comments', 'comment', 'photo', 'photos', 'image', 'credit', 'getty', 'images', 'caption',
  'related', 'latest', 'news', 'article', 'published', 'updated', 'video', 'watch', 'email', 'telegram',
  'channel', 'facebook', 'twitter', 'instagram', 'pic', 'com', 'www', 'http', 'https', 'html',
]);
