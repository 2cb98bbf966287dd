/** Reading our XML outputs back with an XML parser (xmldom), as a consumer would. */
import {DOMParser, type Element, type Node} from '@xmldom/xmldom'

export function parseXml(xml: string): Element {
  const errors: string[] = []
  const document = new DOMParser({
    onError: (level: string, message: string) => {
      if (level !== 'warning') errors.push(message)
    }
  }).parseFromString(xml, 'text/xml')
  if (errors.length > 0) throw new Error(`XML does not parse: ${errors.join('; ')}`)
  return document.documentElement as unknown as Element
}

/** Text of an inline element: `<ph type="x-control">` and `<cp hex>` stand for their characters. */
export function inlineText(element: Element): string {
  let text = ''
  const visit = (node: Node) => {
    if (node.nodeType === 3) text += node.nodeValue
    else if (node.nodeType === 1) {
      const child = node as unknown as Element
      if (child.tagName === 'cp') text += String.fromCodePoint(Number.parseInt(child.getAttribute('hex')!, 16))
      else if (child.tagName === 'ph' && child.getAttribute('type') === 'x-control') text += String.fromCodePoint(Number(child.getAttribute('x')))
      else for (let k = 0; k < child.childNodes.length; k++) visit(child.childNodes[k])
    }
  }
  for (let k = 0; k < element.childNodes.length; k++) visit(element.childNodes[k])
  return text
}

function elements(root: Element, name: string): Element[] {
  return Array.from(root.getElementsByTagName(name)) as unknown as Element[]
}

/** Per `<tu>`: the text of each `<tuv>` by language. */
export function readTmx(xml: string): Array<Record<string, string>> {
  return elements(parseXml(xml), 'tu').map((tu) => {
    const result: Record<string, string> = {}
    for (const tuv of elements(tu, 'tuv')) result[tuv.getAttribute('xml:lang')!] = inlineText(elements(tuv, 'seg')[0])
    return result
  })
}

/** Per `<segment>`: source and target text; and the notes of all units. */
export function readXliff(xml: string): {segments: Array<{source: string; target: string | undefined}>; notes: Array<{category: string; text: string}>} {
  const root = parseXml(xml)
  const segments = elements(root, 'segment').map((segment) => {
    const target = elements(segment, 'target')[0]
    return {source: inlineText(elements(segment, 'source')[0]), target: target ? inlineText(target) : undefined}
  })
  const notes = elements(root, 'note').map((note) => ({category: note.getAttribute('category')!, text: note.textContent ?? ''}))
  return {segments, notes}
}
