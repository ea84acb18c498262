/**
 * The embeddable term card: added once to another site's page with a script tag, it opens a card
 * with the term and its definition on links that point at our term pages, in the link's language,
 * on hover, keyboard focus and tap; Escape, moving away or tapping elsewhere closes it.
 *
 * It reads link hrefs and our `/glossary.json`, nothing else; builds its DOM from text; links only
 * to our term pages, whatever the data says (see `cardTermOf`); keeps its styles in a shadow root,
 * under an id no other element of the page has; sets no cookie and sends nothing but the request
 * for the JSON. When the data cannot be had, links stay plain links. Included twice, it starts once.
 */
import { cardContent, cardTermOf, termLinkOf, type CardStrings, type CardTerm, type GlossaryData } from './card';

/** The card's words, from the site's dictionaries, put in when the script is bundled. */
declare const STRINGS: CardStrings;
/** The card's stylesheet, `cardCss` of the site's theme, put in when the script is bundled. */
declare const CARD_CSS: string;

const script = document.currentScript;
/** The roots whose cards this page runs already, kept where a second copy of the script finds them. */
const started = Symbol.for('glossary-term-card/v1');
// Browsers without popovers (top layer) keep plain links.
if (script instanceof HTMLScriptElement && 'showPopover' in HTMLElement.prototype) {
  // The script lives at <root>embed/v1/; the site's root holds the data and the term pages.
  const root = new URL('../../', script.src).href;
  const known: unknown = Reflect.get(window, started);
  const roots = known instanceof Set ? (known as Set<string>) : new Set<string>();
  Reflect.set(window, started, roots);
  if (!roots.has(root)) {
    roots.add(root);
    start(root);
  }
}

/** An id that no element of the page has. */
function freshId(prefix: string): string {
  for (;;) {
    const id = `${prefix}-${Math.random().toString(36).slice(2, 10)}`;
    if (!document.getElementById(id)) return id;
  }
}

function start(root: string): void {
  let terms: Map<string, GlossaryData['terms'][number]> | undefined;
  let loading: Promise<void> | undefined;
  const load = () =>
    (loading ??= fetch(`${root}glossary.json`)
      .then((response) => (response.ok ? (response.json() as Promise<GlossaryData>) : { terms: [] }))
      .then((data) => void (terms = new Map(data.terms.map((entry) => [entry.id, entry]))))
      .catch(() => undefined));
  /** The term a link points at, in the link's language and the other, once the data is there. */
  const termOf = (link: HTMLAnchorElement): CardTerm | undefined => {
    const target = termLinkOf(link.href, root);
    return target && cardTermOf(terms?.get(target.id), target, root);
  };

  const host = document.createElement('glossary-term-card');
  // Links name the card by id (aria-describedby): one of the host page's own would take its place.
  host.id = freshId('glossary-term-card');
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CARD_CSS);
  shadow.adoptedStyleSheets = [sheet];
  const card = document.createElement('div');
  card.popover = 'manual';
  shadow.append(card);

  /** The link whose card is shown, or about to be. */
  let current: HTMLAnchorElement | undefined;
  let pointer = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = (ms: number, action: () => unknown) => {
    clearTimeout(timer);
    timer = setTimeout(action, ms);
  };
  const isOpen = () => card.matches(':popover-open');
  const linkOf = (target: EventTarget | null) => {
    const link = target instanceof Element && target.closest('a[href]');
    return link instanceof HTMLAnchorElement && termLinkOf(link.href, root) ? link : undefined;
  };

  // The card lives in a shadow root, out of reach of aria-describedby's id lookup from the host's
  // page; pointing at the shadow host gives screen readers the card's text as the link's description.
  const describe = (link: HTMLAnchorElement, on: boolean) => {
    const ids = (link.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== host.id);
    if (on) ids.push(host.id);
    if (ids.length) link.setAttribute('aria-describedby', ids.join(' '));
    else link.removeAttribute('aria-describedby');
  };
  const place = () => {
    if (!current || !isOpen()) return;
    const anchor = current.getBoundingClientRect();
    const { width, height } = card.getBoundingClientRect();
    const { clientWidth, clientHeight } = document.documentElement;
    const above = anchor.top - height - 6;
    card.style.top = `${anchor.bottom + 6 + height > clientHeight && above > 0 ? above : anchor.bottom + 6}px`;
    card.style.left = `${Math.max(8, Math.min(anchor.left, clientWidth - width - 8))}px`;
  };
  const show = async (link: HTMLAnchorElement) => {
    if (current && current !== link) describe(current, false);
    current = link;
    await load();
    if (current !== link) return;
    const found = termOf(link);
    // A term the data lacks: no card, rather than the last term's still open.
    if (!found) {
      hide();
      return;
    }
    card.lang = found.lang;
    card.replaceChildren(...cardContent(document, found, STRINGS[found.lang]));
    if (!host.isConnected) document.body.append(host);
    describe(link, true);
    if (!isOpen()) card.showPopover();
    place();
  };
  const hide = () => {
    clearTimeout(timer);
    if (current) describe(current, false);
    current = undefined;
    if (isOpen()) card.hidePopover();
  };

  addEventListener(
    'pointerdown',
    (event) => {
      pointer = event.pointerType;
      const link = linkOf(event.target);
      if (link) void load();
      else if (event.target !== host) hide();
    },
    true,
  );
  addEventListener('pointerover', (event) => {
    if (event.pointerType !== 'mouse') return;
    const link = linkOf(event.target);
    if (event.target === host || (link && link === current)) clearTimeout(timer);
    else if (link) later(200, () => show(link));
    else if (current) later(300, hide);
    else clearTimeout(timer);
  });
  addEventListener('focusin', (event) => {
    const link = linkOf(event.target);
    if (link && pointer !== 'touch') void show(link);
  });
  addEventListener('focusout', (event) => {
    if (event.target === current && event.relatedTarget !== host) hide();
  });
  addEventListener('keydown', (event) => {
    pointer = '';
    if (event.key === 'Escape') hide();
  });
  // A first tap on a term link opens its card; a second tap on the same link follows it.
  addEventListener('click', (event) => {
    const link = linkOf(event.target);
    if (pointer !== 'touch' || !link || (link === current && isOpen()) || !termOf(link)) return;
    event.preventDefault();
    void show(link);
  });
  addEventListener('scroll', place, { capture: true, passive: true });
  addEventListener('resize', place, { passive: true });

  if ([...document.links].some((link) => termLinkOf(link.href, root))) void load();
}
