// ISO 4217 currency codes (common ones) and how running text names the currency in each language: a
// translation writes `250ユーロ` for `EUR 250` and `¥40,000` or `4万円` for `JPY 40,000`, and an
// English text `$120` where the Japanese has `120米ドル（USD）`.

/** Code → words and signs that name the currency, English and Japanese together. */
const currencyNames: Readonly<Record<string, readonly string[]>> = {
  usd: ['dollar', '$', 'ドル', '弗'],
  eur: ['euro', '€', 'ユーロ'],
  jpy: ['yen', '¥', '￥', '円'],
  gbp: ['pound', 'sterling', '£', 'ポンド'],
  cny: ['yuan', 'renminbi', 'rmb', '人民元'],
  rmb: ['yuan', 'renminbi', 'cny', '人民元'],
  krw: ['korean won', '₩', 'ウォン'],
  chf: ['swiss franc', 'franc', 'フラン'],
  aud: ['australian dollar', 'a$', '豪ドル', 'オーストラリアドル', 'ドル'],
  cad: ['canadian dollar', 'c$', 'カナダドル', 'ドル'],
  hkd: ['hong kong dollar', 'hk$', '香港ドル', 'ドル'],
  sgd: ['singapore dollar', 's$', 'シンガポールドル', 'ドル'],
  nzd: ['new zealand dollar', 'nz$', 'ニュージーランドドル', 'ドル'],
  twd: ['taiwan dollar', 'nt$', '台湾ドル'],
  inr: ['rupee', '₹', 'ルピー'],
  thb: ['baht', '฿', 'バーツ'],
  sek: ['krona', 'kronor', 'クローナ'],
  nok: ['krone', 'kroner', 'クローネ'],
  dkk: ['krone', 'kroner', 'クローネ'],
  brl: ['brazilian real', 'reais', 'レアル'],
  mxn: ['peso', 'ペソ'],
  php: ['peso', 'ペソ'],
  idr: ['rupiah', 'ルピア'],
  vnd: ['dong', 'ドン'],
  myr: ['ringgit', 'リンギット']
}

/** Is `code` a currency code that `otherText` names in words or by its sign (`EUR` ↔ `ユーロ`, `€`)? */
export function namesCurrency(code: string, otherText: string): boolean {
  const names = currencyNames[code.toLowerCase()]
  if (!names) return false
  const lower = otherText.normalize('NFKC').toLowerCase()
  return names.some((name) => (/^[a-z ]+$/.test(name) ? new RegExp(`\\b${name}s?\\b`).test(lower) : lower.includes(name.normalize('NFKC'))))
}
