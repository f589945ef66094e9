import { createElement, type ReactNode } from 'react';

// Telegram's HTML parse mode, https://core.telegram.org/bots/api#html-style: these tags and nothing else
const TAGS: Record<string, string> = {
  b: 'strong', strong: 'strong', i: 'em', em: 'em', u: 'u', ins: 'u', s: 's', strike: 's', del: 's',
  code: 'code', pre: 'pre', a: 'a', blockquote: 'blockquote', 'tg-spoiler': 'span', span: 'span',
};
const SAFE_LINK = /^(https?:|tg:|mailto:)/i;

interface Node {
  tag: string | null;
  attrs: string;
  children: (Node | string)[];
}

function decode(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|#\d{1,7}|#x[0-9a-f]{1,6});/gi, (entity, name: string) => {
    const lower = name.toLowerCase();
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'amp') return '&';
    if (lower === 'quot') return '"';
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

function attribute(attrs: string, name: string): string | undefined {
  const match = new RegExp(`${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(attrs);
  return match ? decode(match[2] ?? match[3] ?? '') : undefined;
}

function parse(html: string): Node {
  const root: Node = { tag: null, attrs: '', children: [] };
  const stack: Node[] = [root];
  const text = (value: string) => {
    if (value) stack[stack.length - 1]!.children.push(decode(value));
  };
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^<>]*)>/g;
  let at = 0;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    text(html.slice(at, match.index));
    at = tag.lastIndex;
    const [whole, closing, rawName = '', attrs = ''] = match;
    const name = rawName.toLowerCase();
    const top = stack[stack.length - 1]!;
    if (!(name in TAGS)) {
      text(whole.replace(/&/g, '&amp;')); // not Telegram's: shown as the characters it is, never as markup
    } else if (closing) {
      if (stack.length > 1 && top.tag === name) stack.pop();
      else text(whole.replace(/&/g, '&amp;'));
    } else {
      const node: Node = { tag: name, attrs, children: [] };
      top.children.push(node);
      stack.push(node);
    }
  }
  text(html.slice(at));
  return root;
}

function render(node: Node | string, key: number): ReactNode {
  if (typeof node === 'string') return node;
  const children = node.children.map(render);
  const tag = node.tag ?? '';
  const element = TAGS[tag] ?? 'span';
  if (tag === 'a') {
    const href = attribute(node.attrs, 'href');
    return href && SAFE_LINK.test(href)
      ? createElement('a', { key, href, target: '_blank', rel: 'noreferrer noopener' }, ...children)
      : createElement('span', { key }, ...children);
  }
  if (tag === 'tg-spoiler' || (tag === 'span' && attribute(node.attrs, 'class') === 'tg-spoiler')) {
    return createElement('span', { key, className: 'tg-spoiler', title: 'spoiler' }, ...children);
  }
  return createElement(element, { key }, ...children);
}

/**
 * A bot message in Telegram's HTML parse mode as React elements: Telegram's few tags become their elements, links
 * only to http(s)/tg/mailto, and everything else (a <script>, an <img onerror>) stays visible text that React escapes.
 * No innerHTML anywhere.
 */
export function TelegramHtml({ html }: { html: string }) {
  return <>{parse(html).children.map(render)}</>;
}
