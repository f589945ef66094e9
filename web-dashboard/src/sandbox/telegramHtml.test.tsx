import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TelegramHtml } from './telegramHtml';

const show = (html: string) => render(<div data-testid="bubble"><TelegramHtml html={html} /></div>).getByTestId('bubble');

describe('Telegram HTML in the sandbox', () => {
  it('renders Telegram’s own tags and decodes entities', () => {
    const bubble = show('<b>Олена</b>\nClass: <i>7-А</i> &lt;3 &amp; <code>x&gt;1</code> <a href="https://t.me/ZalikBot">bot</a>');

    expect(bubble.querySelector('strong')).toHaveTextContent('Олена');
    expect(bubble.querySelector('em')).toHaveTextContent('7-А');
    expect(bubble.querySelector('code')).toHaveTextContent('x>1');
    expect(bubble.querySelector('a')).toHaveAttribute('href', 'https://t.me/ZalikBot');
    expect(bubble).toHaveTextContent('Class: 7-А <3 &');
  });

  it('shows a script, an event handler and a javascript: link as harmless text', () => {
    const bubble = show('<b>hi</b><script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">click</a>'
      + '<b onclick="alert(4)">bold</b>');

    expect(bubble.querySelector('script')).toBeNull();
    expect(bubble.querySelector('img')).toBeNull();
    expect(bubble.querySelector('a')).toBeNull();
    expect(bubble.querySelector('[onclick]')).toBeNull();
    expect(bubble.querySelectorAll('strong')).toHaveLength(2);
    expect(bubble).toHaveTextContent('hi<script>alert(1)</script><img src=x onerror="alert(2)">clickbold');
  });

  it('keeps unbalanced closing tags as text instead of breaking the message', () => {
    const bubble = show('a</b> <u>b</i></u>');

    expect(bubble.querySelector('u')).toHaveTextContent('b</i>');
    expect(bubble).toHaveTextContent('a</b> b</i>');
  });
});
