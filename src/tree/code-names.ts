// Codes that a translation writes out in words: ISO 4217 currency codes (common ones), named by
// the currency (`250ユーロ` for `EUR 250`, `4万円` for `JPY 40,000`, `$120` for `120米ドル（USD）`),
// and a few acronyms of business and public life that Japanese writes in kanji or kana (`HR`
// 人事, `Q&A` 質疑応答, `FAQ` よくある質問).

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

/** Acronym → the words each language writes for it (Japanese, and the English spelled out). */
const acronymNames: Readonly<Record<string, readonly string[]>> = {
  hr: ['human resources', 'personnel', '人事'],
  'q&a': ['questions and answers', 'question and answer', '質疑応答', '質問', 'よくある質問'],
  faq: ['frequently asked questions', 'よくある質問', 'よくあるご質問'],
  pr: ['public relations', '広報'],
  it: ['information technology', '情報システム', '情報技術'],
  ceo: ['chief executive officer', '最高経営責任者', '社長'],
  cfo: ['chief financial officer', '最高財務責任者'],
  cto: ['chief technology officer', '最高技術責任者'],
  ngo: ['non-governmental organization', 'non-governmental organisation', '非政府組織'],
  npo: ['non-profit organization', 'nonprofit organization', '特定非営利活動法人'],
  gdp: ['gross domestic product', '国内総生産'],
  un: ['united nations', '国連', '国際連合'],
  eu: ['european union', '欧州連合']
}

/**
 * Is `code` a currency code or a common acronym that `otherText` names in words or by its sign
 * (`EUR` ↔ `ユーロ`, `€`; `HR` ↔ `人事部`)?
 */
export function namesCode(code: string, otherText: string): boolean {
  const key = code.toLowerCase()
  const names = currencyNames[key] ?? acronymNames[key]
  if (!names) return false
  const lower = otherText.normalize('NFKC').toLowerCase()
  return names.some((name) => (/^[a-z ]+$/.test(name) ? new RegExp(`\\b${name}s?\\b`).test(lower) : lower.includes(name.normalize('NFKC'))))
}
