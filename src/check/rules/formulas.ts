/**
 * Set phrases of letters and notices, which translators drop, add or replace by convention rather
 * than translate: an English salutation or sign-off (`Dear Shareholders,`, `Best regards,`) and
 * a Japanese letter's opening and closing formulas (拝啓, 平素より格別のご高配を賜り…, 今後とも
 * …お願い申し上げます, 敬具), and the courtesy lines that close a notice (`Thank you for your
 * patience`, `We apologise for any inconvenience` ↔ ご不便をおかけしますが…). `omission` and
 * `addition` report such a unit with no counterpart as an info, and `low-coverage` a pair of them
 * (one formula rendered by another shares no words): worth a look, seldom a defect.
 */
import type {Lang} from '../../tree/types.js'

const englishFormula =
  /^(?:(?:dear|to all)\s[^.!?\n]{1,60}[,:]?|(?:best|kind|warm|warmest|with best)\s+(?:regards|wishes)[,.]?|regards[,.]?|(?:yours\s+)?(?:sincerely|faithfully|truly)(?:\s+yours)?[,.]?|with (?:thanks|gratitude)[,.]?|thank you for your (?:continued )?(?:patience|understanding|cooperation|support|patience and (?:continued )?support)[^.!?]{0,30}[.!]?|we (?:sincerely )?apologi[sz]e for (?:any|the) inconvenience[^.!?]{0,30}[.!]?)$/i

const japaneseFormula = /^(?:拝啓|謹啓|前略|敬具|謹白|草々|かしこ)|平素(?:は|より)|ご高配|お引き立て|ご愛顧|ご清栄|ご健勝|ご清祥|お慶び申し上げ|今後とも|ご不便をおかけ|ご迷惑をおかけ|(?:お願い|御礼|お礼)申し上げます|よろしくお願い(?:いた|致)?します/

/** The longest unit read as a set phrase: a formula, not a sentence that happens to hold one. */
const maxLength: Record<Lang, number> = {en: 80, ja: 50}

/** Is the text of a unit (a paragraph or sentence) a letter's set phrase in its language? */
export function isLetterFormula(text: string, lang: Lang): boolean {
  const trimmed = text.trim()
  if (trimmed.length === 0 || trimmed.length > maxLength[lang]) return false
  return lang === 'en' ? englishFormula.test(trimmed) : japaneseFormula.test(trimmed)
}
